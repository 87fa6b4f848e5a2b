package org.opentok.spring.client.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.util.MultiValueMap;

/**
 * Turns the body of an {@link OpenTokRequest} into the bytes and content type that the
 * reactive transport sends: JSON with the client's own mapper (what
 * {@link JsonConverters} writes for the blocking transport), forms with the converter the
 * blocking {@code RestClient} writes them with. Both transports thus send the same bytes
 * under the same headers.
 */
final class RequestBodies {

	private static final FormHttpMessageConverter FORMS = new FormHttpMessageConverter();

	private RequestBodies() {
	}

	/**
	 * Encodes a request's body.
	 * @param request the request
	 * @return the encoded body, or {@code null} when the request has none
	 */
	static @Nullable Encoded encode(OpenTokRequest<?> request) {
		Object body = request.body();
		MediaType contentType = request.contentType();
		if (body == null || contentType == null) {
			return null;
		}
		if (body instanceof MultiValueMap<?, ?> form) {
			return form(form, contentType);
		}
		return new Encoded(JsonConverters.toJson(body), contentType);
	}

	@SuppressWarnings("unchecked")
	private static Encoded form(MultiValueMap<?, ?> form, MediaType contentType) {
		CapturedMessage message = new CapturedMessage();
		try {
			FORMS.write((MultiValueMap<String, ?>) form, contentType, message);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		MediaType written = message.getHeaders().getContentType();
		return new Encoded(message.body.toByteArray(), (written != null) ? written : contentType);
	}

	/**
	 * An encoded body.
	 *
	 * @param bytes the bytes to send
	 * @param contentType their content type
	 */
	record Encoded(byte[] bytes, MediaType contentType) {

	}

	private static final class CapturedMessage implements HttpOutputMessage {

		private final HttpHeaders headers = new HttpHeaders();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		@Override
		public OutputStream getBody() {
			return this.body;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
