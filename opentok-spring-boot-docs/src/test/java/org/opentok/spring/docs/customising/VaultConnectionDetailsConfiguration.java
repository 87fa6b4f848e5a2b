package org.opentok.spring.docs.customising;

import java.net.URI;

import org.springframework.context.annotation.Bean;

import org.opentok.spring.boot.autoconfigure.OpenTokConnectionDetails;
import org.opentok.spring.client.core.OpenTokCredentials;

/**
 * The README's snippet of OpenTok credentials taken from a secrets manager. Not a
 * {@code @Configuration}, so that the other docs tests' component scan leaves it out: its
 * test registers it.
 */
class VaultConnectionDetailsConfiguration {

	// tag::connection-details[]
	@Bean
	OpenTokConnectionDetails openTokConnectionDetails(Vault vault) {
		return new OpenTokConnectionDetails() {

			@Override
			public OpenTokCredentials getCredentials() {
				return OpenTokCredentials.project(vault.read("opentok/api-key"), vault.read("opentok/api-secret"));
			}

			@Override
			public URI getApiUrl() {
				// null for the credentials' default URL
				return URI.create(vault.read("opentok/api-url"));
			}

		};
	}
	// end::connection-details[]

}
