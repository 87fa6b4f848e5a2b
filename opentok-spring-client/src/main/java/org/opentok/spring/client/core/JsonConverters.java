package org.opentok.spring.client.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * How the transport writes and reads JSON. The wire format is OpenTok's, not the app's:
 * bodies are written and read with the client's own {@link JsonMapper}, whatever the
 * app's Jackson settings. Spring's Jackson converter streams a request body, which every
 * HTTP client then sends with {@code Transfer-Encoding: chunked}, something no official
 * SDK does and gateways in front of APIs may refuse; here each body is serialized once
 * into a buffer and sent from it with its exact {@code Content-Length}. An answer without
 * a {@code Content-Type} (which Spring reads as {@code application/octet-stream}) is read
 * as JSON, since every OpenTok answer is.
 */
final class JsonConverters {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final MediaType JSON_SUFFIX = new MediaType("application", "*+json");

	private JsonConverters() {
	}

	/**
	 * Writes a value as JSON with the client's mapper, the bytes {@link SizedJsonWriter}
	 * sends.
	 * @param body the value
	 * @return the JSON
	 */
	static byte[] toJson(Object body) {
		return MAPPER.writeValueAsBytes(body);
	}

	/**
	 * Reads JSON with the client's mapper, as {@link JsonReader} does.
	 * @param <T> the value type
	 * @param json the JSON
	 * @param type the value type
	 * @return the value, {@code null} for the JSON {@code null}
	 */
	static <T> @Nullable T fromJson(byte[] json, ResolvableType type) {
		return MAPPER.readValue(json, MAPPER.constructType(type.getType()));
	}

	/**
	 * Gives a call whose method carries a body the empty body, sent with a
	 * {@code Content-Length} of 0 (HttpURLConnection would send it chunked); a client's
	 * own {@code body(...)} replaces it.
	 * @param method the call's method
	 * @param request the request
	 */
	static void sendNoBodyUnlessGiven(HttpMethod method, RestClient.RequestBodySpec request) {
		if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
			request.body(NoBody.INSTANCE);
		}
	}

	/**
	 * Puts the converters ahead of the builder's own; Spring's defaults stay behind them
	 * (a builder with a converter configurer only has them when one asks for them).
	 * @param builder the builder of the transport's {@code RestClient}
	 */
	static void register(RestClient.Builder builder) {
		builder.configureMessageConverters((converters) -> converters.registerDefaults()
			.addCustomConverter(new SizedJsonWriter())
			.addCustomConverter(new JsonReader()));
	}

	/**
	 * Whether a body of this type is JSON to the client: a {@code String} or
	 * {@code byte[]} is the body itself, read and written as it is by Spring's
	 * converters.
	 */
	private static boolean isJsonValue(Class<?> type) {
		return type != String.class && type != byte[].class;
	}

	/**
	 * Reads JSON answers, and answers without a {@code Content-Type}, with the client's
	 * mapper; writes nothing.
	 */
	static final class JsonReader extends JacksonJsonHttpMessageConverter {

		JsonReader() {
			super(MAPPER);
			setSupportedMediaTypes(
					List.of(MediaType.APPLICATION_JSON, JSON_SUFFIX, MediaType.APPLICATION_OCTET_STREAM));
		}

		@Override
		public boolean canRead(ResolvableType type, @Nullable MediaType mediaType) {
			return isJsonValue(type.toClass()) && super.canRead(type, mediaType);
		}

		@Override
		public boolean canWrite(ResolvableType type, Class<?> valueClass, @Nullable MediaType mediaType) {
			return false;
		}

	}

	/**
	 * Writes any JSON value as a body with its exact length.
	 */
	static final class SizedJsonWriter implements HttpMessageConverter<Object> {

		private static final int INITIAL_BUFFER_SIZE = 256;

		@Override
		public boolean canRead(Class<?> clazz, @Nullable MediaType mediaType) {
			return false;
		}

		@Override
		public boolean canWrite(Class<?> clazz, @Nullable MediaType mediaType) {
			return isJsonValue(clazz) && (mediaType == null || MediaType.APPLICATION_JSON.isCompatibleWith(mediaType));
		}

		@Override
		public List<MediaType> getSupportedMediaTypes() {
			return List.of(MediaType.APPLICATION_JSON);
		}

		@Override
		public Object read(Class<?> clazz, HttpInputMessage inputMessage) {
			throw new UnsupportedOperationException("SizedJsonWriter only writes");
		}

		@Override
		public void write(Object body, @Nullable MediaType contentType, HttpOutputMessage outputMessage)
				throws IOException {
			if (body == NoBody.INSTANCE) {
				outputMessage.getHeaders().setContentLength(0);
				return;
			}
			ByteArrayOutputStream json = new ByteArrayOutputStream(INITIAL_BUFFER_SIZE);
			try {
				MAPPER.writeValue(json, body);
			}
			catch (JacksonException ex) {
				throw new HttpMessageNotWritableException("Could not write JSON: " + ex.getOriginalMessage(), ex);
			}
			HttpHeaders headers = outputMessage.getHeaders();
			if (headers.getContentType() == null) {
				headers.setContentType(MediaType.APPLICATION_JSON);
			}
			headers.setContentLength(json.size());
			if (outputMessage instanceof StreamingHttpOutputMessage streaming) {
				streaming.setBody(new StreamingHttpOutputMessage.Body() {

					@Override
					public void writeTo(OutputStream outputStream) throws IOException {
						json.writeTo(outputStream);
					}

					@Override
					public boolean repeatable() {
						return true;
					}

				});
			}
			else {
				json.writeTo(outputMessage.getBody());
				outputMessage.getBody().flush();
			}
		}

	}

	/**
	 * The body of a call that sends none.
	 */
	private enum NoBody {

		INSTANCE

	}

}
