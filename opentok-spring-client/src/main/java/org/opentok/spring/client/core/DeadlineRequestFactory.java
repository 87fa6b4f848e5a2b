package org.opentok.spring.client.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

import org.opentok.spring.client.internal.CallDeadline;

/**
 * Puts the transport's HTTP client under the {@link CallDeadline} of the call in
 * progress: the body of each response is closed when it passes, reads of it fail once it
 * has passed, and a response cut off by it is not drained (every HTTP client reads what
 * is left of a body when a response is closed, which a server that drips bytes would
 * stretch without end). Also reads a malformed {@code Content-Type} of an answer as none,
 * so that it cannot hide the answer's status (Spring would throw before looking at it).
 */
final class DeadlineRequestFactory implements ClientHttpRequestFactory {

	private final ClientHttpRequestFactory delegate;

	DeadlineRequestFactory(ClientHttpRequestFactory delegate) {
		this.delegate = delegate;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		ClientHttpRequest request = this.delegate.createRequest(uri, httpMethod);
		CallDeadline deadline = CallDeadline.current();
		return (deadline != null) ? new BoundedRequest(request, deadline) : request;
	}

	private static final class BoundedRequest implements ClientHttpRequest, StreamingHttpOutputMessage {

		private final ClientHttpRequest request;

		private final CallDeadline deadline;

		BoundedRequest(ClientHttpRequest request, CallDeadline deadline) {
			this.request = request;
			this.deadline = deadline;
		}

		@Override
		public ClientHttpResponse execute() throws IOException {
			ClientHttpResponse response = this.request.execute();
			this.deadline.abortOnExpiry(() -> response.getBody().close());
			return new BoundedResponse(response, this.deadline);
		}

		@Override
		public void setBody(Body body) {
			if (this.request instanceof StreamingHttpOutputMessage streaming) {
				streaming.setBody(body);
			}
			else {
				try {
					body.writeTo(this.request.getBody());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

		@Override
		public OutputStream getBody() throws IOException {
			return this.request.getBody();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.request.getHeaders();
		}

		@Override
		public HttpMethod getMethod() {
			return this.request.getMethod();
		}

		@Override
		public URI getURI() {
			return this.request.getURI();
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.request.getAttributes();
		}

	}

	private static final class BoundedResponse implements ClientHttpResponse {

		private final ClientHttpResponse response;

		private final CallDeadline deadline;

		private @Nullable HttpHeaders headers;

		private @Nullable InputStream body;

		BoundedResponse(ClientHttpResponse response, CallDeadline deadline) {
			this.response = response;
			this.deadline = deadline;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			if (this.headers == null) {
				this.headers = withoutMalformedContentType(this.response.getHeaders());
			}
			return this.headers;
		}

		@Override
		public InputStream getBody() throws IOException {
			if (this.body == null) {
				this.body = new BoundedInputStream(this.response.getBody(), this.deadline);
			}
			return this.body;
		}

		@Override
		public void close() {
			if (this.deadline.expired()) {
				// the body is closed by the abort, not drained by the client's own close,
				// which would read what a dripping server has left for ever
				this.deadline.abortIfExpired();
				return;
			}
			this.response.close();
		}

		private static HttpHeaders withoutMalformedContentType(HttpHeaders headers) {
			String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
			if (contentType == null) {
				return headers;
			}
			try {
				MediaType.parseMediaType(contentType);
				return headers;
			}
			catch (InvalidMediaTypeException ex) {
				HttpHeaders copy = new HttpHeaders();
				copy.putAll(headers);
				copy.remove(HttpHeaders.CONTENT_TYPE);
				return copy;
			}
		}

	}

	private static final class BoundedInputStream extends FilterInputStream {

		private final CallDeadline deadline;

		BoundedInputStream(InputStream in, CallDeadline deadline) {
			super(in);
			this.deadline = deadline;
		}

		@Override
		public int read() throws IOException {
			checkDeadline();
			int read = super.read();
			checkDeadline();
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			checkDeadline();
			int read = super.read(buffer, offset, length);
			checkDeadline();
			return read;
		}

		private void checkDeadline() throws InterruptedIOException {
			if (this.deadline.expired()) {
				throw new InterruptedIOException("the call's deadline passed while its answer was being read");
			}
		}

	}

}
