package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.session.ArchiveMode;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.Session;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session creation through {@code SessionClient} and raw form requests.
 */
class SessionEmulationTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void createsSessionsWhoseIdsDecodeToTheApiKey() {
		Session session = fixture.openTok().sessions().create();
		String apiKey = fixture.emulator().credentials().apiKey();
		assertThat(session.sessionId()).startsWith("1_").matches("[A-Za-z0-9_-]+");
		String decoded = new String(Base64.getUrlDecoder().decode(session.sessionId().substring(2)),
				StandardCharsets.UTF_8);
		assertThat(decoded.split("~")[1]).isEqualTo(apiKey);
		assertThat(session.projectId()).isEqualTo(apiKey);
		assertThat(session.createdAt()).matches("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} \\d{2}:\\d{2}:\\d{2} \\w+ \\d{4}");
		assertThat(fixture.openTok().tokens().generate(session.sessionId())).isNotBlank();
	}

	@Test
	void putsTheLocationHintIntoTheSessionId() {
		Session session = fixture.openTok().sessions().create(SessionOptions.builder().location("12.34.56.78").build());
		String decoded = new String(Base64.getUrlDecoder().decode(session.sessionId().substring(2)),
				StandardCharsets.UTF_8);
		assertThat(decoded.split("~")[2]).isEqualTo("12.34.56.78");
	}

	@Test
	void createsRoutedAlwaysArchivedAndEncryptedSessions() {
		Session archived = fixture.openTok()
			.sessions()
			.create(SessionOptions.builder()
				.mediaMode(MediaMode.ROUTED)
				.archiveMode(ArchiveMode.ALWAYS)
				.archiveName("Weekly sync")
				.archiveResolution(Resolution.HD_HORIZONTAL)
				.build());
		Session encrypted = fixture.openTok()
			.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).e2ee(true).build());
		assertThat(archived.sessionId()).isNotEqualTo(encrypted.sessionId());
		assertThat(fixture.emulator().requests()).extracting(RecordedRequest::body)
			.anySatisfy((body) -> assertThat(body).contains("archiveMode=always", "archiveResolution=1280x720"));
	}

	@Test
	void answersXmlWhenTheClientDoesNotAcceptJson() {
		EmulatorFixture.Raw answer = fixture.send("POST", "/session/create",
				Map.of("X-OPENTOK-AUTH", fixture.projectJwt(), "Content-Type", "application/x-www-form-urlencoded"),
				"p2p.preference=enabled");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).isEqualTo("text/xml");
		assertThat(answer.body()).contains("<sessions><Session><session_id>1_",
				"<partner_id>" + fixture.emulator().credentials().apiKey() + "</partner_id>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "p2p.preference=maybe", "archiveMode=always&p2p.preference=enabled", "location=1.2.3",
			"archiveName=x&archiveMode=manual", "p2p.preference=disabled&archiveMode=always&archiveResolution=99x99",
			"e2ee=true&p2p.preference=enabled", "p2p.preference=disabled&archiveMode=always&e2ee=true",
			"p2p.preference=unknown", "p2p.preference=ROUTED", "archiveMode=unknown", "archiveMode=MANUAL",
			"p2p.preference=disabled&archiveMode=always&archiveResolution=unknown",
			"p2p.preference=disabled&archiveMode=always&archiveResolution=HD_HORIZONTAL" })
	void refusesInvalidSessionOptionsWith400(String form) {
		EmulatorFixture.Raw answer = fixture.send("POST", "/session/create",
				Map.of("X-OPENTOK-AUTH", fixture.projectJwt(), "Accept", "application/json", "Content-Type",
						"application/x-www-form-urlencoded"),
				form);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("code").asInt()).isEqualTo(400);
		assertThat(answer.message()).isNotBlank();
	}

	@Test
	void refusesAJsonSessionRequestWith415() {
		EmulatorFixture.Raw answer = fixture.send("POST", "/session/create", "{\"p2p.preference\":\"enabled\"}");
		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.contentType()).isEqualTo("application/json");
		assertThat(answer.message()).contains("application/x-www-form-urlencoded");
	}

}
