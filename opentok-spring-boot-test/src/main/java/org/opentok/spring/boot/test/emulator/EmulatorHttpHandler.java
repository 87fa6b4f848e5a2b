package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Receives every HTTP request: injects queued faults, routes the call, checks its auth
 * and content type, runs the handler while holding the state lock, records the call and
 * writes the answer.
 *
 * @since 0.1.0
 */
final class EmulatorHttpHandler implements HttpHandler {

	private static final Log logger = LogFactory.getLog(EmulatorHttpHandler.class);

	private static final int MAX_BODY_BYTES = 1024 * 1024;

	private final EmulatorState state;

	private final Router router;

	private final AuthJwtVerifier auth;

	private final EmulatorFaults faults;

	private final Downloads downloads;

	EmulatorHttpHandler(EmulatorState state, Router router, AuthJwtVerifier auth, EmulatorFaults faults) {
		this.state = state;
		this.router = router;
		this.auth = auth;
		this.faults = faults;
		this.downloads = new Downloads(state);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			Instant receivedAt = this.state.now();
			ApiRequest request;
			try {
				request = read(exchange);
			}
			catch (ApiError ex) {
				write(exchange, ApiResponse.error(ex));
				return;
			}
			if (request.path().startsWith("/_emulator/")) {
				write(exchange, this.downloads.serve(request));
				return;
			}
			EmulatorFaults.Fault fault = this.faults.next();
			if (fault != null && fault.kind() == EmulatorFaults.Kind.DROP) {
				record(request, 0, receivedAt);
				return;
			}
			ApiResponse response = (fault != null && fault.kind() == EmulatorFaults.Kind.FAIL) ? injected(fault)
					: answer(request, fault);
			record(request, response.status(), receivedAt);
			write(exchange, response);
		}
		finally {
			exchange.close();
		}
	}

	private ApiResponse answer(ApiRequest request, EmulatorFaults.@Nullable Fault delay) {
		if (delay != null && delay.duration() != null) {
			try {
				Thread.sleep(delay.duration().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			Router.Match match = this.router.find(request.method(), request.path());
			synchronized (this.state) {
				ProjectState project = null;
				if (match.route().auth() == Router.Auth.PROJECT) {
					project = this.auth.project(request, match.variables().get("projectId"));
				}
				else {
					this.auth.account(request);
				}
				checkBody(match.route().body(), request);
				return match.route().handler().handle(new ApiCall(request, match.variables(), project));
			}
		}
		catch (ApiError ex) {
			return ApiResponse.error(ex);
		}
		catch (RuntimeException ex) {
			logger.warn("OpenTok emulator failed on " + request.method() + " " + request.path(), ex);
			return ApiResponse.error(new ApiError(500, "Emulator error: " + ex));
		}
	}

	private static void checkBody(Router.Body body, ApiRequest request) {
		String mediaType = request.mediaType();
		boolean hasBody = request.body().length > 0;
		switch (body) {
			case JSON -> {
				if (!hasBody) {
					throw ApiError.badRequest("A JSON request body is required");
				}
				requireMediaType(mediaType, "application/json");
			}
			case OPTIONAL_JSON -> {
				if (hasBody) {
					requireMediaType(mediaType, "application/json");
				}
			}
			case FORM -> requireMediaType(mediaType, "application/x-www-form-urlencoded");
			case NONE -> {
				// a body is ignored, as the service does (one SDK sends an empty JSON
				// one)
			}
		}
	}

	private static void requireMediaType(String actual, String expected) {
		if (!expected.equals(actual)) {
			throw new ApiError(415, "Content-Type must be " + expected + ", got '" + actual + "'");
		}
	}

	private static ApiResponse injected(EmulatorFaults.Fault fault) {
		ApiResponse response = ApiResponse
			.error(new ApiError(fault.status(), "Fault injected by the OpenTok emulator: " + fault.status()));
		Duration retryAfter = fault.duration();
		return (retryAfter != null) ? response.withHeader("Retry-After", String.valueOf(retryAfter.toSeconds()))
				: response;
	}

	private static ApiRequest read(HttpExchange exchange) throws IOException {
		URI uri = exchange.getRequestURI();
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		if (body.length > MAX_BODY_BYTES) {
			throw new ApiError(413, "The request body exceeds " + MAX_BODY_BYTES + " bytes");
		}
		String path = (uri.getPath() != null) ? uri.getPath() : "/";
		return new ApiRequest(exchange.getRequestMethod(), path, Map.copyOf(ApiRequest.parseForm(uri.getRawQuery())),
				exchange.getRequestHeaders(), body);
	}

	private void record(ApiRequest request, int status, Instant receivedAt) {
		synchronized (this.state) {
			this.state.record(new RecordedRequest(request.method(), request.path(), request.query(),
					request.header("Content-Type"), request.bodyText(), status, receivedAt));
		}
	}

	private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
		if (response.contentType() != null) {
			exchange.getResponseHeaders().set("Content-Type", response.contentType());
		}
		response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		byte[] body = response.body();
		exchange.sendResponseHeaders(response.status(), (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

}
