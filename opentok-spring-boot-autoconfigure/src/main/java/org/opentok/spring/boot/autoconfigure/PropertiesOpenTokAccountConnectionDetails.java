package org.opentok.spring.boot.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.AccountCredentials;

/**
 * The {@link OpenTokAccountConnectionDetails} of the {@code opentok.account.*} properties
 * (and {@code opentok.api-url}). The credentials are resolved when it is created, so that
 * a half-configured pair fails start-up with an {@link OpenTokConfigurationException}
 * that names the property.
 */
final class PropertiesOpenTokAccountConnectionDetails implements OpenTokAccountConnectionDetails {

	private final AccountCredentials accountCredentials;

	private final @Nullable URI apiUrl;

	PropertiesOpenTokAccountConnectionDetails(OpenTokProperties properties) {
		this.accountCredentials = OpenTokCredentialsResolver.resolveAccount(properties.account());
		this.apiUrl = properties.apiUrl();
	}

	@Override
	public AccountCredentials getAccountCredentials() {
		return this.accountCredentials;
	}

	@Override
	public @Nullable URI getApiUrl() {
		return this.apiUrl;
	}

}
