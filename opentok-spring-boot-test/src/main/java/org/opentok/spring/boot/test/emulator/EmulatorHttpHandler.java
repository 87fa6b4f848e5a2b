package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Receives every HTTP request: injects queued faults, routes the call, checks its auth
 * before it reads the body (at most {@code maxBodySize} bytes), then the content type,
 * runs the handler while holding the state lock, records the call and writes the answer.
 * A request that fails auth is answered without its body being read or kept (the JDK
 * server discards up to 64 KB of it as it closes the connection).
 *
 * @since 0.1.0
 */
final class EmulatorHttpHandler implements HttpHandler {

	private static final Log logger = LogFactory.getLog(EmulatorHttpHandler.class);

	private final EmulatorState state;

	private final Router router;

	private final AuthJwtVerifier auth;

	private final EmulatorFaults faults;

	private final Downloads downloads;

	private final StatusPage page;

	private final ControlApi control;

	private final int maxBodySize;

	EmulatorHttpHandler(EmulatorState state, Router router, AuthJwtVerifier auth, EmulatorFaults faults,
			ControlApi control, int maxBodySize) {
		this.state = state;
		this.router = router;
		this.auth = auth;
		this.faults = faults;
		this.downloads = new Downloads(state);
		this.page = new StatusPage(state);
		this.control = control;
		this.maxBodySize = maxBodySize;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			ExchangeExecutor.working();
			Instant receivedAt = this.state.now();
			ApiRequest request;
			try {
				request = head(exchange);
			}
			catch (ApiError ex) {
				respond(exchange, ApiResponse.error(ex), false);
				return;
			}
			if (request.path().startsWith(ControlApi.PATH)) {
				control(exchange, request);
				return;
			}
			if (request.path().startsWith("/_emulator/")) {
				respond(exchange, this.downloads.serve(request), false);
				return;
			}
			if ("/".equals(request.path())) {
				respond(exchange, this.page.serve(request), false);
				return;
			}
			EmulatorFaults.Fault fault = this.faults.next();
			if (fault != null && fault.kind() == EmulatorFaults.Kind.DROP) {
				record(request, 0, receivedAt);
				return;
			}
			if (fault != null && fault.kind() == EmulatorFaults.Kind.FAIL) {
				ApiResponse injected = injected(fault);
				record(request, injected.status(), receivedAt);
				respond(exchange, injected, false);
				return;
			}
			delay(fault);
			Answer answer = answer(exchange, request);
			record(answer.request(), answer.response().status(), receivedAt);
			respond(exchange, answer.response(), answer.bodyRead());
		}
		finally {
			exchange.close();
		}
	}

	// checked before the body is read, like API calls; never faulted nor recorded
	private void control(HttpExchange exchange, ApiRequest head) throws IOException {
		boolean bodyRead = false;
		ApiResponse response;
		try {
			Router.Match match = this.control.authenticate(head);
			ApiRequest request = head.withBody(readBody(exchange));
			bodyRead = true;
			response = this.control.handle(match, request);
		}
		catch (ApiError ex) {
			response = ApiResponse.error(ex);
		}
		catch (RuntimeException ex) {
			logger.warn("OpenTok emulator failed on " + head.method() + " " + head.path(), ex);
			response = ApiResponse.error(new ApiError(500, "Emulator error: " + ex));
		}
		respond(exchange, response, bodyRead);
	}

	private static void delay(EmulatorFaults.@Nullable Fault fault) {
		if (fault != null && fault.duration() != null) {
			try {
				Thread.sleep(fault.duration().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Answer answer(HttpExchange exchange, ApiRequest head) throws IOException {
		ApiRequest request = head;
		boolean bodyRead = false;
		try {
			Router.Match match = this.router.find(head.method(), head.path());
			synchronized (this.state) {
				authenticate(match, head);
			}
			request = head.withBody(readBody(exchange));
			bodyRead = true;
			synchronized (this.state) {
				// checked again with the handler: the project may have changed meanwhile
				ProjectState project = authenticate(match, request);
				checkBody(match.route().body(), request);
				ApiResponse response = match.route().handler().handle(new ApiCall(request, match.variables(), project));
				if (!"GET".equals(request.method())) {
					this.state.activityChanged();
				}
				return new Answer(request, response, true);
			}
		}
		catch (ApiError ex) {
			return new Answer(request, ApiResponse.error(ex), bodyRead);
		}
		catch (RuntimeException ex) {
			logger.warn("OpenTok emulator failed on " + request.method() + " " + request.path(), ex);
			return new Answer(request, ApiResponse.error(new ApiError(500, "Emulator error: " + ex)), bodyRead);
		}
	}

	private @Nullable ProjectState authenticate(Router.Match match, ApiRequest request) {
		if (match.route().auth() == Router.Auth.PROJECT) {
			return this.auth.project(request, match.variables().get("projectId"));
		}
		this.auth.account(request);
		return null;
	}

	private byte[] readBody(HttpExchange exchange) throws IOException {
		long declared = contentLength(exchange);
		if (declared > this.maxBodySize) {
			throw tooLarge("Content-Length " + declared + " is over");
		}
		ExchangeExecutor.waitingForClient();
		byte[] body = exchange.getRequestBody().readNBytes(this.maxBodySize + 1);
		ExchangeExecutor.working();
		if (body.length > this.maxBodySize) {
			throw tooLarge("the body is over");
		}
		return body;
	}

	private ApiError tooLarge(String what) {
		return new ApiError(413, "Request body too large: " + what + " the limit of " + this.maxBodySize + " bytes");
	}

	private static long contentLength(HttpExchange exchange) {
		String value = exchange.getRequestHeaders().getFirst("Content-Length");
		if (value == null) {
			return -1;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			// the JDK server refuses such a request before it gets here
			return -1;
		}
	}

	private static boolean declaresBody(HttpExchange exchange) {
		return contentLength(exchange) > 0 || exchange.getRequestHeaders().containsKey("Transfer-Encoding");
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
				// a body is ignored, as the service does
				// (one SDK sends an empty JSON one)
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

	private static ApiRequest head(HttpExchange exchange) {
		URI uri = exchange.getRequestURI();
		String path = (uri.getPath() != null) ? uri.getPath() : "/";
		return ApiRequest.head(exchange.getRequestMethod(), path, Map.copyOf(ApiRequest.parseForm(uri.getRawQuery())),
				exchange.getRequestHeaders());
	}

	private void record(ApiRequest request, int status, Instant receivedAt) {
		synchronized (this.state) {
			this.state.record(new RecordedRequest(request.method(), request.path(), request.query(),
					request.header("Content-Type"), request.bodyText(), status, receivedAt));
		}
	}

	private static void respond(HttpExchange exchange, ApiResponse response, boolean bodyRead) throws IOException {
		Headers headers = exchange.getResponseHeaders();
		if (response.contentType() != null) {
			headers.set("Content-Type", response.contentType());
		}
		response.headers().forEach(headers::set);
		if (!bodyRead && declaresBody(exchange)) {
			// the rest of the body is unread: no request can follow on this connection
			headers.set("Connection", "close");
		}
		ExchangeExecutor.waitingForClient();
		byte[] body = response.body();
		exchange.sendResponseHeaders(response.status(), (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	/**
	 * What a routed request was answered.
	 *
	 * @param request the request, with its body if it was read
	 * @param response the answer
	 * @param bodyRead whether the whole body was read
	 */
	private record Answer(ApiRequest request, ApiResponse response, boolean bodyRead) {

	}

}
