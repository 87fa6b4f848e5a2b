package org.opentok.spring.client.core;

import java.net.URI;

/**
 * What the client signs with: an OpenTok project's API key and secret, or a Vonage
 * application's id and private key.
 *
 * @since 0.1.0
 */
public sealed interface OpenTokCredentials permits ProjectCredentials, VonageCredentials {

	/**
	 * Returns the id that names the project in REST paths ({@code /v2/project/{id}/...}):
	 * the API key or the Vonage application id.
	 * @return the project id
	 */
	String projectId();

	/**
	 * Returns the base URL of the API these credentials are meant for.
	 * @return {@code https://api.opentok.com} or {@code https://video.api.vonage.com}
	 */
	URI defaultApiUrl();

	/**
	 * Creates OpenTok project credentials.
	 * @param apiKey the project's numeric API key
	 * @param apiSecret the project's API secret
	 * @return the credentials
	 * @throws IllegalArgumentException if the key is not numeric or the secret is blank
	 */
	static ProjectCredentials project(String apiKey, String apiSecret) {
		return new ProjectCredentials(apiKey, apiSecret);
	}

	/**
	 * Creates Vonage application credentials from a PKCS#8 PEM private key.
	 * @param applicationId the Vonage application id
	 * @param privateKeyPem the private key, PEM text starting with
	 * {@code -----BEGIN PRIVATE KEY-----}
	 * @return the credentials
	 * @throws IllegalArgumentException if the id is blank or the key cannot be read
	 */
	static VonageCredentials vonage(String applicationId, String privateKeyPem) {
		return VonageCredentials.fromPem(applicationId, privateKeyPem);
	}

}
