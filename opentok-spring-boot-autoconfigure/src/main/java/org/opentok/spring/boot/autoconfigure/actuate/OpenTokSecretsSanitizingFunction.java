package org.opentok.spring.boot.autoconfigure.actuate;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the OpenTok secrets ({@code opentok.api-secret}, {@code opentok.private-key},
 * {@code opentok.account.api-secret}, the webhook secrets and secret lists with each of
 * their elements, such as {@code opentok.webhook.signature-secrets[0]}) in the
 * {@code configprops} and {@code env} endpoints, even when an app sets their
 * {@code show-values} to {@code always}. Keys in the form of environment variables
 * ({@code OPENTOK_WEBHOOK_SIGNATURESECRETS_0_}) are masked too.
 *
 * @since 0.1.0
 */
public class OpenTokSecretsSanitizingFunction implements SanitizingFunction {

	private static final List<String> SECRET_SUFFIXES = List.of("secret", "secrets", "privatekey", "private.key");

	// a list index at the end of a key: [0] in properties, _0_ or _0 in environment
	// variables
	private static final Pattern TRAILING_INDEX = Pattern.compile("(\\[\\d+]|_\\d+_?)$");

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isOpenTokSecret(data.getLowerCaseKey()) ? data.withSanitizedValue() : data;
	}

	private static boolean isOpenTokSecret(String lowerCaseKey) {
		if (!lowerCaseKey.startsWith("opentok.") && !lowerCaseKey.startsWith("opentok_")) {
			return false;
		}
		String key = TRAILING_INDEX.matcher(lowerCaseKey).replaceFirst("").replace("-", "").replace('_', '.');
		return SECRET_SUFFIXES.stream().anyMatch(key::endsWith);
	}

}
