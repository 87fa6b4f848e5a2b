package org.opentok.spring.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.ProxySettings;

/**
 * A socket that reaches its endpoint through a SOCKS5 proxy (RFC 1928), authenticating
 * with the proxy's username and password (RFC 1929) when they are set. The JDK's own
 * SOCKS sockets take credentials only from the JVM-wide {@code Authenticator} or system
 * properties, which a library must not set; this one carries its own, so that two clients
 * in one JVM can use different proxies. {@link #connect(SocketAddress, int)} connects to
 * the proxy and asks it for the endpoint; the socket is then used as a direct one (TLS
 * can be layered on it).
 *
 * @since 0.1.0
 */
public final class Socks5Socket extends Socket {

	private static final int VERSION = 5;

	private static final int NO_AUTHENTICATION = 0;

	private static final int USERNAME_PASSWORD = 2;

	private static final int NO_ACCEPTABLE_METHOD = 0xFF;

	private static final int CONNECT = 1;

	private static final int IPV4 = 1;

	private static final int DOMAIN_NAME = 3;

	private static final int IPV6 = 4;

	private static final String[] REPLIES = { "succeeded", "general SOCKS server failure",
			"connection not allowed by ruleset", "network unreachable", "host unreachable", "connection refused",
			"TTL expired", "command not supported", "address type not supported" };

	private final ProxySettings proxy;

	/**
	 * Creates an unconnected socket.
	 * @param proxy the SOCKS proxy
	 * @throws IllegalArgumentException if the settings are not those of a SOCKS proxy
	 */
	public Socks5Socket(ProxySettings proxy) {
		if (proxy.type() != ProxySettings.Type.SOCKS) {
			throw new IllegalArgumentException("'proxy' must be a SOCKS proxy, got " + proxy.describe());
		}
		this.proxy = proxy;
	}

	/**
	 * Connects to the proxy and has it connect to the endpoint, or to the endpoint
	 * directly when the proxy's non-proxy hosts name it; the timeout bounds both the
	 * connection to the proxy and the handshake.
	 * @param endpoint the address to reach, resolved or not (an unresolved one is
	 * resolved by the proxy)
	 * @param timeout the timeout in milliseconds, 0 for none
	 * @throws ProxyAuthenticationFailure if the proxy refuses the credentials, or wants
	 * credentials and none are set
	 * @throws IOException if the proxy cannot be reached or cannot reach the endpoint
	 */
	@Override
	public void connect(SocketAddress endpoint, int timeout) throws IOException {
		if (!(endpoint instanceof InetSocketAddress target)) {
			throw new IllegalArgumentException("'endpoint' must be an InetSocketAddress, got " + endpoint);
		}
		if (!this.proxy.appliesTo(target.getHostString())) {
			super.connect(endpoint, timeout);
			return;
		}
		super.connect(new InetSocketAddress(this.proxy.host(), this.proxy.port()), timeout);
		int soTimeout = getSoTimeout();
		setSoTimeout(timeout);
		try {
			DataInputStream in = new DataInputStream(getInputStream());
			OutputStream out = getOutputStream();
			authenticate(in, out);
			requestConnection(target, in, out);
			setSoTimeout(soTimeout);
		}
		catch (IOException ex) {
			close();
			throw ex;
		}
	}

	private void authenticate(DataInputStream in, OutputStream out) throws IOException {
		if (this.proxy.hasCredentials()) {
			out.write(new byte[] { VERSION, 2, NO_AUTHENTICATION, USERNAME_PASSWORD });
		}
		else {
			out.write(new byte[] { VERSION, 1, NO_AUTHENTICATION });
		}
		out.flush();
		expectVersion(in.readUnsignedByte(), VERSION);
		int method = in.readUnsignedByte();
		if (method == NO_AUTHENTICATION) {
			return;
		}
		if (method == USERNAME_PASSWORD && this.proxy.hasCredentials()) {
			sendCredentials(in, out);
			return;
		}
		if (method == NO_ACCEPTABLE_METHOD) {
			throw new ProxyAuthenticationFailure(this.proxy.hasCredentials()
					? "it accepts neither no authentication nor username and password" : "it requires authentication");
		}
		throw new SocketException(
				this.proxy.describe() + " chose authentication method " + method + ", which was not offered");
	}

	private void sendCredentials(DataInputStream in, OutputStream out) throws IOException {
		byte[] username = bytes(this.proxy.username());
		byte[] password = bytes(this.proxy.password());
		ByteArrayOutputStream request = new ByteArrayOutputStream(3 + username.length + password.length);
		request.write(1);
		request.write(username.length);
		request.writeBytes(username);
		request.write(password.length);
		request.writeBytes(password);
		out.write(request.toByteArray());
		out.flush();
		in.readUnsignedByte();
		if (in.readUnsignedByte() != 0) {
			throw new ProxyAuthenticationFailure("it rejected the username and password");
		}
	}

	private void requestConnection(InetSocketAddress target, DataInputStream in, OutputStream out) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream(262);
		request.writeBytes(new byte[] { VERSION, CONNECT, 0 });
		InetAddress address = target.getAddress();
		if (address == null) {
			byte[] name = target.getHostString().getBytes(StandardCharsets.US_ASCII);
			request.write(DOMAIN_NAME);
			request.write(name.length);
			request.writeBytes(name);
		}
		else {
			byte[] raw = address.getAddress();
			request.write((raw.length == 4) ? IPV4 : IPV6);
			request.writeBytes(raw);
		}
		request.write(target.getPort() >> 8);
		request.write(target.getPort() & 0xFF);
		out.write(request.toByteArray());
		out.flush();
		expectVersion(in.readUnsignedByte(), VERSION);
		int reply = in.readUnsignedByte();
		in.readUnsignedByte();
		skipBoundAddress(in);
		if (reply != 0) {
			String reason = (reply < REPLIES.length) ? REPLIES[reply] : "reply " + reply;
			throw new SocketException(this.proxy.describe() + " could not connect to "
					+ Arguments.printable(target.getHostString()) + ":" + target.getPort() + ": " + reason);
		}
	}

	private static void skipBoundAddress(DataInputStream in) throws IOException {
		int type = in.readUnsignedByte();
		int length = switch (type) {
			case IPV4 -> 4;
			case IPV6 -> 16;
			case DOMAIN_NAME -> in.readUnsignedByte();
			default -> throw new SocketException("SOCKS proxy answered with address type " + type);
		};
		in.readFully(new byte[length + 2]);
	}

	private void expectVersion(int actual, int expected) throws SocketException {
		if (actual != expected) {
			throw new SocketException(this.proxy.describe() + " answered with version " + actual + ", expected "
					+ expected + ": is it a SOCKS5 proxy?");
		}
	}

	private static byte[] bytes(@Nullable String value) {
		return (value != null) ? value.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

}
