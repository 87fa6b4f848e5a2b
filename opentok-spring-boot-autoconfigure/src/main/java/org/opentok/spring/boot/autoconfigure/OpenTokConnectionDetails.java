package org.opentok.spring.boot.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

import org.opentok.spring.client.core.OpenTokCredentials;

/**
 * Where the OpenTok client connects and as whom: the one way the starter learns it. By
 * default a bean made from the {@code opentok.*} properties; declare a bean of this type
 * to take the credentials from elsewhere (a vault, a secrets manager), which also
 * activates the starter without any credential property. The OpenTok emulator's test
 * support contributes one that points at the emulator.
 *
 * <pre class="code">
 * &#64;Bean
 * OpenTokConnectionDetails openTokConnectionDetails(Vault vault) {
 *     return () -&gt; OpenTokCredentials.project(vault.get("opentok/api-key"), vault.get("opentok/api-secret"));
 * }
 * </pre>
 *
 * @since 0.1.0
 * @see OpenTokAccountConnectionDetails
 */
@FunctionalInterface
public interface OpenTokConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the credentials API calls and client tokens are signed with: an OpenTok
	 * project's API key and secret, or a Vonage application's id and private key.
	 * @return the credentials
	 */
	OpenTokCredentials getCredentials();

	/**
	 * Returns the base URL of the API, an absolute http or https URL without query or
	 * fragment.
	 * @return the base URL, or {@code null} for the one the credentials are meant for
	 * ({@code https://api.opentok.com} or {@code https://video.api.vonage.com})
	 */
	default @Nullable URI getApiUrl() {
		return null;
	}

}
