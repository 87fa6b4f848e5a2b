package org.opentok.spring.client.internal;

import java.io.IOException;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;

/**
 * An Apache HttpClient 5 whose exchanges the transport's call deadline can abort: a
 * blocking socket read does not end when its thread is interrupted, but cancelling the
 * request closes its connection. Also gives HttpClient's minimal client the target host
 * it requires and that Spring leaves to the client to take from the request URI. The
 * starter wraps the client Spring Boot builds in it; only loaded when HttpClient 5 is on
 * the class path.
 *
 * @since 0.1.0
 */
public final class AbortableHttpClient extends CloseableHttpClient {

	private final CloseableHttpClient client;

	/**
	 * Wraps a client.
	 * @param client the client that makes the exchanges
	 */
	public AbortableHttpClient(CloseableHttpClient client) {
		this.client = client;
	}

	@Override
	protected CloseableHttpResponse doExecute(@Nullable HttpHost target, ClassicHttpRequest request,
			@Nullable HttpContext context) throws IOException {
		CallDeadline deadline = CallDeadline.current();
		if (deadline != null && request instanceof Cancellable cancellable) {
			deadline.abortOnExpiry(cancellable::cancel);
		}
		try {
			return this.client.execute((target != null) ? target : RoutingSupport.determineHost(request), request,
					context);
		}
		catch (HttpException ex) {
			throw new ClientProtocolException(ex.getMessage(), ex);
		}
	}

	@Override
	public void close(CloseMode closeMode) {
		this.client.close(closeMode);
	}

	@Override
	public void close() throws IOException {
		this.client.close();
	}

}
