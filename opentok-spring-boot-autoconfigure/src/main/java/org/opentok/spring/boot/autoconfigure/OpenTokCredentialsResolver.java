package org.opentok.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.core.OpenTokCredentials;

/**
 * Turns the credential properties into {@link OpenTokCredentials} (and the account
 * properties into {@link AccountCredentials}), refusing every half-configured combination
 * with an {@link OpenTokConfigurationException} that names the property to set or remove.
 */
final class OpenTokCredentialsResolver {

	private static final String API_KEY = "opentok.api-key";

	private static final String API_SECRET = "opentok.api-secret";

	private static final String APPLICATION_ID = "opentok.application-id";

	private static final String PRIVATE_KEY = "opentok.private-key";

	private static final String PRIVATE_KEY_LOCATION = "opentok.private-key-location";

	private static final String ACCOUNT_API_KEY = "opentok.account.api-key";

	private OpenTokCredentialsResolver() {
	}

	static OpenTokCredentials resolve(OpenTokProperties properties) {
		boolean project = StringUtils.hasText(properties.apiKey()) || StringUtils.hasText(properties.apiSecret());
		boolean vonage = StringUtils.hasText(properties.applicationId()) || StringUtils.hasText(properties.privateKey())
				|| properties.privateKeyLocation() != null;
		if (project && vonage) {
			throw new OpenTokConfigurationException(API_KEY,
					"both project credentials (opentok.api-key, opentok.api-secret) and Vonage application "
							+ "credentials (opentok.application-id, opentok.private-key) are set.",
					"Keep one kind: remove opentok.api-key and opentok.api-secret, or remove "
							+ "opentok.application-id and opentok.private-key / opentok.private-key-location.");
		}
		return project ? projectCredentials(properties) : vonageCredentials(properties);
	}

	private static OpenTokCredentials projectCredentials(OpenTokProperties properties) {
		String apiKey = properties.apiKey();
		String apiSecret = properties.apiSecret();
		if (!StringUtils.hasText(apiKey)) {
			throw new OpenTokConfigurationException(API_KEY, "opentok.api-secret is set but opentok.api-key is not.",
					"Set opentok.api-key (environment variable OPENTOK_APIKEY) to your project's API key, "
							+ "or remove opentok.api-secret.");
		}
		if (!StringUtils.hasText(apiSecret)) {
			throw new OpenTokConfigurationException(API_SECRET, "opentok.api-key is set but opentok.api-secret is not.",
					"Set opentok.api-secret (environment variable OPENTOK_APISECRET) to your project's API secret, "
							+ "or remove opentok.api-key.");
		}
		String key = requireNumericKey(API_KEY, apiKey, "Set opentok.api-key to the numeric API key shown in your "
				+ "OpenTok project (for a Vonage application id use opentok.application-id with opentok.private-key).");
		return OpenTokCredentials.project(key, apiSecret.strip());
	}

	static AccountCredentials resolveAccount(OpenTokProperties.Account account) {
		if (!StringUtils.hasText(account.apiKey())) {
			throw new OpenTokConfigurationException(ACCOUNT_API_KEY,
					"opentok.account.api-secret is set but opentok.account.api-key is not.",
					"Set opentok.account.api-key to your account's API key, or remove opentok.account.api-secret.");
		}
		if (!StringUtils.hasText(account.apiSecret())) {
			throw new OpenTokConfigurationException("opentok.account.api-secret",
					"opentok.account.api-key is set but opentok.account.api-secret is not.",
					"Set opentok.account.api-secret to your account's API secret, or remove opentok.account.api-key.");
		}
		String key = requireNumericKey(ACCOUNT_API_KEY, account.apiKey(),
				"Set opentok.account.api-key to the numeric API key of your OpenTok account.");
		return new AccountCredentials(key, account.apiSecret().strip());
	}

	private static String requireNumericKey(String property, String value, String action) {
		String key = value.strip();
		if (!key.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new OpenTokConfigurationException(property, property + " must be numeric, got '" + key + "'.",
					action);
		}
		return key;
	}

	private static OpenTokCredentials vonageCredentials(OpenTokProperties properties) {
		String applicationId = properties.applicationId();
		boolean hasInlineKey = StringUtils.hasText(properties.privateKey());
		if (hasInlineKey && properties.privateKeyLocation() != null) {
			throw new OpenTokConfigurationException(PRIVATE_KEY_LOCATION,
					"both opentok.private-key and opentok.private-key-location are set.",
					"Remove one of opentok.private-key and opentok.private-key-location.");
		}
		if (!StringUtils.hasText(applicationId)) {
			throw new OpenTokConfigurationException(APPLICATION_ID,
					"a Vonage private key is set but opentok.application-id is not.",
					"Set opentok.application-id to your Vonage application ID, or remove the private key.");
		}
		String pem = hasInlineKey ? properties.privateKey() : read(properties.privateKeyLocation());
		if (pem == null) {
			throw new OpenTokConfigurationException(PRIVATE_KEY, "opentok.application-id is set but no private key is.",
					"Set opentok.private-key to the application's PKCS#8 PEM private key, "
							+ "or opentok.private-key-location to where it is (file:/path/private.key).");
		}
		String property = hasInlineKey ? PRIVATE_KEY : PRIVATE_KEY_LOCATION;
		try {
			return OpenTokCredentials.vonage(applicationId.strip(), pem);
		}
		catch (IllegalArgumentException ex) {
			throw new OpenTokConfigurationException(property,
					property + " is not a readable private key: " + ex.getMessage().replace("'privateKey' ", "") + ".",
					"Set " + property + " to the Vonage application's PKCS#8 PEM private key "
							+ "(-----BEGIN PRIVATE KEY-----).");
		}
	}

	private static @Nullable String read(@Nullable Resource location) {
		if (location == null) {
			return null;
		}
		try (InputStream in = location.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new OpenTokConfigurationException(PRIVATE_KEY_LOCATION,
					"opentok.private-key-location cannot be read: " + location.getDescription() + ".",
					"Set opentok.private-key-location to a readable PKCS#8 PEM file, such as "
							+ "file:/etc/opentok/private.key or classpath:private.key.");
		}
	}

}
