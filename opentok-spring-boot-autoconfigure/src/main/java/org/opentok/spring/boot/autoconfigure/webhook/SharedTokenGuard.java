package org.opentok.spring.boot.autoconfigure.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admits requests that carry the configured shared token, in the
 * {@code X-OpenTok-Webhook-Token} header or the {@code token} query parameter (the form
 * that fits in a callback URL).
 *
 * @since 0.1.0
 */
final class SharedTokenGuard implements WebhookGuard {

	static final String HEADER = "X-OpenTok-Webhook-Token";

	static final String PARAMETER = "token";

	private final byte[] expectedDigest;

	SharedTokenGuard(String secret) {
		this.expectedDigest = Sha256.digest(secret);
	}

	@Override
	public BodyCheck admit(ServerRequest request) {
		String token = request.headers().firstHeader(HEADER);
		if (token == null) {
			token = queryParameter(request.servletRequest().getQueryString());
		}
		if (token == null) {
			throw new WebhookRejectedException("The webhook token is missing");
		}
		// digests have equal lengths, so the comparison time says nothing about the
		// secret
		if (!MessageDigest.isEqual(Sha256.digest(token), this.expectedDigest)) {
			throw new WebhookRejectedException("The webhook token does not match");
		}
		return BodyCheck.NONE;
	}

	// the servlet's parameter map would read a form-encoded body: parse the query alone
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
