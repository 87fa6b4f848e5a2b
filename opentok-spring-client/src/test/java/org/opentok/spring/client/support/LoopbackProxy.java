package org.opentok.spring.client.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * What the loopback proxies of the proxy tests share: a listener on a free loopback port,
 * a daemon thread per accepted connection (and per relay direction), and relaying bytes
 * between sockets while counting them.
 */
public abstract class LoopbackProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final ExecutorService workers;

	/**
	 * Binds the listener; connections are accepted once {@link #start()} is called.
	 * @param threadName the name of the proxy's threads
	 * @throws IOException if no port can be bound
	 */
	protected LoopbackProxy(String threadName) throws IOException {
		this.workers = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			return thread;
		});
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
	}

	/**
	 * Starts accepting connections; called by the subclass once it is fully constructed.
	 */
	protected final void start() {
		this.workers.execute(this::acceptLoop);
	}

	/**
	 * Returns the port the proxy listens on.
	 * @return the port
	 */
	public int port() {
		return this.listener.getLocalPort();
	}

	/**
	 * Serves one client connection, on a thread of its own.
	 * @param client the connection
	 */
	protected abstract void serve(Socket client);

	/**
	 * Runs a task on another of the proxy's threads.
	 * @param task the task
	 */
	protected final void execute(Runnable task) {
		this.workers.execute(task);
	}

	/**
	 * Copies bytes until the source ends or fails, then closes the given sockets.
	 * @param from the source
	 * @param to where the bytes go
	 * @param counter counts the bytes copied, or {@code null}
	 * @param closeAfter the sockets to close when done
	 */
	protected static void relay(InputStream from, OutputStream to, @Nullable AtomicInteger counter,
			Socket... closeAfter) {
		byte[] buffer = new byte[8192];
		try {
			for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
				to.write(buffer, 0, read);
				to.flush();
				if (counter != null) {
					counter.addAndGet(read);
				}
			}
		}
		catch (IOException ex) {
			// either side went away
		}
		finally {
			for (Socket socket : closeAfter) {
				closeQuietly(socket);
			}
		}
	}

	/**
	 * Copies what a socket receives, as
	 * {@link #relay(InputStream, OutputStream, AtomicInteger, Socket...)} does.
	 * @param from the socket whose input is copied
	 * @param to where the bytes go
	 * @param counter counts the bytes copied, or {@code null}
	 * @param closeAfter the sockets to close when done
	 */
	protected static void relay(Socket from, OutputStream to, @Nullable AtomicInteger counter, Socket... closeAfter) {
		try {
			relay(from.getInputStream(), to, counter, closeAfter);
		}
		catch (IOException ex) {
			for (Socket socket : closeAfter) {
				closeQuietly(socket);
			}
		}
	}

	/**
	 * Closes a socket, ignoring that it may be closed already.
	 * @param socket the socket
	 */
	protected static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	private void acceptLoop() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				this.workers.execute(() -> serve(client));
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
		this.workers.shutdownNow();
	}

}
