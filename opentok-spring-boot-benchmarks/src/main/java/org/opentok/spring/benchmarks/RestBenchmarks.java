package org.opentok.spring.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.opentok.exception.OpenTokException;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ClientHttpRequestFactory;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.session.Session;

/**
 * One REST call against a stub server in a child JVM, over a kept-alive connection: ours
 * on each HTTP client Spring Boot can build a request factory for, against the official
 * SDK 4.9.0 (async-http-client on Netty), with a hand-written request on a raw socket as
 * the floor. Every contender's answer is checked in the setup.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class RestBenchmarks {

	/**
	 * Our session create.
	 * @param ours our client on one HTTP client
	 * @return the session
	 */
	@Benchmark
	public Session createSessionOurs(Ours ours) {
		return ours.openTok.sessions().create();
	}

	/**
	 * Our get archive.
	 * @param ours our client on one HTTP client
	 * @return the archive
	 */
	@Benchmark
	public Archive getArchiveOurs(Ours ours) {
		return ours.openTok.archives().get(Fixtures.ARCHIVE_ID);
	}

	/**
	 * The official SDK's session create.
	 * @param official the official SDK
	 * @return the session
	 * @throws OpenTokException if the call fails
	 */
	@Benchmark
	public com.opentok.Session createSessionOfficialSdk(Official official) throws OpenTokException {
		return official.sdk.createSession();
	}

	/**
	 * The official SDK's get archive.
	 * @param official the official SDK
	 * @return the archive
	 * @throws OpenTokException if the call fails
	 */
	@Benchmark
	public com.opentok.Archive getArchiveOfficialSdk(Official official) throws OpenTokException {
		return official.sdk.getArchive(Fixtures.ARCHIVE_ID);
	}

	/**
	 * The floor of session create: the request written by hand on a kept-alive socket,
	 * the response read up to its last byte, nothing parsed.
	 * @param raw this thread's socket
	 * @return the body's length
	 * @throws IOException if the call fails
	 */
	@Benchmark
	public int createSessionRawSocket(RawSocket raw) throws IOException {
		return raw.exchange(raw.createSession);
	}

	/**
	 * The floor of get archive, as {@link #createSessionRawSocket}.
	 * @param raw this thread's socket
	 * @return the body's length
	 * @throws IOException if the call fails
	 */
	@Benchmark
	public int getArchiveRawSocket(RawSocket raw) throws IOException {
		return raw.exchange(raw.getArchive);
	}

	/**
	 * The stub server, one per trial.
	 */
	@State(Scope.Benchmark)
	public static class Stub {

		StubServer.Running running;

		/**
		 * Starts the stub in a child JVM.
		 * @throws IOException if it cannot start
		 */
		@Setup(Level.Trial)
		public void start() throws IOException {
			this.running = StubServer.start();
		}

		/**
		 * Stops the stub.
		 * @throws IOException if it cannot be told to stop
		 */
		@TearDown(Level.Trial)
		public void stop() throws IOException {
			this.running.close();
		}

	}

	/**
	 * Our client on the request factory Spring Boot builds for one HTTP client library.
	 */
	@State(Scope.Benchmark)
	public static class Ours {

		/**
		 * The HTTP client library under {@code RestClient}: {@code starter} is the
		 * {@code OpenTok} bean of a Spring Boot app with the starter, {@code default} the
		 * client's own choice without Boot, the others what Boot builds for each value of
		 * {@code spring.http.clients.imperative.factory}.
		 */
		@Param({ "starter", "default", "httpcomponents", "jdk", "jetty", "simple" })
		public String client;

		OpenTok openTok;

		private @Nullable ClientHttpRequestFactory requestFactory;

		private @Nullable ConfigurableApplicationContext context;

		/**
		 * Builds the client and checks one answer of each call.
		 * @param stub the stub server
		 */
		@Setup(Level.Trial)
		public void setUp(Stub stub) {
			if (this.client.equals("starter")) {
				this.context = StartupBenchmarks.application()
					.properties(StartupBenchmarks.COMMON)
					.properties("opentok.api-key=" + Fixtures.API_KEY, "opentok.api-secret=" + Fixtures.API_SECRET,
							"opentok.api-url=" + stub.running.url())
					.run();
				this.openTok = this.context.getBean(OpenTok.class);
			}
			else {
				OpenTok.Builder builder = OpenTok.builder(Fixtures.API_KEY, Fixtures.API_SECRET)
					.apiUrl(stub.running.url());
				if (!this.client.equals("default")) {
					this.requestFactory = requestFactoryBuilder(this.client).build(
							HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
					builder.requestFactory(this.requestFactory);
				}
				this.openTok = builder.build();
			}
			RestChecks.check(this.openTok.sessions().create());
			RestChecks.check(this.openTok.archives().get(Fixtures.ARCHIVE_ID));
		}

		static ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder(String client) {
			return switch (client) {
				case "httpcomponents" -> ClientHttpRequestFactoryBuilder.httpComponents();
				case "jdk" -> ClientHttpRequestFactoryBuilder.jdk();
				case "jetty" -> ClientHttpRequestFactoryBuilder.jetty();
				case "simple" -> ClientHttpRequestFactoryBuilder.simple();
				default -> throw new IllegalArgumentException("Unknown client " + client);
			};
		}

		/**
		 * Closes the HTTP client.
		 * @throws Exception if it cannot be closed
		 */
		@TearDown(Level.Trial)
		public void close() throws Exception {
			if (this.context != null) {
				this.context.close();
			}
			if (this.requestFactory instanceof AutoCloseable closeable) {
				closeable.close();
			}
			else if (this.requestFactory instanceof org.springframework.beans.factory.DisposableBean disposable) {
				disposable.destroy();
			}
		}

	}

	/**
	 * The official SDK 4.9.0 pointed at the stub.
	 */
	@State(Scope.Benchmark)
	public static class Official {

		com.opentok.OpenTok sdk;

		/**
		 * Builds the SDK and checks one answer of each call.
		 * @param stub the stub server
		 * @throws OpenTokException if a call fails
		 */
		@Setup(Level.Trial)
		public void setUp(Stub stub) throws OpenTokException {
			this.sdk = new com.opentok.OpenTok.Builder(Fixtures.API_KEY_NUMBER, Fixtures.API_SECRET)
				.apiUrl(stub.running.url())
				.build();
			RestChecks.check(this.sdk.createSession());
			RestChecks.check(this.sdk.getArchive(Fixtures.ARCHIVE_ID));
		}

		/**
		 * Closes the SDK's HTTP client.
		 */
		@TearDown(Level.Trial)
		public void close() {
			this.sdk.close();
		}

	}

	/**
	 * One kept-alive socket per thread and the two requests, written once.
	 */
	@State(Scope.Thread)
	public static class RawSocket {

		byte[] createSession;

		byte[] getArchive;

		private Socket socket;

		private OutputStream out;

		private InputStream in;

		private final byte[] body = new byte[4096];

		/**
		 * Connects and checks one answer of each request.
		 * @param stub the stub server
		 * @throws IOException if the stub does not answer as expected
		 */
		@Setup(Level.Trial)
		public void connect(Stub stub) throws IOException {
			String host = "Host: " + InetAddress.getLoopbackAddress().getHostAddress() + ":" + stub.running.port()
					+ "\r\n";
			String common = host + "Accept: application/json\r\nX-OPENTOK-AUTH: raw-floor\r\n";
			String form = "p2p.preference=enabled&archiveMode=manual";
			this.createSession = ("POST /session/create HTTP/1.1\r\n" + common
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
					+ form)
				.getBytes(StandardCharsets.US_ASCII);
			this.getArchive = ("GET " + StubServer.ARCHIVE_PATH + " HTTP/1.1\r\n" + common + "\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			this.socket = new Socket(InetAddress.getLoopbackAddress(), stub.running.port());
			this.socket.setTcpNoDelay(true);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream());
			RestChecks.checkBody(new String(this.body, 0, exchange(this.createSession), StandardCharsets.UTF_8),
					StubServer.SESSION_JSON);
			RestChecks.checkBody(new String(this.body, 0, exchange(this.getArchive), StandardCharsets.UTF_8),
					StubServer.ARCHIVE_JSON);
		}

		int exchange(byte[] request) throws IOException {
			this.out.write(request);
			this.out.flush();
			int contentLength = -1;
			int status = -1;
			StringBuilder line = new StringBuilder(64);
			while (true) {
				line.setLength(0);
				for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
					if (c < 0) {
						throw new IOException("Connection closed");
					}
					if (c != '\r') {
						line.append((char) c);
					}
				}
				if (line.isEmpty()) {
					break;
				}
				if (status < 0) {
					status = Integer.parseInt(line.substring(9, 12));
				}
				else if (line.length() > 15 && line.substring(0, 15).equalsIgnoreCase("content-length:")) {
					contentLength = Integer.parseInt(line.substring(15).trim());
				}
			}
			if (status != 200 || contentLength < 0) {
				throw new IOException("Unexpected answer: status " + status + ", length " + contentLength);
			}
			int read = 0;
			while (read < contentLength) {
				int n = this.in.read(this.body, read, contentLength - read);
				if (n < 0) {
					throw new IOException("Connection closed");
				}
				read += n;
			}
			return read;
		}

		/**
		 * Closes the socket.
		 * @throws IOException if it cannot be closed
		 */
		@TearDown(Level.Trial)
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
