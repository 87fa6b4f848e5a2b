package org.opentok.spring.client.core;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * The proxy that API calls go through refused them for want of valid credentials: an HTTP
 * proxy answered {@code 407 Proxy Authentication Required}, or a SOCKS5 proxy rejected
 * the user name and password (or offered no method the client could use). The request
 * never reached OpenTok. The message names the proxy and the user name, never the
 * password. Not transient: the same credentials fail again.
 *
 * @since 0.1.0
 */
public class OpenTokProxyAuthenticationException extends OpenTokTransportException {

	private final ProxySettings proxy;

	/**
	 * Creates the exception.
	 * @param operation the operation that failed
	 * @param proxy the proxy that refused the call
	 * @param reason what the proxy did, such as {@code "answered 407"}
	 * @param cause the failure, or {@code null} when the proxy's answer reached the
	 * client
	 */
	public OpenTokProxyAuthenticationException(OpenTokOperation operation, ProxySettings proxy, String reason,
			@Nullable Throwable cause) {
		super(operation, describe(proxy, reason), cause);
		this.proxy = proxy;
	}

	private static String describe(ProxySettings proxy, String reason) {
		String credentials = proxy.hasCredentials() ? "the credentials of user " + Arguments.quote(proxy.username())
				: "the call: no proxy credentials are set";
		return "the " + proxy.describe() + " refused " + credentials + " (" + reason + ")";
	}

	/**
	 * Returns the proxy that refused the call.
	 * @return the proxy's settings
	 */
	public ProxySettings getProxy() {
		return this.proxy;
	}

	@Override
	public boolean isTransient() {
		return false;
	}

}
