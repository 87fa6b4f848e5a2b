package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveQuery;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.archive.ArchiveStream;
import org.opentok.spring.client.archive.OutputMode;
import org.opentok.spring.client.archive.S3ArchiveStorage;
import org.opentok.spring.client.archive.StorageFallback;
import org.opentok.spring.client.archive.TranscriptionProperties;
import org.opentok.spring.client.archive.TranscriptionStatus;
import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.session.ArchiveMode;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every {@link ArchiveClient} operation against the emulator, the archive lifecycle and
 * the service's 4xx answers.
 */
class ArchiveEmulationTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private static final ArchiveClient archives = fixture.openTok().archives();

	@Test
	void followsTheLifecycleFromStartedToStoppedToAvailableToDeleted() throws Exception {
		String sessionId = fixture.recordableSession();
		Archive started = archives.start(ArchiveOptions.builder()
			.sessionId(sessionId)
			.name("Demo")
			.resolution(Resolution.HD_HORIZONTAL)
			.layout(Layout.bestFit(LayoutType.PIP))
			.build());
		assertThat(started.status()).isEqualTo(ArchiveStatus.STARTED);
		assertThat(started.name()).isEqualTo("Demo");
		assertThat(started.sessionId()).isEqualTo(sessionId);
		assertThat(started.projectId()).isEqualTo(fixture.emulator().credentials().apiKey());
		assertThat(started.resolution()).isEqualTo(Resolution.HD_HORIZONTAL);
		assertThat(started.outputMode()).isEqualTo(OutputMode.COMPOSED);
		assertThat(started.url()).isNull();
		assertThat(archives.get(started.id()).status()).isEqualTo(ArchiveStatus.STARTED);

		Archive stopped = archives.stop(started.id());
		assertThat(stopped.status()).isEqualTo(ArchiveStatus.STOPPED);
		assertThat(stopped.reason()).isEqualTo("user initiated");
		assertThat(fixture.emulator().awaitIdle(Duration.ofSeconds(5))).isTrue();

		Archive available = archives.get(started.id());
		assertThat(available.status()).isEqualTo(ArchiveStatus.AVAILABLE);
		assertThat(available.url()).startsWith(fixture.emulator().baseUrl() + "/").endsWith(".mp4");
		assertThat(available.size()).isPositive();
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(available.url())).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).hasSize(available.size().intValue());

		archives.delete(started.id());
		Archive deleted = archives.get(started.id());
		assertThat(deleted.status()).isEqualTo(ArchiveStatus.DELETED);
		assertThat(deleted.url()).isNull();
		assertThat(download(available.url())).isEqualTo(404);
	}

	@Test
	void listsNewestFirstWithOffsetCountSessionFilterAndTheTotal() {
		String first = fixture.recordableSession();
		String second = fixture.recordableSession();
		String a1 = startAndStop(first);
		String a2 = startAndStop(second);
		String a3 = startAndStop(first);
		Page<Archive> all = archives.list(ArchiveQuery.all());
		assertThat(all.totalCount()).isEqualTo(3);
		assertThat(all.items()).extracting(Archive::id).containsExactly(a3, a2, a1);
		Page<Archive> middle = archives.list(ArchiveQuery.builder().offset(1).count(1).build());
		assertThat(middle.totalCount()).isEqualTo(3);
		assertThat(middle.items()).extracting(Archive::id).containsExactly(a2);
		Page<Archive> ofFirst = archives.list(ArchiveQuery.forSession(first));
		assertThat(ofFirst.totalCount()).isEqualTo(2);
		assertThat(ofFirst.items()).extracting(Archive::id).containsExactly(a3, a1);
		assertThat(archives.listAll(1)).extracting(Archive::id).containsExactly(a3, a2, a1);
		assertThat(archives.listAll(first)).extracting(Archive::id).containsExactly(a3, a1);
	}

	@Test
	void answersABadListQueryWith400() {
		assertThat(fixture.send("GET", fixture.projectPath("/archive?count=1001"), null).status()).isEqualTo(400);
		assertThat(fixture.send("GET", fixture.projectPath("/archive?offset=-1"), null).status()).isEqualTo(400);
	}

	@Test
	void refusesToArchiveARelayedSessionWith409() {
		String relayed = fixture.relayedSession();
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> archives.start(relayed))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("routed"));
	}

	@Test
	void refusesASecondArchiveOfTheSameSessionUnlessTheTagsDiffer() {
		String sessionId = fixture.recordableSession();
		archives.start(sessionId);
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> archives.start(sessionId));
		String tagged = fixture.recordableSession();
		archives.start(ArchiveOptions.builder().sessionId(tagged).multiArchiveTag("a").build());
		Archive second = archives.start(ArchiveOptions.builder().sessionId(tagged).multiArchiveTag("b").build());
		assertThat(second.multiArchiveTag()).isEqualTo("b");
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> archives.start(ArchiveOptions.builder().sessionId(tagged).multiArchiveTag("b").build()));
	}

	// the service refuses to record a session nobody is
	// connected to: 404 with "Not found. No clients are actively
	// connected to the OpenTok session." (fact sheet 2.2a, 6.29)
	@Test
	void refusesToArchiveARoutedSessionWithoutConnectedClientsWith404() {
		String empty = fixture.routedSession();
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/archive"),
				"{\"sessionId\":\"" + empty + "\"}");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().path("code").asInt()).isEqualTo(404);
		assertThat(answer.message()).isEqualTo("Not found. No clients are actively connected to the OpenTok session.");
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> archives.start(empty))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("No clients are actively connected"));
		SimulatedConnection client = fixture.emulator().connect(empty);
		fixture.emulator().disconnect(client.connectionId());
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> archives.start(empty));
		assertThat(archives.list(ArchiveQuery.all()).totalCount()).isZero();
	}

	// the tag is what allows a manual archive next to the automatic one (fact sheet 2.2a)
	@Test
	void startsATaggedManualArchiveOnAnAlwaysArchivedSession() {
		String sessionId = alwaysArchivedSession();
		fixture.emulator().connect(sessionId);
		Archive manual = archives
			.start(ArchiveOptions.builder().sessionId(sessionId).multiArchiveTag("manual").build());
		assertThat(manual.status()).isEqualTo(ArchiveStatus.STARTED);
		assertThat(manual.multiArchiveTag()).isEqualTo("manual");
		assertThat(archives.list(ArchiveQuery.forSession(sessionId)).items()).hasSize(2)
			.allSatisfy((archive) -> assertThat(archive.status()).isEqualTo(ArchiveStatus.STARTED));
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(
				() -> archives.start(ArchiveOptions.builder().sessionId(sessionId).multiArchiveTag("manual").build()));
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> archives.start(sessionId))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("multiArchiveTag"));
	}

	private static String alwaysArchivedSession() {
		return fixture.openTok()
			.sessions()
			.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).archiveMode(ArchiveMode.ALWAYS).build())
			.sessionId();
	}

	@Test
	void refusesToStopAStoppedArchiveWith409() {
		String archiveId = startAndStop(fixture.recordableSession());
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> archives.stop(archiveId))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(409));
	}

	@Test
	void refusesToDeleteAStartedArchiveWith409() {
		Archive started = archives.start(fixture.recordableSession());
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> archives.delete(started.id()))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("status started"));
	}

	@Test
	void answersUnknownArchivesAndSessionsWith404() {
		String unknown = "7c0680fc-0000-4000-8000-000000000001";
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> archives.get(unknown));
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> archives.stop(unknown));
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> archives.delete(unknown));
		EmulatorFixture.Raw malformed = fixture.send("POST", fixture.projectPath("/archive"),
				"{\"sessionId\":\"not-a-session\"}");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.message()).contains("Invalid session ID");
		EmulatorFixture.Raw unknownSession = fixture.send("POST", fixture.projectPath("/archive"),
				"{\"sessionId\":\"" + sessionOfAnotherEmulator() + "\"}");
		assertThat(unknownSession.status()).isEqualTo(404);
		assertThat(unknownSession.message()).contains("was not found");
	}

	private static String sessionOfAnotherEmulator() {
		try (OpenTokEmulator other = OpenTokEmulator.builder()
			.project(fixture.emulator().credentials().apiKey(), fixture.emulator().credentials().apiSecret())
			.start()) {
			return other.createSession(MediaMode.ROUTED);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"sessionId\":\"%s\",\"hasAudio\":false,\"hasVideo\":false}",
			"{\"sessionId\":\"%s\",\"outputMode\":\"individual\",\"resolution\":\"1280x720\"}",
			"{\"sessionId\":\"%s\",\"maxBitrate\":200000,\"quantizationParameter\":20}",
			"{\"sessionId\":\"%s\",\"maxBitrate\":99999}", "{\"sessionId\":\"%s\",\"resolution\":\"4k\"}",
			"{\"sessionId\":\"%s\",\"layout\":{\"type\":\"custom\"}}",
			"{\"sessionId\":\"%s\",\"layout\":{\"type\":\"pip\",\"screenshareType\":\"pip\"}}",
			"{\"sessionId\":\"%s\",\"hasAudio\":\"yes\"}", "[\"%s\"]", "{\"sessionId\":" })
	void refusesInvalidStartBodiesWith400(String template) {
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/archive"),
				template.formatted(fixture.routedSession()));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("code").asInt()).isEqualTo(400);
		assertThat(archives.list(ArchiveQuery.all()).totalCount()).isZero();
	}

	// what OpenTok takes is the wire string: the client's UNKNOWN fallback and its
	// constant names are refused, naming the field and the value
	@ParameterizedTest
	@CsvSource({ "outputMode, unknown", "outputMode, UNKNOWN", "outputMode, COMPOSED", "streamMode, unknown",
			"streamMode, MANUAL", "resolution, unknown", "resolution, HD_HORIZONTAL" })
	void refusesAnUnknownValueOrAConstantNameWith400(String field, String value) {
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/archive"),
				"{\"sessionId\":\"%s\",\"%s\":\"%s\"}".formatted(fixture.routedSession(), field, value));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("'" + field + "' must be one of [").endsWith("got '" + value + "'");
		assertThat(archives.list(ArchiveQuery.all()).totalCount()).isZero();
	}

	@Test
	void refusesAStartWithoutJsonContentTypeWith415() {
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/archive"),
				Map.of("X-OPENTOK-AUTH", fixture.projectJwt(), "Content-Type", "text/plain"),
				"{\"sessionId\":\"" + fixture.routedSession() + "\"}");
		assertThat(answer.status()).isEqualTo(415);
	}

	@Test
	void changesTheLayoutOfARecordingComposedArchive() {
		Archive archive = archives.start(fixture.recordableSession());
		archives.setLayout(archive.id(), Layout.custom("stream { position: absolute; }"));
		archives.setLayout(archive.id(), Layout.of(LayoutType.VERTICAL_PRESENTATION));
		assertThat(fixture
			.send("PUT", fixture.projectPath("/archive/" + archive.id() + "/layout"), "{\"type\":\"diagonal\"}")
			.status()).isEqualTo(400);
		archives.stop(archive.id());
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> archives.setLayout(archive.id(), Layout.of(LayoutType.PIP)));
	}

	@Test
	void selectsTheStreamsOfAManualArchive() {
		String sessionId = fixture.routedSession();
		SimulatedStream stream = fixture.emulator().publish(fixture.emulator().connect(sessionId).connectionId());
		Archive archive = archives
			.start(ArchiveOptions.builder().sessionId(sessionId).streamMode(StreamMode.MANUAL).build());
		assertThat(archive.streams()).isEmpty();
		archives.addStream(archive.id(), stream.streamId(), true, false);
		assertThat(archives.get(archive.id()).streams())
			.containsExactly(new ArchiveStream(stream.streamId(), true, false));
		archives.addStream(archive.id(), stream.streamId());
		assertThat(archives.get(archive.id()).streams())
			.containsExactly(new ArchiveStream(stream.streamId(), true, true));
		archives.removeStream(archive.id(), stream.streamId());
		assertThat(archives.get(archive.id()).streams()).isEmpty();
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> archives.addStream(archive.id(), "0b3b5f8e-0000-4000-8000-000000000009"));
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> archives.removeStream(archive.id(), stream.streamId()));
	}

	@Test
	void refusesStreamSelectionOnAnAutomaticArchiveWith405() {
		String sessionId = fixture.routedSession();
		SimulatedStream stream = fixture.emulator().publish(fixture.emulator().connect(sessionId).connectionId());
		Archive archive = archives.start(sessionId);
		assertThatExceptionOfType(OpenTokApiException.class)
			.isThrownBy(() -> archives.addStream(archive.id(), stream.streamId()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(405));
	}

	@Test
	void uploadsToTheStorageTargetInsteadOfKeepingTheArchive() {
		archives.setStorage(S3ArchiveStorage.builder()
			.accessKey("AKIA-EXAMPLE")
			.secretKey("not-a-real-secret")
			.bucket("archives")
			.endpoint("https://s3.example.com")
			.fallback(StorageFallback.NONE)
			.build());
		String uploaded = startAndStop(fixture.recordableSession());
		fixture.emulator().awaitIdle(Duration.ofSeconds(5));
		assertThat(archives.get(uploaded).status()).isEqualTo(ArchiveStatus.UPLOADED);
		assertThat(archives.get(uploaded).url()).isNull();
		archives.deleteStorage();
		String available = startAndStop(fixture.recordableSession());
		fixture.emulator().awaitIdle(Duration.ofSeconds(5));
		assertThat(archives.get(available).status()).isEqualTo(ArchiveStatus.AVAILABLE);
		assertThat(fixture
			.send("PUT", fixture.projectPath("/archive/storage"),
					"{\"type\":\"s3\",\"config\":{\"accessKey\":\"a\",\"bucket\":\"b\"}}")
			.status()).isEqualTo(400);
	}

	@Test
	void recordsAnAlwaysArchivedSessionWhileClientsAreConnected() {
		String sessionId = fixture.openTok()
			.sessions()
			.create(SessionOptions.builder()
				.mediaMode(MediaMode.ROUTED)
				.archiveMode(ArchiveMode.ALWAYS)
				.archiveName("Auto")
				.archiveResolution(Resolution.HD_VERTICAL)
				.build())
			.sessionId();
		assertThat(archives.list(ArchiveQuery.forSession(sessionId)).totalCount()).isZero();
		SimulatedConnection client = fixture.emulator().connect(sessionId);
		List<Archive> recording = archives.list(ArchiveQuery.forSession(sessionId)).items();
		assertThat(recording).singleElement().satisfies((archive) -> {
			assertThat(archive.status()).isEqualTo(ArchiveStatus.STARTED);
			assertThat(archive.name()).isEqualTo("Auto");
			assertThat(archive.resolution()).isEqualTo(Resolution.HD_VERTICAL);
		});
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> archives.start(sessionId));
		fixture.emulator().disconnect(client.connectionId());
		fixture.emulator().awaitIdle(Duration.ofSeconds(5));
		assertThat(archives.get(recording.get(0).id()).status()).isEqualTo(ArchiveStatus.AVAILABLE);
	}

	@Test
	void recordsIndividualArchivesWithTranscription() {
		Archive archive = archives.start(ArchiveOptions.builder()
			.sessionId(fixture.recordableSession())
			.outputMode(OutputMode.INDIVIDUAL)
			.hasVideo(false)
			.hasTranscription(true)
			.transcriptionProperties(TranscriptionProperties.of("fr-FR", true))
			.build());
		assertThat(archive.outputMode()).isEqualTo(OutputMode.INDIVIDUAL);
		assertThat(archive.hasVideo()).isFalse();
		assertThat(archive.resolution()).isNull();
		assertThat(archive.transcription().status()).isEqualTo(TranscriptionStatus.REQUESTED);
		assertThat(archive.transcription().primaryLanguageCode()).isEqualTo("fr-FR");
		archives.stop(archive.id());
		fixture.emulator().awaitIdle(Duration.ofSeconds(5));
		Archive available = archives.get(archive.id());
		assertThat(available.url()).endsWith(".zip");
		assertThat(available.transcription().status()).isEqualTo(TranscriptionStatus.AVAILABLE);
	}

	static Stream<Arguments> untranscribableArchives() {
		return Stream.of(
				Arguments.of("",
						"'hasTranscription' requires 'outputMode' individual, got none (composed is " + "the default)"),
				Arguments.of("\"outputMode\":\"composed\",",
						"'hasTranscription' requires 'outputMode' individual, got composed"),
				Arguments.of("\"outputMode\":\"individual\",\"hasAudio\":false,",
						"'hasTranscription' requires 'hasAudio' true, got false"));
	}

	@ParameterizedTest
	@MethodSource("untranscribableArchives")
	void refusesATranscriptionOfAComposedOrSilentArchiveWith400(String options, String message) {
		String sessionId = fixture.routedSession();
		EmulatorFixture.Raw answer = fixture.send("POST", fixture.projectPath("/archive"),
				"{\"sessionId\":\"%s\",%s\"hasTranscription\":true}".formatted(sessionId, options));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("code").asInt()).isEqualTo(400);
		assertThat(answer.message()).isEqualTo(message);
		assertThat(archives.list(ArchiveQuery.all()).totalCount()).isZero();
	}

	@Test
	void startsAComposedArchiveWithoutAndAnIndividualOneWithTranscription() {
		EmulatorFixture.Raw composed = fixture.send("POST", fixture.projectPath("/archive"),
				"{\"sessionId\":\"%s\",\"hasTranscription\":false}".formatted(fixture.recordableSession()));
		assertThat(composed.status()).isEqualTo(200);
		assertThat(composed.json().path("hasTranscription").asBoolean()).isFalse();
		EmulatorFixture.Raw individual = fixture.send("POST", fixture.projectPath("/archive"),
				"{\"sessionId\":\"%s\",\"outputMode\":\"individual\",\"hasAudio\":true,\"hasTranscription\":true}"
					.formatted(fixture.recordableSession()));
		assertThat(individual.status()).isEqualTo(200);
		assertThat(individual.json().path("hasTranscription").asBoolean()).isTrue();
		assertThat(individual.json().path("transcription").path("status").asString()).isEqualTo("requested");
	}

	@Test
	void failsAnArchiveWhenTheTestSaysSo() {
		Archive archive = archives.start(fixture.recordableSession());
		fixture.emulator().failArchive(archive.id(), "upload failed");
		Archive failed = archives.get(archive.id());
		assertThat(failed.status()).isEqualTo(ArchiveStatus.FAILED);
		assertThat(failed.reason()).isEqualTo("upload failed");
	}

	private static String startAndStop(String sessionId) {
		String archiveId = archives.start(sessionId).id();
		archives.stop(archiveId);
		return archiveId;
	}

	private static int download(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
