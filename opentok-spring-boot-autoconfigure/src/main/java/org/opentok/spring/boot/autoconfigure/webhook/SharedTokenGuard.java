package org.opentok.spring.boot.autoconfigure.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admits requests that carry one of the configured shared tokens, in the
 * {@code X-OpenTok-Webhook-Token} header or the {@code token} query parameter (the form
 * that fits in a callback URL). The token is compared with every configured one, in
 * constant time and without stopping at a match, so the time taken tells nothing about
 * the secrets or which one matched.
 *
 * @since 0.1.0
 */
final class SharedTokenGuard implements WebhookGuard {

	static final String HEADER = "X-OpenTok-Webhook-Token";

	static final String PARAMETER = "token";

	private final List<byte[]> expectedDigests;

	SharedTokenGuard(List<String> secrets) {
		if (secrets.isEmpty()) {
			throw new IllegalArgumentException("'secrets' must not be empty");
		}
		this.expectedDigests = secrets.stream().map(Sha256::digest).toList();
	}

	@Override
	public BodyCheck admit(WebhookRequest request) {
		String token = request.headers().getFirst(HEADER);
		if (token == null) {
			token = queryParameter(request.rawQuery());
		}
		if (token == null) {
			throw new WebhookRejectedException("The webhook token is missing");
		}
		// digests have equal lengths, so each
		// comparison's time says nothing about a secret
		byte[] digest = Sha256.digest(token);
		boolean matched = false;
		for (byte[] expected : this.expectedDigests) {
			matched |= MessageDigest.isEqual(digest, expected);
		}
		if (!matched) {
			throw new WebhookRejectedException("The webhook token does not match");
		}
		return BodyCheck.NONE;
	}

	// a servlet's parameter map would read a form-encoded body: parse the query alone
	private static @Nullable String queryParameter(@Nullable String query) {
		if (query == null) {
			return null;
		}
		String value = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(PARAMETER);
		if (value == null) {
			return null;
		}
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new WebhookRejectedException("The webhook token is not URL-encoded properly");
		}
	}

}
