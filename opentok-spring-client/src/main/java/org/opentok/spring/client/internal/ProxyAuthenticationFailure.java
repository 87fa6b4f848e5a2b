package org.opentok.spring.client.internal;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * A proxy refused the client's credentials, or asked for credentials the client does not
 * have, before the request reached its target. The transport turns it into an
 * {@code OpenTokProxyAuthenticationException}.
 *
 * @since 0.1.0
 */
public final class ProxyAuthenticationFailure extends IOException {

	private static final long serialVersionUID = 1L;

	private static final String JDK_RETRY_LIMIT_REACHED = "too many authentication attempts";

	/**
	 * Creates the failure.
	 * @param reason what the proxy did, without any credential
	 */
	public ProxyAuthenticationFailure(String reason) {
		super(reason);
	}

	/**
	 * Tells whether a failure was a proxy's refusal of the client's credentials: a
	 * {@link ProxyAuthenticationFailure} (SOCKS), or the JDK {@code HttpClient} giving up
	 * after the proxy answered {@code 407} to each of its attempts
	 * ({@code jdk.httpclient.auth.retrylimit}), which it reports only in a message.
	 * @param failure the failure
	 * @return what the proxy did, or {@code null} if the failure was something else
	 */
	public static @Nullable String reasonOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProxyAuthenticationFailure refusal) {
				return refusal.getMessage();
			}
			String message = cause.getMessage();
			if (cause instanceof IOException && message != null && message.startsWith(JDK_RETRY_LIMIT_REACHED)) {
				return "it answered 407 to every attempt";
			}
		}
		return null;
	}

}
