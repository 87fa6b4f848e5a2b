package org.opentok.spring.client.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of a test server that counts the client connections it
 * sees: the server's view of how many connections a client keeps open.
 */
public final class ConnectionCountingProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	private final ExecutorService pumps = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "connection-counting-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger peak = new AtomicInteger();

	private final AtomicInteger accepted = new AtomicInteger();

	/**
	 * Starts a proxy to a server on this machine.
	 * @param targetPort the server's port
	 * @throws IOException if the listening socket cannot be opened
	 */
	public ConnectionCountingProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listener = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
		this.pumps.execute(this::acceptLoop);
	}

	/**
	 * Returns the port clients connect to.
	 * @return the port
	 */
	public int port() {
		return this.listener.getLocalPort();
	}

	/**
	 * Returns how many client connections are open now.
	 * @return the count
	 */
	public int openConnections() {
		return this.open.get();
	}

	/**
	 * Returns the most client connections that were open at once.
	 * @return the count
	 */
	public int peakConnections() {
		return this.peak.get();
	}

	/**
	 * Returns how many client connections were accepted in all.
	 * @return the count
	 */
	public int acceptedConnections() {
		return this.accepted.get();
	}

	/**
	 * Waits until no client connection is open, or the timeout passes.
	 * @param timeout the longest wait
	 * @return the number of connections still open
	 * @throws InterruptedException if interrupted while waiting
	 */
	public int awaitNoOpenConnections(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.open.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		return this.open.get();
	}

	private void acceptLoop() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				this.accepted.incrementAndGet();
				this.peak.accumulateAndGet(this.open.incrementAndGet(), Math::max);
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				Connection connection = new Connection(client, server);
				this.pumps.execute(() -> connection.pump(client, server));
				this.pumps.execute(() -> connection.pump(server, client));
			}
			catch (IOException ex) {
				// the listener was closed, or the server
				// refused: the client sees its socket close
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
		this.pumps.shutdownNow();
	}

	private final class Connection {

		private final Socket client;

		private final Socket server;

		private final AtomicInteger pumpsRunning = new AtomicInteger(2);

		Connection(Socket client, Socket server) {
			this.client = client;
			this.server = server;
		}

		void pump(Socket from, Socket to) {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// either side went away: close both below
			}
			finally {
				closeQuietly(this.client);
				closeQuietly(this.server);
				if (this.pumpsRunning.decrementAndGet() == 0) {
					ConnectionCountingProxy.this.open.decrementAndGet();
				}
			}
		}

		private void closeQuietly(Socket socket) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

	}

}
