package org.opentok.spring.boot.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.ConnectionCreatedEvent;
import org.opentok.spring.client.webhook.OpenTokEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table of requests and the answers they must get, run against the servlet endpoint
 * on Tomcat and the reactive endpoint on Reactor Netty, each a real server on a random
 * port driven over HTTP: the two stacks must answer alike, publish alike and count alike.
 */
class WebhookEndpointStacksTests {

	private static final String PATH = "/opentok/events";

	private static final String SIGNATURE_SECRET = "Jd8mV3qP7xT2zL9kR4wN6bY1cF5hG0sA";

	private static final String TOKEN = "sh4red-t0ken";

	private static final String STREAM_WITHOUT_STREAM = "{\"event\":\"streamCreated\",\"sessionId\":\"abc\"}";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Map<Stack, Map<Setup, ConfigurableApplicationContext>> servers = new EnumMap<>(Stack.class);

	@AfterAll
	static void stopServers() {
		servers.values().forEach((contexts) -> contexts.values().forEach(ConfigurableApplicationContext::close));
	}

	static Stream<Arguments> everyCaseOnEveryStack() {
		List<Arguments> arguments = new ArrayList<>();
		for (Stack stack : Stack.values()) {
			for (Case testCase : cases()) {
				arguments.add(Arguments.of(stack, testCase));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("everyCaseOnEveryStack")
	void answersPublishesAndCountsAlikeOnBothStacks(Stack stack, Case testCase) throws Exception {
		Server server = server(stack, testCase.setup());
		server.recorder().events().clear();
		double before = server.count(testCase.kind(), testCase.outcome());
		HttpResponse<String> response = http.send(testCase.request().apply(server.uri(testCase.path())).build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(testCase.status());
		testCase.headers()
			.forEach((name, value) -> assertThat(response.headers().allValues(name)).as(name).containsExactly(value));
		if (testCase.detail() != null) {
			assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValueSatisfying(
					(type) -> assertThat(MediaType.parseMediaType(type)).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON));
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.path("status").asInt()).isEqualTo(testCase.status());
			assertThat(problem.path("detail").asString()).startsWith(testCase.detail());
			assertThat(problem.path("instance").asString()).isEqualTo(testCase.setup().path());
		}
		else if (testCase.status() == 200) {
			assertThat(response.body()).isEmpty();
		}
		assertThat(server.recorder().events()).hasSize(testCase.published());
		if (testCase.published() > 0) {
			assertThat(server.recorder().events().get(0)).isInstanceOf(testCase.eventType());
		}
		if (testCase.outcome() != null) {
			assertThat(server.count(testCase.kind(), testCase.outcome())).isEqualTo(before + 1);
		}
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void answersAReplayWith200AndPublishesItOnce(Stack stack) throws Exception {
		Server server = server(stack, Setup.SIGNED);
		server.recorder().events().clear();
		double before = server.count("archiveStatus", "replayed");
		String token = sign(SIGNATURE_SECRET,
				claims().claim("payload_hash", Sha256.hex(bytes(WebhookPayloads.ARCHIVE))).jwtID("replayed-" + stack));
		HttpRequest request = json(WebhookPayloads.ARCHIVE).apply(server.uri(PATH))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build();
		assertThat(http.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(http.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(server.recorder().events()).singleElement().isInstanceOf(ArchiveStatusEvent.class);
		assertThat(server.count("archiveStatus", "replayed")).isEqualTo(before + 1);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void runsListenersOffTheEventLoop(Stack stack) throws Exception {
		Server server = server(stack, Setup.SHARED_TOKEN);
		ThreadRecorder threads = server.context().getBean(ThreadRecorder.class);
		threads.nonBlocking.clear();
		HttpResponse<String> response = http
			.send(json(WebhookPayloads.CONNECTION_CREATED).apply(server.uri("/hooks/video"))
				.header(SharedTokenGuard.HEADER, TOKEN)
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(threads.nonBlocking).containsExactly(false);
	}

	private static List<Case> cases() {
		List<Case> cases = new ArrayList<>();
		// signed callbacks, a 1KB limit
		cases.add(
				new Case("signed callback with payload_hash", Setup.SIGNED, PATH, signed(WebhookPayloads.ARCHIVE, true),
						200, Map.of(), null, 1, ArchiveStatusEvent.class, "archiveStatus", "published"));
		cases.add(new Case("signed callback without payload_hash", Setup.SIGNED, PATH,
				signed(WebhookPayloads.CONNECTION_CREATED, false), 200, Map.of(), null, 1, ConnectionCreatedEvent.class,
				"connectionCreated", "published"));
		cases.add(new Case("forged signature", Setup.SIGNED, PATH,
				(uri) -> json(WebhookPayloads.ARCHIVE).apply(uri)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + sign("F" + SIGNATURE_SECRET.substring(1), claims())),
				401, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
				"The JWT signature does not match the signature secret", 0, null, "none", "rejected"));
		cases.add(new Case("no Authorization header", Setup.SIGNED, PATH, json(WebhookPayloads.ARCHIVE), 401,
				Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"), "The Authorization header is missing", 0, null, "none",
				"rejected"));
		cases.add(new Case("body that does not match payload_hash", Setup.SIGNED, PATH,
				(uri) -> json(WebhookPayloads.ARCHIVE.replace("available", "failed")).apply(uri)
					.header(HttpHeaders.AUTHORIZATION,
							"Bearer " + sign(SIGNATURE_SECRET,
									claims().claim("payload_hash", Sha256.hex(bytes(WebhookPayloads.ARCHIVE))))),
				401, Map.of(), "The body does not match the JWT's payload_hash claim", 0, null, "none", "rejected"));
		cases.add(new Case("text/plain body", Setup.SIGNED, PATH,
				withToken("text/plain", BodyPublishers.ofString(WebhookPayloads.ARCHIVE)), 415, Map.of(),
				"The body must be JSON (application/json)", 0, null, "none", "invalid"));
		cases.add(new Case("body without content type", Setup.SIGNED, PATH,
				withToken(null, BodyPublishers.ofString(WebhookPayloads.ARCHIVE)), 415, Map.of(),
				"The body must be JSON (application/json)", 0, null, "none", "invalid"));
		cases.add(new Case("malformed JSON", Setup.SIGNED, PATH,
				withToken("application/json", BodyPublishers.ofString("{\"sessionId\":\"abc\"")), 400, Map.of(),
				"Body is not valid JSON: Unexpected end-of-input", 0, null, "none", "invalid"));
		cases.add(new Case("known event without its required parts", Setup.SIGNED, PATH,
				withToken("application/json", BodyPublishers.ofString(STREAM_WITHOUT_STREAM)), 400, Map.of(),
				"'stream' object is missing from the streamCreated event", 0, null, "none", "invalid"));
		cases.add(new Case("announced body over the limit", Setup.SIGNED, PATH,
				withToken("application/json", BodyPublishers.ofString("[" + " ".repeat(1024) + "]")), 400, Map.of(),
				"The body is larger than 1024 bytes", 0, null, "none", "invalid"));
		cases.add(new Case("streamed body over the limit", Setup.SIGNED, PATH,
				withToken("application/json", BodyPublishers.ofInputStream(() -> new GeneratedBody(64 * 1024))), 400,
				Map.of(), "The body is larger than 1024 bytes", 0, null, "none", "invalid"));
		for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS")) {
			cases.add(new Case(method, Setup.SIGNED, PATH,
					(uri) -> HttpRequest.newBuilder(uri)
						.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
						.method(method, BodyPublishers.ofString(WebhookPayloads.ARCHIVE)),
					405, Map.of(HttpHeaders.ALLOW, "POST"), "The OpenTok webhook endpoint accepts POST only", 0, null,
					null, null));
		}
		cases.add(new Case("HEAD", Setup.SIGNED, PATH,
				(uri) -> HttpRequest.newBuilder(uri).method("HEAD", BodyPublishers.noBody()), 405,
				Map.of(HttpHeaders.ALLOW, "POST"), null, 0, null, null, null));
		// shared tokens, at a configured path
		cases.add(new Case("shared token in the header", Setup.SHARED_TOKEN, "/hooks/video",
				(uri) -> json(WebhookPayloads.ARCHIVE).apply(uri).header(SharedTokenGuard.HEADER, TOKEN), 200, Map.of(),
				null, 1, ArchiveStatusEvent.class, "archiveStatus", "published"));
		cases.add(new Case("shared token in the query", Setup.SHARED_TOKEN, "/hooks/video?token=" + TOKEN,
				json(WebhookPayloads.ARCHIVE), 200, Map.of(), null, 1, ArchiveStatusEvent.class, "archiveStatus",
				"published"));
		cases.add(new Case("wrong shared token in the query", Setup.SHARED_TOKEN, "/hooks/video?token=wr0ng",
				json(WebhookPayloads.ARCHIVE), 401, Map.of(), "The webhook token does not match", 0, null, "none",
				"rejected"));
		cases.add(new Case("the default path when another is set", Setup.SHARED_TOKEN, PATH,
				(uri) -> json(WebhookPayloads.ARCHIVE).apply(uri).header(SharedTokenGuard.HEADER, TOKEN), 404, Map.of(),
				null, 0, null, null, null));
		// no secret, a listener that throws, fail-on-listener-error
		cases.add(new Case("listener that throws", Setup.FAILING_LISTENER, PATH, json(WebhookPayloads.ARCHIVE), 500,
				Map.of(), "A listener of the event failed", 0, null, "archiveStatus", "failed"));
		cases.add(new Case("other listeners unaffected", Setup.FAILING_LISTENER, PATH,
				json(WebhookPayloads.CONNECTION_CREATED), 200, Map.of(), null, 1, ConnectionCreatedEvent.class,
				"connectionCreated", "published"));
		return cases;
	}

	private static Function<URI, HttpRequest.Builder> json(String body) {
		return (uri) -> HttpRequest.newBuilder(uri)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.POST(BodyPublishers.ofString(body));
	}

	private static Function<URI, HttpRequest.Builder> signed(String body, boolean withPayloadHash) {
		return (uri) -> {
			JWTClaimsSet.Builder claims = claims();
			if (withPayloadHash) {
				claims.claim("payload_hash", Sha256.hex(bytes(body)));
			}
			return json(body).apply(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + sign(SIGNATURE_SECRET, claims));
		};
	}

	// a valid token without payload_hash, for bodies refused before any event
	private static Function<URI, HttpRequest.Builder> withToken(@Nullable String contentType, BodyPublisher body) {
		return (uri) -> {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + sign(SIGNATURE_SECRET, claims()))
				.POST(body);
			return (contentType != null) ? request.header(HttpHeaders.CONTENT_TYPE, contentType) : request;
		};
	}

	private static JWTClaimsSet.Builder claims() {
		Instant issuedAt = Instant.now().minusSeconds(2);
		return new JWTClaimsSet.Builder().issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString())
			.claim("api_key", "123456");
	}

	private static String sign(String secret, JWTClaimsSet.Builder claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
					claims.build());
			jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	private static synchronized Server server(Stack stack, Setup setup) {
		ConfigurableApplicationContext context = servers.computeIfAbsent(stack, (key) -> new EnumMap<>(Setup.class))
			.computeIfAbsent(setup,
					(key) -> new SpringApplicationBuilder(stack.configuration, setup.configuration).web(stack.type)
						.properties(setup.properties)
						.properties("server.port=0", "opentok.webhook.enabled=true", "spring.main.banner-mode=off")
						.run());
		return new Server(context);
	}

	enum Stack {

		SERVLET(WebApplicationType.SERVLET, ServletStack.class),

		REACTIVE(WebApplicationType.REACTIVE, ReactiveStack.class);

		private final WebApplicationType type;

		private final Class<?> configuration;

		Stack(WebApplicationType type, Class<?> configuration) {
			this.type = type;
			this.configuration = configuration;
		}

	}

	enum Setup {

		SIGNED(Listeners.class, "opentok.webhook.signature-secret=" + SIGNATURE_SECRET,
				"opentok.webhook.max-body-size=1KB"),

		SHARED_TOKEN(Listeners.class, "opentok.webhook.secret=" + TOKEN, "opentok.webhook.path=/hooks/video"),

		FAILING_LISTENER(FailingListeners.class, "opentok.webhook.fail-on-listener-error=true");

		private final Class<?> configuration;

		private final String[] properties;

		Setup(Class<?> configuration, String... properties) {
			this.configuration = configuration;
			this.properties = properties;
		}

		String path() {
			return (this == SHARED_TOKEN) ? "/hooks/video" : PATH;
		}

	}

	/**
	 * A row of the table.
	 *
	 * @param name what the request is
	 * @param setup the endpoint's settings
	 * @param path the path and query requested
	 * @param request the request to the URI of that path
	 * @param status the status expected
	 * @param headers headers expected
	 * @param detail the start of the problem's detail expected, or {@code null} when no
	 * problem is expected
	 * @param published how many events reach the listeners
	 * @param eventType the type of the event published
	 * @param kind the {@code kind} tag of the counter that goes up by one
	 * @param outcome the {@code outcome} tag of that counter, or {@code null} for none
	 */
	record Case(String name, Setup setup, String path, Function<URI, HttpRequest.Builder> request, int status,
			Map<String, String> headers, @Nullable String detail, int published,
			@Nullable Class<? extends OpenTokEvent> eventType, @Nullable String kind, @Nullable String outcome) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private record Server(ConfigurableApplicationContext context) {

		URI uri(String path) {
			int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
			return URI.create("http://127.0.0.1:" + port + path);
		}

		EventRecorder recorder() {
			return this.context.getBean(EventRecorder.class);
		}

		double count(@Nullable String kind, @Nullable String outcome) {
			if (outcome == null) {
				return 0;
			}
			return this.context.getBean(MeterRegistry.class)
				.get("opentok.webhook.events")
				.tags("kind", kind, "outcome", outcome)
				.counter()
				.count();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
			TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, OpenTokWebhookAutoConfiguration.class,
			OpenTokReactiveWebhookAutoConfiguration.class })
	static class ServletStack {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
			NettyReactiveWebServerAutoConfiguration.class, HttpHandlerAutoConfiguration.class,
			WebFluxAutoConfiguration.class, OpenTokWebhookAutoConfiguration.class,
			OpenTokReactiveWebhookAutoConfiguration.class })
	static class ReactiveStack {

	}

	@Configuration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		EventRecorder eventRecorder() {
			return new EventRecorder();
		}

		@Bean
		ThreadRecorder threadRecorder() {
			return new ThreadRecorder();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingListeners extends Listeners {

		@Bean
		OpenTokWebhookEndpointTests.FailingListener failingListener() {
			return new OpenTokWebhookEndpointTests.FailingListener();
		}

	}

	static class ThreadRecorder {

		final List<Boolean> nonBlocking = new CopyOnWriteArrayList<>();

		@EventListener
		void on(OpenTokEvent event) {
			this.nonBlocking.add(Schedulers.isInNonBlockingThread());
		}

	}

}
