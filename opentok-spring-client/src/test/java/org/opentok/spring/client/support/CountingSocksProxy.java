package org.opentok.spring.client.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A SOCKS5 proxy on loopback (RFC 1928) that requires username and password
 * authentication (RFC 1929), relays the connections it is asked for, and counts them: the
 * targets it connected to, and the client connections it refused.
 */
public final class CountingSocksProxy extends LoopbackProxy {

	private final String username;

	private final String password;

	private final List<String> connected = new CopyOnWriteArrayList<>();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger bytesRelayed = new AtomicInteger();

	/**
	 * Starts the proxy.
	 * @param username the user name it accepts
	 * @param password the password it accepts
	 * @throws IOException if no port can be bound
	 */
	public CountingSocksProxy(String username, String password) throws IOException {
		super("counting-socks-proxy");
		this.username = username;
		this.password = password;
		start();
	}

	/**
	 * Returns the targets the proxy connected clients to, as {@code host:port}.
	 * @return the targets, in order
	 */
	public List<String> connected() {
		return List.copyOf(this.connected);
	}

	/**
	 * Returns how many clients were refused for their credentials.
	 * @return the count
	 */
	public int refused() {
		return this.refused.get();
	}

	/**
	 * Returns how many bytes the client sent through the proxy to targets.
	 * @return the count
	 */
	public int bytesRelayed() {
		return this.bytesRelayed.get();
	}

	@Override
	protected void serve(Socket client) {
		try {
			DataInputStream in = new DataInputStream(client.getInputStream());
			OutputStream out = client.getOutputStream();
			if (!authenticate(in, out)) {
				client.close();
				return;
			}
			Socket server = connect(in, out);
			execute(() -> relay(server, out, null, server, client));
			relay(client, server.getOutputStream(), this.bytesRelayed, client, server);
		}
		catch (IOException ex) {
			closeQuietly(client);
		}
	}

	private boolean authenticate(DataInputStream in, OutputStream out) throws IOException {
		expect(in.readUnsignedByte(), 5);
		byte[] methods = in.readNBytes(in.readUnsignedByte());
		boolean offered = false;
		for (byte method : methods) {
			offered |= method == 2;
		}
		if (!offered) {
			this.refused.incrementAndGet();
			out.write(new byte[] { 5, (byte) 0xFF });
			out.flush();
			return false;
		}
		out.write(new byte[] { 5, 2 });
		out.flush();
		expect(in.readUnsignedByte(), 1);
		String user = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
		String pass = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
		boolean accepted = this.username.equals(user) && this.password.equals(pass);
		if (!accepted) {
			// counted before the answer, which the client acts on at once
			this.refused.incrementAndGet();
		}
		out.write(new byte[] { 1, (byte) (accepted ? 0 : 1) });
		out.flush();
		return accepted;
	}

	private Socket connect(DataInputStream in, OutputStream out) throws IOException {
		expect(in.readUnsignedByte(), 5);
		expect(in.readUnsignedByte(), 1);
		in.readUnsignedByte();
		int type = in.readUnsignedByte();
		String host = switch (type) {
			case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
			case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
			case 3 -> new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
			default -> throw new IOException("address type " + type);
		};
		int port = in.readUnsignedShort();
		Socket server = new Socket(host, port);
		this.connected.add(host + ":" + port);
		out.write(new byte[] { 5, 0, 0, 1, 127, 0, 0, 1, 0, 0 });
		out.flush();
		return server;
	}

	private static void expect(int actual, int expected) throws IOException {
		if (actual != expected) {
			throw new IOException("expected " + expected + ", got " + actual);
		}
	}

}
