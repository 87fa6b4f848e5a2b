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

	private static final String NETTY_PROXY_CONNECT_EXCEPTION = "io.netty.handler.proxy.ProxyConnectException";

	private static final String NETTY_HTTP_PROXY_CONNECT_EXCEPTION = "io.netty.handler.proxy.HttpProxyHandler$HttpProxyConnectException";

	/**
	 * Creates the failure.
	 * @param reason what the proxy did, without any credential
	 */
	public ProxyAuthenticationFailure(String reason) {
		super(reason);
	}

	/**
	 * Tells whether a failure was a proxy's refusal of the client's credentials: a
	 * {@link ProxyAuthenticationFailure} (SOCKS), the JDK {@code HttpClient} giving up
	 * after the proxy answered {@code 407} to each of its attempts
	 * ({@code jdk.httpclient.auth.retrylimit}), or Netty's proxy handlers (under Reactor
	 * Netty) failing the connection because an HTTP proxy answered {@code CONNECT} with
	 * {@code 407} or a SOCKS5 proxy refused the authentication. The JDK and Netty report
	 * these only in their messages, which are matched here (classes by name, so that
	 * neither Netty nor Reactor Netty need be on the class path).
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
			String netty = (message != null) ? nettyRefusal(cause, message) : null;
			if (netty != null) {
				return netty;
			}
		}
		return null;
	}

	/**
	 * Reads the messages of Netty's {@code HttpProxyHandler} ({@code "http, basic,
	 * /127.0.0.1:3128 => host:443, status: 407 Proxy Authentication Required"}) and
	 * {@code Socks5ProxyHandler} ({@code "..., authStatus: FAILURE(1)"} for refused
	 * credentials, {@code "..., unexpected authMethod: UNACCEPTED(255)"} when the proxy
	 * accepts none of the methods offered).
	 */
	private static @Nullable String nettyRefusal(Throwable cause, String message) {
		String type = cause.getClass().getName();
		if (type.equals(NETTY_HTTP_PROXY_CONNECT_EXCEPTION)) {
			return message.contains("status: 407") ? "it answered 407" : null;
		}
		if (!type.equals(NETTY_PROXY_CONNECT_EXCEPTION) || !message.startsWith("socks5,")) {
			return null;
		}
		if (message.contains("authStatus: ")) {
			return "it rejected the username and password";
		}
		if (message.contains("unexpected authMethod: UNACCEPTED")) {
			return message.startsWith("socks5, password,")
					? "it accepts neither no authentication nor username and password" : "it requires authentication";
		}
		return null;
	}

}
