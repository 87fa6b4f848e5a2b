package org.opentok.spring.client.internal;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * A request factory that builds the real one on the first request, and closes it (with
 * its pooled connections) on {@link #destroy()} if it was built. Building an HTTP client
 * sets up TLS, trust store included: the slowest part of a cold start, which need not
 * hold up an application that makes no OpenTok call while it starts.
 *
 * @since 0.1.0
 */
public final class LazyClientHttpRequestFactory implements ClientHttpRequestFactory, DisposableBean {

	private final Supplier<? extends ClientHttpRequestFactory> builder;

	private volatile @Nullable ClientHttpRequestFactory factory;

	/**
	 * Creates the factory.
	 * @param builder builds the real factory; called once, on the first request
	 */
	public LazyClientHttpRequestFactory(Supplier<? extends ClientHttpRequestFactory> builder) {
		this.builder = Arguments.requireNonNull(builder, "builder");
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		ClientHttpRequestFactory built = this.factory;
		if (built == null) {
			synchronized (this) {
				built = this.factory;
				if (built == null) {
					built = this.builder.get();
					this.factory = built;
				}
			}
		}
		return built.createRequest(uri, httpMethod);
	}

	/**
	 * Closes the real factory if it was built and can be closed.
	 * @throws Exception if closing it fails
	 */
	@Override
	public void destroy() throws Exception {
		ClientHttpRequestFactory built = this.factory;
		if (built instanceof DisposableBean disposable) {
			disposable.destroy();
		}
		else if (built instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
