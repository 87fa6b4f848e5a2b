package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The blocking {@code opentok} health indicator in a WebFlux application on Reactor
 * Netty: Actuator's reactive health endpoint runs it on the bounded-elastic scheduler
 * (its {@code HealthIndicatorAdapter}), so no reactive indicator is needed, and
 * BlockHound sees no blocking call on an event loop while it probes the emulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "management.endpoints.web.exposure.include=health",
				"management.endpoint.health.show-details=always" })
@AutoConfigureOpenTokEmulator
class ReactiveHealthApplicationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private OpenTokEmulator emulator;

	@Value("${local.server.port}")
	private int port;

	@BeforeEach
	void watchForBlockingCalls() {
		BlockingCalls.installAndClear();
	}

	@Test
	void probesTheEmulatorOffTheEventLoop() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/opentok"))
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = JSON.readTree(response.body());
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("details").path("source").asString()).isEqualTo("probe");
		assertThat(this.emulator.requests()).anySatisfy((request) -> assertThat(request.path()).contains("/archive"));
		assertThat(BlockingCalls.recorded()).isEmpty();
	}

	@Test
	void blockHoundCatchesABlockingCallOnANonBlockingThread() {
		// the control: BlockHound watches this JVM's non-blocking threads
		assertThatException().isThrownBy(() -> Mono.fromCallable(() -> {
			Thread.sleep(1);
			return true;
		}).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10)))
			.withRootCauseInstanceOf(BlockingOperationError.class);
		assertThat(BlockingCalls.recorded()).singleElement().asString().contains("sleep");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
