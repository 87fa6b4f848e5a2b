package org.opentok.spring.client.archive;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.archive.ArchiveTestSupport.ARCHIVE;
import static org.opentok.spring.client.archive.ArchiveTestSupport.ARCHIVES;
import static org.opentok.spring.client.archive.ArchiveTestSupport.ARCHIVE_ID;
import static org.opentok.spring.client.archive.ArchiveTestSupport.STARTED;
import static org.opentok.spring.client.archive.ArchiveTestSupport.STOPPED;
import static org.opentok.spring.client.archive.ArchiveTestSupport.STREAM_ID;
import static org.opentok.spring.client.archive.ArchiveTestSupport.assertRequest;
import static org.opentok.spring.client.archive.ArchiveTestSupport.error;
import static org.opentok.spring.client.archive.ArchiveTestSupport.json;
import static org.opentok.spring.client.support.MockOpenTok.SESSION_ID;
import static org.opentok.spring.client.support.MockOpenTok.assertJsonBody;

/**
 * Requests, responses and errors of {@link ArchiveClient}'s archive operations.
 */
class ArchiveClientTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ArchiveClient client = new ArchiveClient(openTok.transport());

	@Test
	void startSendsOnlyTheSessionIdWhenNothingElseIsSet() {
		openTok.respond(request(), json(200, STARTED));
		Archive archive = client.start(SESSION_ID);
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "POST", ARCHIVES, true);
		assertJsonBody(sent, "{\"sessionId\":\"" + SESSION_ID + "\"}");
		assertThat(archive.id()).isEqualTo(ARCHIVE_ID);
		assertThat(archive.status()).isEqualTo(ArchiveStatus.STARTED);
		assertThat(archive.sessionId()).isEqualTo(SESSION_ID);
		assertThat(archive.duration()).isZero();
		assertThat(archive.url()).isNull();
	}

	@Test
	void startSendsEveryComposedOption() {
		openTok.respond(request(), json(200, STARTED));
		client.start(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.name("Quarterly \"review\"")
			.hasAudio(true)
			.hasVideo(true)
			.outputMode(OutputMode.COMPOSED)
			.resolution(Resolution.FHD_VERTICAL)
			.layout(Layout.bestFit(LayoutType.PIP))
			.streamMode(StreamMode.MANUAL)
			.multiArchiveTag("tag-1")
			.maxBitrate(2_000_000)
			.hasTranscription(false)
			.build());
		assertJsonBody(openTok.onlyRequest(), """
				{"sessionId":"%s","name":"Quarterly \\"review\\"","hasAudio":true,"hasVideo":true,
				 "outputMode":"composed","resolution":"1080x1920","layout":{"type":"bestFit","screenshareType":"pip"},
				 "streamMode":"manual","multiArchiveTag":"tag-1","maxBitrate":2000000,"hasTranscription":false}
				""".formatted(SESSION_ID));
	}

	@Test
	void startSendsTheTranscriptionOfAnIndividualArchive() {
		openTok.respond(request(), json(200, STARTED));
		client.start(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.outputMode(OutputMode.INDIVIDUAL)
			.hasAudio(true)
			.hasTranscription(true)
			.transcriptionProperties(TranscriptionProperties.of("en-US", false))
			.build());
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/123456/archive");
		assertJsonBody(sent, """
				{"sessionId":"%s","hasAudio":true,"outputMode":"individual","hasTranscription":true,
				 "transcriptionProperties":{"primaryLanguageCode":"en-US","hasSummary":false}}
				""".formatted(SESSION_ID));
	}

	@Test
	void startSendsFalseTracksAndTranscriptionThatAreSetExplicitly() {
		openTok.respond(request(), json(200, STARTED));
		client.start(ArchiveOptions.builder().sessionId(SESSION_ID).hasAudio(false).hasTranscription(false).build());
		client.start(ArchiveOptions.builder().sessionId(SESSION_ID).hasVideo(false).build());
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).hasSize(2);
		assertJsonBody(sent[0], "{\"sessionId\":\"" + SESSION_ID + "\",\"hasAudio\":false,\"hasTranscription\":false}");
		assertJsonBody(sent[1], "{\"sessionId\":\"" + SESSION_ID + "\",\"hasVideo\":false}");
	}

	@Test
	void startSendsTheQuantizationParameterThatTheOfficialJavaSdkDrops() {
		openTok.respond(request(), json(200, STARTED));
		client.start(ArchiveOptions.builder().sessionId(SESSION_ID).quantizationParameter(15).build());
		assertJsonBody(openTok.onlyRequest(), "{\"sessionId\":\"" + SESSION_ID + "\",\"quantizationParameter\":15}");
	}

	@Test
	void startSendsAnIndividualManualArchive() {
		openTok.respond(request(), json(200, STARTED));
		client.start(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.outputMode(OutputMode.INDIVIDUAL)
			.streamMode(StreamMode.MANUAL)
			.build());
		assertJsonBody(openTok.onlyRequest(),
				"{\"sessionId\":\"" + SESSION_ID + "\",\"outputMode\":\"individual\",\"streamMode\":\"manual\"}");
	}

	@Test
	void startSendsACustomLayout() {
		openTok.respond(request(), json(200, STARTED));
		client.start(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.layout(Layout.custom("stream.instructor {position: absolute;}"))
			.build());
		assertJsonBody(openTok.onlyRequest(), "{\"sessionId\":\"" + SESSION_ID
				+ "\",\"layout\":{\"type\":\"custom\",\"stylesheet\":\"stream.instructor {position: absolute;}\"}}");
	}

	@ParameterizedTest
	@EnumSource(value = Resolution.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
	void startSendsEveryResolution(Resolution resolution) {
		openTok.respond(request(), json(200, STARTED));
		client.start(ArchiveOptions.builder().sessionId(SESSION_ID).resolution(resolution).build());
		assertJsonBody(openTok.onlyRequest(),
				"{\"sessionId\":\"" + SESSION_ID + "\",\"resolution\":\"" + resolution.wireValue() + "\"}");
	}

	@Test
	void stopPostsWithoutABodyAndReturnsTheStoppedArchive() {
		openTok.respond(request(), json(200, STOPPED));
		Archive archive = client.stop(ARCHIVE_ID);
		assertRequest(openTok.onlyRequest(), "POST", ARCHIVE + "/stop", false);
		assertThat(archive.status()).isEqualTo(ArchiveStatus.STOPPED);
		assertThat(archive.duration()).hasSeconds(42);
		assertThat(archive.reason()).isEqualTo("user initiated");
	}

	@Test
	void getReadsTheArchive() {
		openTok.respond(request(), json(200, STOPPED));
		Archive archive = client.get(ARCHIVE_ID);
		assertRequest(openTok.onlyRequest(), "GET", ARCHIVE, false);
		assertThat(archive.id()).isEqualTo(ARCHIVE_ID);
		assertThat(archive.status()).isEqualTo(ArchiveStatus.STOPPED);
	}

	@Test
	void deleteSendsADeleteAndAcceptsNoContent() {
		openTok.respond(request(), response().withStatusCode(204));
		client.delete(ARCHIVE_ID);
		assertRequest(openTok.onlyRequest(), "DELETE", ARCHIVE, false);
	}

	@Test
	void setLayoutPutsTheLayoutAndIgnoresTheAnswer() {
		openTok.respond(request(), json(200, "{\"id\":\"" + ARCHIVE_ID + "\",\"status\":\"started\",\"future\":[1]}"));
		client.setLayout(ARCHIVE_ID, Layout.bestFit(LayoutType.PIP));
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "PUT", ARCHIVE + "/layout", true);
		assertJsonBody(sent, "{\"type\":\"bestFit\",\"screenshareType\":\"pip\"}");
	}

	@Test
	void setLayoutSendsAPredefinedLayoutWithoutStylesheet() {
		openTok.respond(request(), response().withStatusCode(200));
		client.setLayout(ARCHIVE_ID, Layout.of(LayoutType.VERTICAL_PRESENTATION));
		assertJsonBody(openTok.onlyRequest(), "{\"type\":\"verticalPresentation\"}");
	}

	@Test
	void addStreamPatchesOnlyTheStreamIdByDefault() {
		openTok.respond(request(), response().withStatusCode(204));
		client.addStream(ARCHIVE_ID, STREAM_ID);
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "PATCH", ARCHIVE + "/streams", true);
		assertJsonBody(sent, "{\"addStream\":\"" + STREAM_ID + "\"}");
	}

	@Test
	void addStreamSendsBothTracksIncludingFalse() {
		openTok.respond(request(), response().withStatusCode(204));
		client.addStream(ARCHIVE_ID, STREAM_ID, false, true);
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "PATCH", ARCHIVE + "/streams", true);
		assertJsonBody(sent, "{\"addStream\":\"" + STREAM_ID + "\",\"hasAudio\":false,\"hasVideo\":true}");
	}

	@Test
	void removeStreamPatchesTheStreamId() {
		openTok.respond(request(), response().withStatusCode(204));
		client.removeStream(ARCHIVE_ID, STREAM_ID);
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "PATCH", ARCHIVE + "/streams", true);
		assertJsonBody(sent, "{\"removeStream\":\"" + STREAM_ID + "\"}");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "../storage", "a/b", "id with space", "x?y=1" })
	void refusesABadArchiveIdBeforeSending(String archiveId) {
		Stream
			.<Consumer<String>>of(client::stop, client::get, client::delete,
					(id) -> client.setLayout(id, Layout.of(LayoutType.PIP)), (id) -> client.addStream(id, STREAM_ID),
					(id) -> client.addStream(id, STREAM_ID, true, true), (id) -> client.removeStream(id, STREAM_ID))
			.forEach((call) -> assertThatIllegalArgumentException().isThrownBy(() -> call.accept(archiveId))
				.withMessageStartingWith("'archiveId' must"));
		openTok.assertNoRequest();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "../x", "a b" })
	void refusesABadStreamIdBeforeSending(String streamId) {
		Stream
			.<Consumer<String>>of((id) -> client.addStream(ARCHIVE_ID, id),
					(id) -> client.addStream(ARCHIVE_ID, id, true, true), (id) -> client.removeStream(ARCHIVE_ID, id))
			.forEach((call) -> assertThatIllegalArgumentException().isThrownBy(() -> call.accept(streamId))
				.withMessageStartingWith("'streamId' must"));
		openTok.assertNoRequest();
	}

	@Test
	void refusesMissingArgumentsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> client.start((ArchiveOptions) null))
			.withMessage("'options' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.start((String) null))
			.withMessage("'sessionId' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> client.setLayout(ARCHIVE_ID, null))
			.withMessage("'layout' must not be null");
		openTok.assertNoRequest();
	}

	static Stream<Arguments> documentedErrors() {
		Consumer<ArchiveClient> start = (archives) -> archives.start(SESSION_ID);
		Consumer<ArchiveClient> stop = (archives) -> archives.stop(ARCHIVE_ID);
		Consumer<ArchiveClient> get = (archives) -> archives.get(ARCHIVE_ID);
		Consumer<ArchiveClient> delete = (archives) -> archives.delete(ARCHIVE_ID);
		Consumer<ArchiveClient> setLayout = (archives) -> archives.setLayout(ARCHIVE_ID, Layout.of(LayoutType.PIP));
		Consumer<ArchiveClient> addStream = (archives) -> archives.addStream(ARCHIVE_ID, STREAM_ID);
		Consumer<ArchiveClient> removeStream = (archives) -> archives.removeStream(ARCHIVE_ID, STREAM_ID);
		return Stream.of(
				Arguments.of(OpenTokOperation.ARCHIVE_START, start, 400, OpenTokBadRequestException.class,
						"Both hasAudio and hasVideo are false"),
				Arguments.of(OpenTokOperation.ARCHIVE_START, start, 403, OpenTokAuthenticationException.class,
						"Authentication failed"),
				Arguments.of(OpenTokOperation.ARCHIVE_START, start, 404, OpenTokNotFoundException.class,
						"Session not found"),
				Arguments.of(OpenTokOperation.ARCHIVE_START, start, 409, OpenTokConflictException.class,
						"Session is already being recorded"),
				Arguments.of(OpenTokOperation.ARCHIVE_STOP, stop, 404, OpenTokNotFoundException.class,
						"Archive not found"),
				Arguments.of(OpenTokOperation.ARCHIVE_STOP, stop, 409, OpenTokConflictException.class,
						"Archive is not being recorded"),
				Arguments.of(OpenTokOperation.ARCHIVE_GET, get, 404, OpenTokNotFoundException.class,
						"Archive not found"),
				Arguments.of(OpenTokOperation.ARCHIVE_DELETE, delete, 404, OpenTokNotFoundException.class,
						"Archive not found"),
				Arguments.of(OpenTokOperation.ARCHIVE_DELETE, delete, 409, OpenTokConflictException.class,
						"Status is not uploaded, available or deleted"),
				Arguments.of(OpenTokOperation.ARCHIVE_SET_LAYOUT, setLayout, 400, OpenTokBadRequestException.class,
						"Invalid layout"),
				Arguments.of(OpenTokOperation.ARCHIVE_ADD_STREAM, addStream, 404, OpenTokNotFoundException.class,
						"Stream not found"),
				Arguments.of(OpenTokOperation.ARCHIVE_ADD_STREAM, addStream, 405, OpenTokApiException.class,
						"Stream mode is auto"),
				Arguments.of(OpenTokOperation.ARCHIVE_REMOVE_STREAM, removeStream, 404, OpenTokNotFoundException.class,
						"Archive not found"),
				Arguments.of(OpenTokOperation.ARCHIVE_REMOVE_STREAM, removeStream, 405, OpenTokApiException.class,
						"Stream mode is auto"));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("documentedErrors")
	void mapsEachDocumentedErrorStatus(OpenTokOperation operation, Consumer<ArchiveClient> call, int status,
			Class<? extends OpenTokApiException> type, String message) {
		openTok.respond(request(), error(status, message));
		assertThatExceptionOfType(OpenTokApiException.class).isThrownBy(() -> call.accept(client))
			.isExactlyInstanceOf(type)
			.withMessage(operation.operationName() + " failed: " + status + " " + message)
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo(operation);
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getErrorCode()).isEqualTo(15001);
				assertThat(ex.getErrorMessage()).isEqualTo(message);
			});
		assertThat(openTok.onlyRequest().getMethod().getValue()).isEqualTo(operation.method().name());
	}

}
