package org.opentok.spring.client.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockserver.model.HttpRequest.request;
import static org.opentok.spring.client.archive.ArchiveTestSupport.ARCHIVE_ID;
import static org.opentok.spring.client.archive.ArchiveTestSupport.STREAM_ID;
import static org.opentok.spring.client.archive.ArchiveTestSupport.json;
import static org.opentok.spring.client.support.MockOpenTok.SESSION_ID;

/**
 * How {@link Archive} reads OpenTok's archive objects, through the real transport.
 */
class ArchiveTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ArchiveClient client = new ArchiveClient(openTok.transport());

	private Archive read(String body) {
		openTok.respond(request(), json(200, body));
		return client.get(ARCHIVE_ID);
	}

	@Test
	void readsEveryField() {
		Archive archive = read(
				"""
						{"id":"%s","event":"archive","status":"available","name":"Foo","sessionId":"%s",
						 "projectId":"123456","partnerId":123456,"applicationId":"9f3c1d7e-0000-4000-8000-000000000001",
						 "createdAt":1700000000000,"updatedAt":1700000328500,"duration":328,"size":3000000000,
						 "url":"https://archives.example.com/%s/archive.mp4?sig=abc","reason":"user initiated",
						 "hasAudio":true,"hasVideo":false,"outputMode":"composed","streamMode":"manual",
						 "resolution":"1920x1080","maxBitrate":2000000,"quantizationParameter":"29","multiArchiveTag":"tag-1",
						 "password":"ZW5jcnlwdGVk","sha256sum":"6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b",
						 "streams":[{"streamId":"%s","hasAudio":true,"hasVideo":false},{"streamId":"s-2","future":true}],
						 "hasTranscription":true,
						 "transcription":{"status":"available","url":"https://archives.example.com/t.json","reason":"",
						   "primaryLanguageCode":"en-US","hasSummary":true,"wordCount":1200},
						 "somethingNew":{"nested":[1,2,3]}}
						"""
					.formatted(ARCHIVE_ID, SESSION_ID, ARCHIVE_ID, STREAM_ID));
		assertThat(archive.id()).isEqualTo(ARCHIVE_ID);
		assertThat(archive.status()).isEqualTo(ArchiveStatus.AVAILABLE);
		assertThat(archive.name()).isEqualTo("Foo");
		assertThat(archive.sessionId()).isEqualTo(SESSION_ID);
		assertThat(archive.projectId()).isEqualTo("123456");
		assertThat(archive.partnerId()).isEqualTo("123456");
		assertThat(archive.applicationId()).isEqualTo("9f3c1d7e-0000-4000-8000-000000000001");
		assertThat(archive.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
		assertThat(archive.updatedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_328_500L));
		assertThat(archive.duration()).isEqualTo(Duration.ofSeconds(328));
		assertThat(archive.size()).isEqualTo(3_000_000_000L);
		assertThat(archive.url()).isEqualTo("https://archives.example.com/" + ARCHIVE_ID + "/archive.mp4?sig=abc");
		assertThat(archive.reason()).isEqualTo("user initiated");
		assertThat(archive.hasAudio()).isTrue();
		assertThat(archive.hasVideo()).isFalse();
		assertThat(archive.outputMode()).isEqualTo(OutputMode.COMPOSED);
		assertThat(archive.streamMode()).isEqualTo(StreamMode.MANUAL);
		assertThat(archive.resolution()).isEqualTo(Resolution.FHD_HORIZONTAL);
		assertThat(archive.maxBitrate()).isEqualTo(2_000_000);
		assertThat(archive.quantizationParameter()).isEqualTo(29);
		assertThat(archive.multiArchiveTag()).isEqualTo("tag-1");
		assertThat(archive.password()).isEqualTo("ZW5jcnlwdGVk");
		assertThat(archive.sha256sum()).startsWith("6b86b273");
		assertThat(archive.streams()).containsExactly(new ArchiveStream(STREAM_ID, true, false),
				new ArchiveStream("s-2", true, true));
		assertThat(archive.hasTranscription()).isTrue();
		assertThat(archive.transcription())
			.isEqualTo(new Transcription("available", "https://archives.example.com/t.json", "", "en-US", true));
		assertThat(archive.transcription().status()).isEqualTo(TranscriptionStatus.AVAILABLE);
		assertThat(archive.rawStatus()).isEqualTo("available");
		assertThat(archive.rawOutputMode()).isEqualTo("composed");
		assertThat(archive.rawStreamMode()).isEqualTo("manual");
		assertThat(archive.rawResolution()).isEqualTo("1920x1080");
	}

	@Test
	void appliesTheServerDefaultsToAbsentFields() {
		Archive archive = read("""
				{"id":"%s","status":"started","name":null,"sessionId":"%s","projectId":123456,
				 "createdAt":"1700000000000","url":null}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(archive.name()).isNull();
		assertThat(archive.projectId()).isEqualTo("123456");
		assertThat(archive.partnerId()).isNull();
		assertThat(archive.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
		assertThat(archive.updatedAt()).isNull();
		assertThat(archive.duration()).isZero();
		assertThat(archive.size()).isZero();
		assertThat(archive.hasAudio()).isTrue();
		assertThat(archive.hasVideo()).isTrue();
		assertThat(archive.outputMode()).isEqualTo(OutputMode.COMPOSED);
		assertThat(archive.streamMode()).isEqualTo(StreamMode.AUTO);
		assertThat(archive.resolution()).isNull();
		assertThat(archive.maxBitrate()).isNull();
		assertThat(archive.quantizationParameter()).isNull();
		assertThat(archive.streams()).isEmpty();
		assertThat(archive.hasTranscription()).isFalse();
		assertThat(archive.transcription()).isNull();
		assertThat(archive.rawOutputMode()).isNull();
		assertThat(archive.rawStreamMode()).isNull();
		assertThat(archive.rawResolution()).isNull();
	}

	@Test
	void readsAMissingStatusAsUnknownWithoutARawValue() {
		Archive archive = read("""
				{"id":"%s","sessionId":"%s","createdAt":1700000000000,"transcription":{}}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(archive.status()).isEqualTo(ArchiveStatus.UNKNOWN);
		assertThat(archive.rawStatus()).isNull();
		assertThat(archive.transcription().status()).isEqualTo(TranscriptionStatus.UNKNOWN);
		assertThat(archive.transcription().rawStatus()).isNull();
	}

	@Test
	void readsUnknownEnumValuesAsUnknown() {
		Archive archive = read("""
				{"id":"%s","status":"archiving-in-space","sessionId":"%s","createdAt":1700000000000,
				 "outputMode":"hologram","streamMode":"telepathic","resolution":"3840x2160",
				 "transcription":{"status":"summarizing"}}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(archive.status()).isEqualTo(ArchiveStatus.UNKNOWN);
		assertThat(archive.outputMode()).isEqualTo(OutputMode.UNKNOWN);
		assertThat(archive.streamMode()).isEqualTo(StreamMode.UNKNOWN);
		assertThat(archive.resolution()).isEqualTo(Resolution.UNKNOWN);
		assertThat(archive.transcription().status()).isEqualTo(TranscriptionStatus.UNKNOWN);
		assertThat(archive.transcription().hasSummary()).isFalse();
	}

	@Test
	void keepsTheWireStringOfUnknownEnumValues() {
		Archive archive = read("""
				{"id":"%s","status":"transcoding","sessionId":"%s","createdAt":1700000000000,
				 "outputMode":"hologram","streamMode":"telepathic","resolution":"3840x2160",
				 "transcription":{"status":"summarizing"}}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(archive.status()).isEqualTo(ArchiveStatus.UNKNOWN);
		assertThat(archive.rawStatus()).isEqualTo("transcoding");
		assertThat(archive.outputMode()).isEqualTo(OutputMode.UNKNOWN);
		assertThat(archive.rawOutputMode()).isEqualTo("hologram");
		assertThat(archive.streamMode()).isEqualTo(StreamMode.UNKNOWN);
		assertThat(archive.rawStreamMode()).isEqualTo("telepathic");
		assertThat(archive.resolution()).isEqualTo(Resolution.UNKNOWN);
		assertThat(archive.rawResolution()).isEqualTo("3840x2160");
		assertThat(archive.transcription().status()).isEqualTo(TranscriptionStatus.UNKNOWN);
		assertThat(archive.transcription().rawStatus()).isEqualTo("summarizing");
	}

	@Test
	void readsEveryArchiveStatus() {
		for (ArchiveStatus status : ArchiveStatus.values()) {
			openTok.server().reset();
			Archive archive = read("""
					{"id":"%s","status":"%s","sessionId":"%s","createdAt":1700000000000}
					""".formatted(ARCHIVE_ID, status.wireValue(), SESSION_ID));
			assertThat(archive.status()).isEqualTo(status);
			assertThat(archive.rawStatus()).isEqualTo(status.wireValue());
		}
	}

	@Test
	void readsEveryKnownModeResolutionAndTranscriptionStatus() {
		for (OutputMode mode : OutputMode.values()) {
			assertThat(readWith("outputMode", mode.wireValue()).outputMode()).isEqualTo(mode);
		}
		for (StreamMode mode : StreamMode.values()) {
			assertThat(readWith("streamMode", mode.wireValue()).streamMode()).isEqualTo(mode);
		}
		for (Resolution resolution : Resolution.values()) {
			assertThat(readWith("resolution", resolution.wireValue()).resolution()).isEqualTo(resolution);
		}
		for (TranscriptionStatus status : TranscriptionStatus.values()) {
			Transcription transcription = readWith("transcription", Map.of("status", status.wireValue()))
				.transcription();
			assertThat(transcription.status()).isEqualTo(status);
			assertThat(transcription.rawStatus()).isEqualTo(status.wireValue());
		}
	}

	private Archive readWith(String name, Object value) {
		openTok.server().reset();
		return read(JSON.writeValueAsString(Map.of("id", ARCHIVE_ID, "status", "started", "sessionId", SESSION_ID,
				"createdAt", 1700000000000L, name, value)));
	}

	@Test
	void readsADurationGivenAsAString() {
		Archive archive = read("""
				{"id":"%s","status":"stopped","sessionId":"%s","createdAt":1700000000000,"duration":"61"}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(archive.duration()).isEqualTo(Duration.ofSeconds(61));
	}

	@Test
	void reportsABodyThatIsNotAnArchive() {
		openTok.respond(request(), json(200, "{\"id\":\"" + ARCHIVE_ID + "\",\"duration\":\"a while\"}"));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(() -> client.get(ARCHIVE_ID))
			.withMessageStartingWith("archive.get");
	}

}
