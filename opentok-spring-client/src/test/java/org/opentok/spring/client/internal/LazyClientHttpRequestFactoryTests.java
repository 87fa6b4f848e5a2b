package org.opentok.spring.client.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LazyClientHttpRequestFactory}: the real factory is built once, on the
 * first request, even when many threads ask at once, and closed only if it was built.
 */
class LazyClientHttpRequestFactoryTests {

	private static final URI URL = URI.create("http://localhost/ping");

	@Test
	void buildsTheFactoryOnTheFirstRequestOnly() throws Exception {
		AtomicInteger builds = new AtomicInteger();
		LazyClientHttpRequestFactory lazy = countingBuilds(builds);
		assertThat(builds).hasValue(0);
		ClientHttpRequest request = lazy.createRequest(URL, HttpMethod.POST);
		assertThat(request.getURI()).isEqualTo(URL);
		assertThat(request.getMethod()).isEqualTo(HttpMethod.POST);
		lazy.createRequest(URL, HttpMethod.GET);
		assertThat(builds).hasValue(1);
	}

	@Test
	void threadsAskingAtOnceShareOneFactory() throws Exception {
		AtomicInteger builds = new AtomicInteger();
		LazyClientHttpRequestFactory lazy = countingBuilds(builds);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			List<Future<ClientHttpRequest>> requests = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				requests.add(threads.submit(() -> {
					start.await();
					return lazy.createRequest(URL, HttpMethod.GET);
				}));
			}
			start.countDown();
			for (Future<ClientHttpRequest> request : requests) {
				assertThat(request.get().getURI()).isEqualTo(URL);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(builds).hasValue(1);
	}

	@Test
	void destroyClosesTheBuiltFactory() throws Exception {
		ClosingFactory built = new ClosingFactory();
		LazyClientHttpRequestFactory lazy = new LazyClientHttpRequestFactory(() -> built);
		lazy.createRequest(URL, HttpMethod.GET);
		lazy.destroy();
		assertThat(built.destroyed).isTrue();
	}

	@Test
	void destroyBeforeAnyRequestBuildsNothing() throws Exception {
		AtomicInteger builds = new AtomicInteger();
		LazyClientHttpRequestFactory lazy = new LazyClientHttpRequestFactory(() -> {
			builds.incrementAndGet();
			return new ClosingFactory();
		});
		lazy.destroy();
		assertThat(builds).hasValue(0);
	}

	@Test
	void refusesANullBuilder() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LazyClientHttpRequestFactory(null))
			.withMessageContaining("'builder'");
	}

	private static LazyClientHttpRequestFactory countingBuilds(AtomicInteger builds) {
		return new LazyClientHttpRequestFactory(() -> {
			builds.incrementAndGet();
			return new SimpleClientHttpRequestFactory();
		});
	}

	private static final class ClosingFactory implements ClientHttpRequestFactory, DisposableBean {

		private final SimpleClientHttpRequestFactory delegate = new SimpleClientHttpRequestFactory();

		private volatile boolean destroyed;

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
			return this.delegate.createRequest(uri, httpMethod);
		}

		@Override
		public void destroy() {
			this.destroyed = true;
		}

	}

}
