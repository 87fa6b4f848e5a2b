package org.opentok.spring.client.core;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.WireEnums;

/**
 * The proxy that API calls go through: an HTTP proxy or a SOCKS5 proxy, with optional
 * credentials (HTTP Basic, or the SOCKS5 username and password of RFC 1929) and hosts
 * that are reached directly, written as for the JDK's {@code http.nonProxyHosts}
 * ({@code localhost}, {@code *.internal.example.com}, {@code 10.*}). Immutable; the
 * password never appears in {@link #toString()} or in an exception message.
 * <p>
 * The transports' own HTTP clients apply it: Apache HttpClient 5 (blocking) and Reactor
 * Netty (reactive) both kinds, the JDK {@code HttpClient} HTTP proxies only (it has no
 * SOCKS support).
 *
 * @param type the kind of proxy
 * @param host the proxy's host name or address
 * @param port the proxy's port
 * @param username the user name the proxy asks for, or {@code null} when it asks for none
 * @param password the password that goes with the user name, or {@code null}
 * @param nonProxyHosts patterns of hosts reached without the proxy: a host name or
 * address, with {@code *} at its start or end (or both) matching any characters; case
 * does not matter
 * @since 0.1.0
 */
public record ProxySettings(Type type, String host, int port, @Nullable String username, @Nullable String password,
		List<String> nonProxyHosts) {

	/**
	 * The longest user name and password, in UTF-8 bytes, that SOCKS5 can carry (RFC
	 * 1929).
	 */
	public static final int MAX_CREDENTIAL_BYTES = 255;

	/**
	 * Creates the settings.
	 * @throws IllegalArgumentException if the host is blank or holds a control character,
	 * the port is not from 1 to 65535, only one of user name and password is given,
	 * either is empty, longer than {@value #MAX_CREDENTIAL_BYTES} UTF-8 bytes or holds a
	 * control character, the user name holds {@code :}, or a pattern is blank
	 */
	public ProxySettings {
		Arguments.requireNonNull(type, "type");
		Arguments.requireNoControlCharacters(Arguments.requireNonBlank(host, "host"), "host");
		Arguments.requireRange(port, 1, 65535, "port");
		if ((username == null) != (password == null)) {
			throw new IllegalArgumentException("'username' and 'password' must be given together, or neither");
		}
		if (username != null) {
			requireCredential(username, "username");
			if (username.indexOf(':') >= 0) {
				throw new IllegalArgumentException("'username' must not contain ':' (HTTP Basic separates the "
						+ "user name from the password with it), got " + Arguments.quote(username));
			}
			requireCredential(password, "password");
		}
		Arguments.requireNonNull(nonProxyHosts, "nonProxyHosts")
			.forEach((pattern) -> Arguments
				.requireNoControlCharacters(Arguments.requireNonBlank(pattern, "nonProxyHosts"), "nonProxyHosts"));
		nonProxyHosts = List.copyOf(nonProxyHosts);
	}

	/**
	 * Returns the settings of an HTTP proxy without credentials.
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @return the settings
	 */
	public static ProxySettings http(String host, int port) {
		return new ProxySettings(Type.HTTP, host, port, null, null, List.of());
	}

	/**
	 * Returns the settings of a SOCKS5 proxy without credentials.
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @return the settings
	 */
	public static ProxySettings socks(String host, int port) {
		return new ProxySettings(Type.SOCKS, host, port, null, null, List.of());
	}

	/**
	 * Returns a copy with the given credentials.
	 * @param username the user name
	 * @param password the password
	 * @return the new settings
	 */
	public ProxySettings withCredentials(String username, String password) {
		return new ProxySettings(this.type, this.host, this.port, Arguments.requireNonNull(username, "username"),
				Arguments.requireNonNull(password, "password"), this.nonProxyHosts);
	}

	/**
	 * Returns a copy with the given patterns of hosts reached without the proxy.
	 * @param nonProxyHosts the patterns, such as {@code localhost} or
	 * {@code *.example.com}
	 * @return the new settings
	 */
	public ProxySettings withNonProxyHosts(List<String> nonProxyHosts) {
		return new ProxySettings(this.type, this.host, this.port, this.username, this.password, nonProxyHosts);
	}

	/**
	 * Returns whether calls to the URL go through the proxy: whether its host matches
	 * none of the {@link #nonProxyHosts() patterns}.
	 * @param uri the URL
	 * @return whether the proxy applies
	 */
	public boolean appliesTo(URI uri) {
		String host = uri.getHost();
		return host == null || appliesTo(host);
	}

	/**
	 * Returns whether connections to the host go through the proxy: whether it matches
	 * none of the {@link #nonProxyHosts() patterns}.
	 * @param host the host name or address, IPv6 addresses with or without brackets
	 * @return whether the proxy applies
	 */
	public boolean appliesTo(String host) {
		String target = stripBrackets(host).toLowerCase(Locale.ROOT);
		return this.nonProxyHosts.stream().noneMatch((pattern) -> matches(pattern.toLowerCase(Locale.ROOT), target));
	}

	/**
	 * Returns whether the settings carry credentials.
	 * @return whether a user name and password are set
	 */
	public boolean hasCredentials() {
		return this.username != null;
	}

	/**
	 * Names the proxy for messages, without its credentials, such as
	 * {@code HTTP proxy proxy.example.com:3128}.
	 * @return the description
	 */
	public String describe() {
		return this.type.displayName + " proxy " + Arguments.printable(this.host) + ":" + this.port;
	}

	@Override
	public String toString() {
		return "ProxySettings[type=" + this.type + ", host=" + this.host + ", port=" + this.port + ", username="
				+ this.username + ", password=" + ((this.password != null) ? "******" : null) + ", nonProxyHosts="
				+ this.nonProxyHosts + "]";
	}

	private static boolean matches(String pattern, String host) {
		boolean leading = pattern.startsWith("*");
		boolean trailing = pattern.length() > 1 && pattern.endsWith("*");
		String core = pattern.substring(leading ? 1 : 0, pattern.length() - (trailing ? 1 : 0));
		if (leading && trailing) {
			return host.contains(core);
		}
		if (leading) {
			return host.endsWith(core);
		}
		if (trailing) {
			return host.startsWith(core);
		}
		return host.equals(stripBrackets(core));
	}

	private static String stripBrackets(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static void requireCredential(String value, String name) {
		if (value.isEmpty() || Arguments.utf8Length(value) > MAX_CREDENTIAL_BYTES) {
			throw new IllegalArgumentException("'" + name + "' must be 1 to " + MAX_CREDENTIAL_BYTES
					+ " UTF-8 bytes long, got " + Arguments.utf8Length(value));
		}
		if (value.chars().anyMatch((c) -> c < 0x20 || c == 0x7F)) {
			// the value itself is never shown: it may be the password
			throw new IllegalArgumentException("'" + name + "' must not contain control characters");
		}
	}

	/**
	 * The kinds of proxy.
	 */
	public enum Type {

		/**
		 * An HTTP proxy: plain HTTP calls are forwarded, HTTPS calls tunnelled with
		 * {@code CONNECT}; credentials are sent with HTTP Basic.
		 */
		HTTP("HTTP"),

		/**
		 * A SOCKS5 proxy (RFC 1928), with username and password authentication (RFC 1929)
		 * when credentials are set.
		 */
		SOCKS("SOCKS5");

		private final String displayName;

		Type(String displayName) {
			this.displayName = displayName;
		}

		/**
		 * Returns the kind a user named ({@code HTTP} or {@code SOCKS}), matched exactly:
		 * how Jackson reads this type from JSON.
		 * @param value the constant name
		 * @return the kind
		 * @throws IllegalArgumentException if {@code value} names no kind, with a message
		 * that lists the values allowed
		 */
		@JsonCreator
		public static Type parse(@Nullable String value) {
			return WireEnums.parse(values(), Enum::name, null, value);
		}

	}

}
