package org.opentok.spring.boot.test.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.BroadcastStatus;
import org.opentok.spring.client.broadcast.HlsOptions;
import org.opentok.spring.client.broadcast.RtmpTarget;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Archives and broadcasts kept in the state directory ({@code activity.json}) across a
 * restart.
 */
class SavedActivityTests {

	private static final String KEY = "46000003";

	private static final String SECRET = "fedcba9876543210fedcba9876543210fedcba98";

	@TempDir
	Path directory;

	@Test
	void archivesAndBroadcastsSurviveARestart() throws Exception {
		String sessionId;
		Archive stopped;
		Archive recording;
		Broadcast broadcast;
		try (OpenTokEmulator emulator = emulator()) {
			OpenTok openTok = client(emulator);
			sessionId = openTok.sessions()
				.create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build())
				.sessionId();
			emulator.connect(sessionId);
			stopped = openTok.archives()
				.start(ArchiveOptions.builder().sessionId(sessionId).name("first").multiArchiveTag("a").build());
			openTok.archives().stop(stopped.id());
			assertThat(emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
			stopped = openTok.archives().get(stopped.id());
			assertThat(stopped.status()).isEqualTo(ArchiveStatus.AVAILABLE);
			recording = openTok.archives()
				.start(ArchiveOptions.builder().sessionId(sessionId).name("second").multiArchiveTag("b").build());
			broadcast = openTok.broadcasts()
				.start(BroadcastOptions.builder()
					.sessionId(sessionId)
					.hls(HlsOptions.builder().dvr(true).build())
					.addRtmp(RtmpTarget.of("yt", "rtmps://live.example.com/app", "key-123"))
					.build());
			assertThat(emulator.awaitIdle(Duration.ofSeconds(10))).isTrue();
			broadcast = openTok.broadcasts().get(broadcast.id());
		}
		assertThat(this.directory.resolve("activity.json")).content().contains(stopped.id(), broadcast.id());
		try (OpenTokEmulator restarted = emulator()) {
			OpenTok openTok = client(restarted);
			Archive available = openTok.archives().get(stopped.id());
			assertThat(available).usingRecursiveComparison().ignoringFields("url").isEqualTo(stopped);
			assertThat(available.url())
				.isEqualTo(restarted.baseUrl() + "/_emulator/archives/" + stopped.id() + "/archive.mp4");
			assertThat(download(available.url())).isEqualTo(200);
			Archive stillRecording = openTok.archives().get(recording.id());
			assertThat(stillRecording.status()).isEqualTo(ArchiveStatus.STARTED);
			assertThat(stillRecording.name()).isEqualTo("second");
			assertThat(openTok.archives().stop(recording.id()).status()).isEqualTo(ArchiveStatus.STOPPED);
			Broadcast kept = openTok.broadcasts().get(broadcast.id());
			assertThat(kept).usingRecursiveComparison().ignoringFields("broadcastUrls.hls").isEqualTo(broadcast);
			assertThat(kept.broadcastUrls().hls()).startsWith(restarted.baseUrl() + "/_emulator/broadcasts/");
			assertThat(kept.status()).isEqualTo(BroadcastStatus.STARTED);
			assertThat(kept.sessionId()).isEqualTo(sessionId);
			openTok.broadcasts().stop(broadcast.id());
			openTok.archives().delete(stopped.id());
		}
		try (OpenTokEmulator again = emulator()) {
			OpenTok openTok = client(again);
			assertThat(openTok.broadcasts().get(broadcast.id()).status()).isEqualTo(BroadcastStatus.STOPPED);
			assertThat(openTok.archives().get(stopped.id()).status()).isEqualTo(ArchiveStatus.DELETED);
			again.reset();
		}
		assertThat(this.directory.resolve("activity.json")).content().doesNotContain(stopped.id());
	}

	@Test
	void refusesAnActivityFileItCannotRead() throws Exception {
		Files.createDirectories(this.directory);
		emulator().close();
		Files.writeString(this.directory.resolve("activity.json"), "{\"archives\":[{\"projectId\":\"" + KEY + "\"}]}");
		assertThatIllegalStateException().isThrownBy(this::emulator)
			.withMessageContaining("activity.json")
			.withMessageContaining("'id' is missing");
	}

	private static int download(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private OpenTokEmulator emulator() {
		return OpenTokEmulator.builder().project(KEY, SECRET).stateDirectory(this.directory).start();
	}

	private static OpenTok client(OpenTokEmulator emulator) {
		return OpenTok.builder(KEY, SECRET)
			.apiUrl(emulator.baseUrl())
			.retryPolicy(RetryPolicy.none())
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

}
