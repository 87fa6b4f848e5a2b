package org.opentok.spring.boot.test.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.OpenTok;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AutoConfigureOpenTokEmulator} with a callback URL whose placeholder is only
 * resolvable once the context exists (a dynamic property), and a signature secret from
 * the test's properties.
 */
@SpringBootTest(properties = "test.webhook.secret=" + AutoConfigureOpenTokEmulatorWebhookTests.SECRET)
@AutoConfigureOpenTokEmulator(webhookUrl = "http://127.0.0.1:${test.receiver.port}/opentok/events",
		webhookSecret = "${test.webhook.secret}")
class AutoConfigureOpenTokEmulatorWebhookTests {

	static final String SECRET = "a-webhook-secret-of-at-least-32-characters";

	private static final BlockingQueue<String> authorizations = new LinkedBlockingQueue<>();

	private static final HttpServer receiver = receiver();

	@Autowired
	private OpenTokEmulator emulator;

	@Autowired
	private OpenTok openTok;

	@DynamicPropertySource
	static void receiverProperties(DynamicPropertyRegistry registry) {
		registry.add("test.receiver.port", () -> receiver.getAddress().getPort());
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	@Test
	void deliversSignedCallbacksToTheResolvedUrl() throws Exception {
		this.emulator.connect(this.openTok.sessions().create().sessionId());
		String authorization = authorizations.poll(5, TimeUnit.SECONDS);
		assertThat(authorization).startsWith("Bearer ");
		assertThat(SignedJWT.parse(authorization.substring(7))
			.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
		assertThat(this.emulator.awaitIdle(Duration.ofSeconds(5))).isTrue();
		assertThat(this.emulator.webhooks().deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.url()).hasPath("/opentok/events").hasPort(receiver.getAddress().getPort());
			assertThat(delivery.event()).isEqualTo("connectionCreated");
		});
	}

	private static HttpServer receiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/opentok/events", (exchange) -> {
				try (InputStream in = exchange.getRequestBody()) {
					in.readAllBytes();
				}
				authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
