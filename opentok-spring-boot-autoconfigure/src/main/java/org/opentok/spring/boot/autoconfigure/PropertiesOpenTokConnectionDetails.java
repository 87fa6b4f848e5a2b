package org.opentok.spring.boot.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.OpenTokCredentials;

/**
 * The {@link OpenTokConnectionDetails} of the {@code opentok.*} properties. The
 * credentials are resolved when it is created, so that a half-configured pair fails
 * start-up with an {@link OpenTokConfigurationException} that names the property.
 */
final class PropertiesOpenTokConnectionDetails implements OpenTokConnectionDetails {

	private final OpenTokCredentials credentials;

	private final @Nullable URI apiUrl;

	PropertiesOpenTokConnectionDetails(OpenTokProperties properties) {
		this.credentials = OpenTokCredentialsResolver.resolve(properties);
		this.apiUrl = properties.apiUrl();
	}

	@Override
	public OpenTokCredentials getCredentials() {
		return this.credentials;
	}

	@Override
	public @Nullable URI getApiUrl() {
		return this.apiUrl;
	}

}
