package org.opentok.spring.docs.firstuse;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import org.opentok.spring.boot.test.autoconfigure.AutoConfigureOpenTokEmulator;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.TokenVerification;
import org.opentok.spring.client.token.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs the README's first controller over HTTP against the emulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureOpenTokEmulator
class RoomControllerTests {

	@LocalServerPort
	int port;

	@Autowired
	OpenTokEmulator emulator;

	@Test
	void createsARoutedSessionAndAModeratorToken() {
		Map<String, String> room = RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/rooms")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, String>>() {
			});
		TokenVerification token = this.emulator.verifyToken(room.get("token"), room.get("sessionId"));
		assertThat(token.valid()).as(String.valueOf(token.reason())).isTrue();
		assertThat(token.role()).isEqualTo(Role.MODERATOR);
		assertThat(token.connectionData()).isEqualTo("name=Alice");
		assertThat(token.expiresAt()).isCloseTo(Instant.now().plus(Duration.ofHours(2)), within(1, ChronoUnit.MINUTES));
	}

}
