package org.opentok.spring.client.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

import org.opentok.spring.client.core.observation.OpenTokClientObservationContext;

/**
 * Sees the status of every answer: records it on the call's observation context and, the
 * one place where a non-2xx answer becomes an exception, reads OpenTok's error body
 * ({@code {"code":..., "message":...}}) and throws the {@link OpenTokApiException}
 * subclass that names the status.
 *
 * @since 0.1.0
 */
final class OpenTokStatusHandler implements RestClient.ResponseSpec.ErrorHandler {

	static final int MAX_BODY_BYTES = 8192;

	private static final int MAX_EXCERPT_CHARS = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Clock clock;

	private final @Nullable ProxySettings proxy;

	OpenTokStatusHandler(Clock clock, @Nullable ProxySettings proxy) {
		this.clock = clock;
		this.proxy = proxy;
	}

	@Override
	public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
		OpenTokClientObservationContext context = OpenTokTransport.contextOf(request);
		int status = response.getStatusCode().value();
		context.setStatusCode(status);
		if (response.getStatusCode().is2xxSuccessful()) {
			return;
		}
		throw exceptionFor(context.getOperation(), status, response.getHeaders(), readBody(response));
	}

	/**
	 * Maps a non-2xx answer to its exception; the blocking and the reactive transport
	 * share it.
	 * @param operation the call's operation
	 * @param status the answer's status
	 * @param headers the answer's headers
	 * @param body the first {@link #MAX_BODY_BYTES} bytes of the answer's body (or fewer)
	 * @return the exception
	 */
	OpenTokException exceptionFor(OpenTokOperation operation, int status, HttpHeaders headers, byte[] body) {
		if (status >= 300 && status < 400) {
			String location = headers.getFirst(HttpHeaders.LOCATION);
			return new OpenTokRedirectException(operation, status, (location != null) ? excerpt(location) : null);
		}
		if (status == HttpStatus.PROXY_AUTHENTICATION_REQUIRED.value() && this.proxy != null) {
			// the proxy answered, not OpenTok: its body is the proxy's page, not an error
			return new OpenTokProxyAuthenticationException(operation, this.proxy, "it answered 407", null);
		}
		ErrorBody error = readErrorBody(body);
		String message = (error.message() != null) ? error.message() : reasonPhrase(status);
		Duration retryAfter = retryAfter(headers.getFirst("Retry-After"));
		return switch (status) {
			case 400 -> new OpenTokBadRequestException(operation, status, error.code(), message);
			case 401, 403 -> new OpenTokAuthenticationException(operation, status, error.code(), message);
			case 404 -> new OpenTokNotFoundException(operation, status, error.code(), message);
			case 409 -> new OpenTokConflictException(operation, status, error.code(), message);
			case 413 -> new OpenTokPayloadTooLargeException(operation, status, error.code(), message);
			case 429 -> new OpenTokRateLimitedException(operation, error.code(), message, retryAfter);
			default ->
				(status >= 500) ? new OpenTokServerException(operation, status, error.code(), message, retryAfter)
						: new OpenTokApiException(operation, status, error.code(), message);
		};
	}

	private static byte[] readBody(ClientHttpResponse response) {
		try (InputStream in = response.getBody()) {
			return in.readNBytes(MAX_BODY_BYTES);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	private static ErrorBody readErrorBody(byte[] bytes) {
		String body = new String(bytes, StandardCharsets.UTF_8).strip();
		if (body.isEmpty()) {
			return new ErrorBody(null, null);
		}
		try {
			JsonNode json = JSON.readTree(body);
			if (json.isObject()) {
				JsonNode code = json.get("code");
				JsonNode message = json.get("message");
				return new ErrorBody((code != null && code.canConvertToInt()) ? code.asInt() : null,
						(message != null && message.isString()) ? message.asString() : excerpt(body));
			}
		}
		catch (JacksonException ex) {
			// not JSON: fall through to the excerpt
		}
		return new ErrorBody(null, excerpt(body));
	}

	private static String excerpt(String body) {
		return (body.length() <= MAX_EXCERPT_CHARS) ? body : body.substring(0, MAX_EXCERPT_CHARS) + "...";
	}

	private static @Nullable String reasonPhrase(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : null;
	}

	@Nullable Duration retryAfter(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException ex) {
			// not delay-seconds: try an HTTP-date
		}
		try {
			ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration wait = Duration.between(this.clock.instant(), until.toInstant());
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private record ErrorBody(@Nullable Integer code, @Nullable String message) {
	}

}
