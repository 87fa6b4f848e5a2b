package org.opentok.spring.client.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A forwarding HTTP proxy on loopback for plain HTTP targets that requires Basic
 * credentials ({@code Proxy-Authorization}) and counts what passes through it. A request
 * without the right credentials gets {@code 407} with a {@code Proxy-Authenticate}
 * challenge on the same kept-alive connection, as real proxies answer; a request with
 * them is forwarded to its absolute URI's host (without the credentials, with
 * {@code Connection: close}) and the answer relayed as it comes. A {@code CONNECT}
 * request with them opens a tunnel to its target (answered {@code 200}, then bytes
 * relayed both ways and counted), as proxies do for HTTPS and as Netty's proxy handler
 * asks for every target.
 */
public final class CountingHttpProxy extends LoopbackProxy {

	private final String expectedAuthorization;

	private final AtomicInteger challenged = new AtomicInteger();

	private final List<String> forwarded = new CopyOnWriteArrayList<>();

	private final List<String> forwardedHeaders = new CopyOnWriteArrayList<>();

	private final List<String> tunnelled = new CopyOnWriteArrayList<>();

	private final AtomicInteger bytesTunnelled = new AtomicInteger();

	/**
	 * Starts the proxy.
	 * @param username the user name it accepts
	 * @param password the password it accepts
	 * @throws IOException if no port can be bound
	 */
	public CountingHttpProxy(String username, String password) throws IOException {
		super("counting-http-proxy");
		this.expectedAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		start();
	}

	/**
	 * Returns the request lines forwarded to their targets, such as
	 * {@code POST http://127.0.0.1:1080/session/create}.
	 * @return the request lines, in order
	 */
	public List<String> forwarded() {
		return List.copyOf(this.forwarded);
	}

	/**
	 * Returns every header line of the forwarded requests, as the client sent them.
	 * @return the header lines
	 */
	public List<String> forwardedHeaders() {
		return List.copyOf(this.forwardedHeaders);
	}

	/**
	 * Returns the targets of the tunnels opened with {@code CONNECT}, as
	 * {@code host:port}.
	 * @return the targets, in order
	 */
	public List<String> tunnelled() {
		return List.copyOf(this.tunnelled);
	}

	/**
	 * Returns how many bytes clients sent through tunnels to their targets.
	 * @return the count
	 */
	public int bytesTunnelled() {
		return this.bytesTunnelled.get();
	}

	/**
	 * Returns how many requests were answered 407.
	 * @return the count
	 */
	public int challenged() {
		return this.challenged.get();
	}

	@Override
	protected void serve(Socket client) {
		try (client) {
			InputStream in = new BufferedInputStream(client.getInputStream());
			OutputStream out = client.getOutputStream();
			for (List<String> head = readHead(in); head != null; head = readHead(in)) {
				byte[] body = readBody(head, in);
				String authorization = header(head, "proxy-authorization");
				if (!this.expectedAuthorization.equals(authorization)) {
					this.challenged.incrementAndGet();
					out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
							+ "Proxy-Authenticate: Basic realm=\"test proxy\"\r\nContent-Length: 0\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
					out.flush();
					continue;
				}
				if (head.get(0).startsWith("CONNECT ")) {
					tunnel(head.get(0).split(" ", 3)[1], client, in, out);
					return;
				}
				this.forwarded.add(head.get(0));
				this.forwardedHeaders.addAll(head.subList(1, head.size()));
				forward(head, body, out);
			}
		}
		catch (IOException ex) {
			// the client or the target went away
		}
	}

	private void tunnel(String authority, Socket client, InputStream in, OutputStream out) throws IOException {
		int colon = authority.lastIndexOf(':');
		try (Socket server = new Socket(authority.substring(0, colon),
				Integer.parseInt(authority.substring(colon + 1)))) {
			this.tunnelled.add(authority);
			out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			execute(() -> relay(server, out, null, client));
			relay(in, server.getOutputStream(), this.bytesTunnelled, server);
		}
	}

	private void forward(List<String> head, byte[] body, OutputStream out) throws IOException {
		String[] requestLine = head.get(0).split(" ", 3);
		URI target = URI.create(requestLine[1]);
		StringBuilder request = new StringBuilder();
		request.append(requestLine[0]).append(' ').append(target.getRawPath());
		if (target.getRawQuery() != null) {
			request.append('?').append(target.getRawQuery());
		}
		request.append(' ').append(requestLine[2]).append("\r\n");
		for (String line : head.subList(1, head.size())) {
			String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
			if (!name.startsWith("proxy-") && !name.equals("connection") && !name.equals("transfer-encoding")) {
				request.append(line).append("\r\n");
			}
		}
		if (header(head, "content-length") == null && body.length > 0) {
			request.append("Content-Length: ").append(body.length).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket server = new Socket(target.getHost(), target.getPort())) {
			OutputStream toServer = server.getOutputStream();
			toServer.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			toServer.write(body);
			toServer.flush();
			server.getInputStream().transferTo(out);
			out.flush();
		}
	}

	private static List<String> readHead(InputStream in) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line = readLine(in); line != null; line = readLine(in)) {
			if (line.isEmpty()) {
				return lines.isEmpty() ? null : lines;
			}
			lines.add(line);
		}
		return null;
	}

	private static byte[] readBody(List<String> head, InputStream in) throws IOException {
		String length = header(head, "content-length");
		if (length != null) {
			return in.readNBytes(Integer.parseInt(length.trim()));
		}
		if ("chunked".equalsIgnoreCase(header(head, "transfer-encoding"))) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(readLine(in).trim(), 16); size > 0; size = Integer
				.parseInt(readLine(in).trim(), 16)) {
				body.writeBytes(in.readNBytes(size));
				readLine(in);
			}
			readLine(in);
			return body.toByteArray();
		}
		return new byte[0];
	}

	private static String header(List<String> head, String name) {
		for (String line : head.subList(1, head.size())) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
				return line.substring(colon + 1).trim();
			}
		}
		return null;
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b >= 0; b = in.read()) {
			if (b == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(b);
		}
		return (line.size() > 0) ? line.toString(StandardCharsets.ISO_8859_1) : null;
	}

}
