package org.opentok.spring.docs.api;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.boot.test.emulator.RecordedRequest;
import org.opentok.spring.boot.test.emulator.SimulatedConnection;
import org.opentok.spring.boot.test.emulator.SimulatedStream;
import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.archive.OutputMode;
import org.opentok.spring.client.audio.AudioConnection;
import org.opentok.spring.client.broadcast.BroadcastStatus;
import org.opentok.spring.client.callback.Callback;
import org.opentok.spring.client.caption.Captions;
import org.opentok.spring.client.connection.SessionConnections;
import org.opentok.spring.client.project.Project;
import org.opentok.spring.client.project.ProjectStatus;
import org.opentok.spring.client.render.Render;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.sip.SipCall;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Runs the README's API snippets against the emulator and checks what they did.
 */
class ApiSnippetsTests {

	private static OpenTokEmulator emulator;

	private static OpenTok openTok;

	private String sessionId;

	private SimulatedConnection client;

	private SimulatedStream stream;

	@BeforeAll
	static void startEmulator() {
		emulator = OpenTokEmulator.builder().start();
		EmulatorCredentials project = emulator.credentials();
		EmulatorCredentials account = emulator.account();
		openTok = OpenTok.builder(project.apiKey(), project.apiSecret())
			.apiUrl(emulator.baseUrl())
			.accountCredentials(account.apiKey(), account.apiSecret())
			.build();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void joinARoutedSession() {
		emulator.reset();
		this.sessionId = openTok.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
			.sessionId();
		this.client = emulator.connect(this.sessionId, openTok.tokens().generate(this.sessionId));
		this.stream = emulator.publish(this.client.connectionId());
	}

	@Test
	void archives() {
		List<Archive> available = ArchiveSnippets.recordARoutedSession(openTok.archives(), this.sessionId);
		assertThat(available).singleElement().satisfies((archive) -> assertThat(archive.url()).isNotBlank());
	}

	@Test
	void archiveTranscription() {
		Archive archive = ArchiveSnippets.transcribe(openTok.archives(), this.sessionId);
		assertThat(archive.outputMode()).isEqualTo(OutputMode.INDIVIDUAL);
		assertThat(archive.hasTranscription()).isTrue();
	}

	@Test
	void unknownValues() {
		Archive started = openTok.archives().start(this.sessionId);
		assertThat(ArchiveSnippets.describeStatus(started)).isEqualTo("STARTED");
		Archive transcoding = mock(Archive.class);
		given(transcoding.status()).willReturn(ArchiveStatus.UNKNOWN);
		given(transcoding.rawStatus()).willReturn("transcoding");
		assertThat(ArchiveSnippets.describeStatus(transcoding)).isEqualTo("new to this version: transcoding");
	}

	@Test
	void broadcasts() {
		String playlist = BroadcastSnippets.broadcast(openTok.broadcasts(), this.sessionId, "stream-key-1");
		assertThat(playlist).startsWith("http");
		assertThat(openTok.broadcasts().listAll()).singleElement()
			.satisfies((broadcast) -> assertThat(broadcast.status()).isEqualTo(BroadcastStatus.STARTED));
	}

	@Test
	void streamsAndConnections() {
		SessionConnections connected = StreamSnippets.streamsAndConnections(openTok.streams(), openTok.connections(),
				this.sessionId, this.stream.streamId());
		assertThat(connected.items()).extracting((connection) -> connection.connectionId())
			.containsExactly(this.client.connectionId());
		assertThat(openTok.streams().get(this.sessionId, this.stream.streamId()).layoutClassList())
			.containsExactly("full", "focus");
	}

	@Test
	void signals() {
		SignalSnippets.signal(openTok.signals(), this.sessionId, this.client.connectionId());
		assertThat(emulator.signals()).extracting((signal) -> signal.type() + ":" + signal.data())
			.containsExactly("chat:hello", "private:{\"x\":1}");
	}

	@Test
	void moderation() {
		SimulatedStream presenter = emulator.publish(emulator.connect(this.sessionId).connectionId());
		SignalSnippets.moderate(openTok.moderation(), this.sessionId, presenter.streamId(), this.stream.streamId(),
				this.client.connectionId());
		assertThat(emulator.connections(this.sessionId)).extracting(SimulatedConnection::connectionId)
			.doesNotContain(this.client.connectionId());
		assertThat(paths("POST")).contains(projectPath() + "/session/" + this.sessionId + "/mute",
				projectPath() + "/session/" + this.sessionId + "/stream/" + this.stream.streamId() + "/mute");
	}

	@Test
	void sip() {
		SipCall call = SipSnippets.dial(openTok.sip(), this.sessionId, openTok.tokens().generate(this.sessionId),
				"s3cret");
		assertThat(emulator.connections(this.sessionId)).extracting(SimulatedConnection::connectionId)
			.contains(call.connectionId());
		assertThat(paths("POST")).contains(
				projectPath() + "/session/" + this.sessionId + "/connection/" + call.connectionId() + "/play-dtmf");
	}

	@Test
	void streamedTokensAreDistinctAndJoinTheSession() {
		Set<String> seats = ConcurrentHashMap.newKeySet();
		TokenSnippets.streamTokens(openTok.tokens(), this.sessionId, 10_000, seats::add);
		assertThat(seats).hasSize(10_000);
		String token = seats.iterator().next();
		assertThat(emulator.connect(this.sessionId, token).sessionId()).isEqualTo(this.sessionId);
	}

	@Test
	void audioConnector() {
		String token = openTok.tokens().generate(this.sessionId);
		AudioConnection plain = SipSnippets.connect(openTok.audioConnector(), this.sessionId, token);
		AudioConnection voiceAi = SipSnippets.connectVoiceAi(openTok.audioConnector(), this.sessionId, token);
		assertThat(plain.connectionId()).isNotEqualTo(voiceAi.connectionId());
		assertThat(voiceAi.audioRate()).isEqualTo(24000);
	}

	@Test
	void experienceComposer() {
		String publisherToken = openTok.tokens()
			.generate(this.sessionId, TokenOptions.builder().role(Role.PUBLISHER).build());
		Render render = ComposerSnippets.render(openTok.renders(), this.sessionId, publisherToken);
		assertThat(paths("DELETE")).containsExactly(projectPath() + "/render/" + render.id());
	}

	@Test
	void captions() {
		String moderatorToken = openTok.tokens()
			.generate(this.sessionId, TokenOptions.builder().role(Role.MODERATOR).build());
		Captions captions = ComposerSnippets.caption(openTok.captions(), this.sessionId, moderatorToken);
		assertThat(paths("POST")).contains(projectPath() + "/captions/" + captions.captionsId() + "/stop");
	}

	@Test
	void callbacks() {
		List<Callback> registered = ComposerSnippets.callbacks(openTok.callbacks());
		assertThat(registered).extracting(Callback::url).contains("https://app.example.com/opentok");
		assertThat(openTok.callbacks().list()).isEmpty();
	}

	@Test
	void projects() {
		Project rotated = ComposerSnippets.projects(openTok.projects());
		assertThat(rotated.status()).isEqualTo(ProjectStatus.SUSPENDED);
		assertThat(rotated.name()).isEqualTo("staging");
	}

	@Test
	void withoutBoot() {
		EmulatorCredentials project = emulator.credentials();
		WithoutBootSnippets.Started started = WithoutBootSnippets.withoutBoot(project.apiKey(), project.apiSecret(),
				emulator.baseUrl());
		assertThat(emulator.verifyToken(started.token()).valid()).isTrue();
		// OpenTok records a session only while a client is connected to it
		emulator.connect(started.sessionId(), started.token());
		Archive archive = WithoutBootSnippets.record(started.openTok(), started.sessionId());
		assertThat(archive.status()).isEqualTo(ArchiveStatus.STARTED);
		assertThat(archive.sessionId()).isEqualTo(started.sessionId());
		assertThat(emulator.awaitIdle(Duration.ofSeconds(5))).isTrue();
	}

	private List<String> paths(String method) {
		return emulator.requests()
			.stream()
			.filter((request) -> request.method().equals(method))
			.map(RecordedRequest::path)
			.toList();
	}

	private static String projectPath() {
		return "/v2/project/" + emulator.credentials().apiKey();
	}

}
