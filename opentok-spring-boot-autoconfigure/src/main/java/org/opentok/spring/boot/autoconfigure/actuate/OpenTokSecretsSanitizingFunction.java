package org.opentok.spring.boot.autoconfigure.actuate;

import java.util.List;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the OpenTok secrets ({@code opentok.api-secret}, {@code opentok.private-key},
 * {@code opentok.account.api-secret}, the webhook secrets) in the {@code configprops} and
 * {@code env} endpoints, even when an app sets their {@code show-values} to
 * {@code always}.
 *
 * @since 0.1.0
 */
public class OpenTokSecretsSanitizingFunction implements SanitizingFunction {

	private static final List<String> SECRET_SUFFIXES = List.of("apisecret", "privatekey", "signaturesecret",
			".secret");

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isOpenTokSecret(data.getLowerCaseKey()) ? data.withSanitizedValue() : data;
	}

	private static boolean isOpenTokSecret(String lowerCaseKey) {
		if (!lowerCaseKey.startsWith("opentok.")) {
			return false;
		}
		String key = lowerCaseKey.replace("-", "").replace("_", "");
		return SECRET_SUFFIXES.stream().anyMatch(key::endsWith);
	}

}
