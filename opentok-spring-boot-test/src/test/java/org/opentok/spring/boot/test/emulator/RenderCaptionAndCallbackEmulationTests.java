package org.opentok.spring.boot.test.emulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.callback.Callback;
import org.opentok.spring.client.callback.CallbackEvent;
import org.opentok.spring.client.caption.CaptionOptions;
import org.opentok.spring.client.caption.Captions;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokConflictException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.render.Render;
import org.opentok.spring.client.render.RenderOptions;
import org.opentok.spring.client.render.RenderStatus;
import org.opentok.spring.client.stream.VideoType;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code RenderClient}, {@code CaptionClient} and {@code CallbackClient} against the
 * emulator.
 */
class RenderCaptionAndCallbackEmulationTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private static String token(String sessionId, Role role) {
		return fixture.openTok().tokens().generate(sessionId, TokenOptions.builder().role(role).build());
	}

	@Test
	void startsAnExperienceComposerThatPublishesUntilStopped() {
		String sessionId = fixture.routedSession();
		Render render = fixture.openTok()
			.renders()
			.start(RenderOptions.builder()
				.sessionId(sessionId)
				.token(token(sessionId, Role.PUBLISHER))
				.url("https://app.example.com/composer")
				.resolution(Resolution.HD_VERTICAL)
				.name("Composed")
				.build());
		assertThat(render.status()).isEqualTo(RenderStatus.STARTING);
		assertThat(render.streamId()).isNull();
		assertThat(fixture.emulator().awaitIdle(Duration.ofSeconds(5))).isTrue();
		Render started = fixture.openTok().renders().get(render.id());
		assertThat(started.status()).isEqualTo(RenderStatus.STARTED);
		assertThat(started.resolution()).isEqualTo(Resolution.HD_VERTICAL);
		assertThat(fixture.emulator().streams(sessionId)).singleElement().satisfies((stream) -> {
			assertThat(stream.streamId()).isEqualTo(started.streamId());
			assertThat(stream.videoType()).isEqualTo(VideoType.CUSTOM);
			assertThat(stream.name()).isEqualTo("Composed");
		});
		fixture.openTok().renders().stop(render.id());
		Render stopped = fixture.openTok().renders().get(render.id());
		assertThat(stopped.status()).isEqualTo(RenderStatus.STOPPED);
		assertThat(stopped.reason()).isEqualTo("Stop Requested");
		assertThat(fixture.emulator().connections(sessionId)).isEmpty();
	}

	@Test
	void listsRendersAndAnswersUnknownOnesWith404() {
		String sessionId = fixture.routedSession();
		RenderOptions options = RenderOptions.builder()
			.sessionId(sessionId)
			.token(token(sessionId, Role.MODERATOR))
			.url("https://app.example.com/composer")
			.build();
		String first = fixture.openTok().renders().start(options).id();
		String second = fixture.openTok().renders().start(options).id();
		assertThat(fixture.openTok().renders().list(PageQuery.first(1)).items()).extracting(Render::id)
			.containsExactly(second);
		assertThat(fixture.openTok().renders().list(PageQuery.first(1)).totalCount()).isEqualTo(2);
		assertThat(fixture.openTok().renders().listAll(1)).extracting(Render::id).containsExactly(second, first);
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().renders().get("1248e707-0000-4000-8000-000000000001"));
		assertThatExceptionOfType(OpenTokBadRequestException.class).isThrownBy(() -> fixture.openTok()
			.renders()
			.start(RenderOptions.builder()
				.sessionId(sessionId)
				.token(token(sessionId, Role.SUBSCRIBER))
				.url("https://app.example.com/composer")
				.build()));
		assertThat(fixture.send("GET", fixture.projectPath("/render?count=0"), null).status()).isEqualTo(400);
	}

	@Test
	void startsAndStopsCaptionsOncePerSession() {
		String sessionId = fixture.routedSession();
		CaptionOptions options = CaptionOptions.builder()
			.sessionId(sessionId)
			.token(token(sessionId, Role.MODERATOR))
			.languageCode("fr-FR")
			.maxDuration(600)
			.partialCaptions(false)
			.statusCallbackUrl("https://app.example.com/captions")
			.build();
		Captions captions = fixture.openTok().captions().start(options);
		assertThat(captions.captionsId()).isNotBlank();
		assertThatExceptionOfType(OpenTokConflictException.class)
			.isThrownBy(() -> fixture.openTok().captions().start(options));
		fixture.openTok().captions().stop(captions.captionsId());
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().captions().stop(captions.captionsId()));
		assertThat(fixture.openTok().captions().start(options).captionsId()).isNotEqualTo(captions.captionsId());
	}

	@Test
	void refusesCaptionsWithoutAModeratorTokenOrOnARelayedSession() {
		String sessionId = fixture.routedSession();
		assertThatExceptionOfType(OpenTokBadRequestException.class)
			.isThrownBy(() -> fixture.openTok()
				.captions()
				.start(CaptionOptions.builder().sessionId(sessionId).token(token(sessionId, Role.PUBLISHER)).build()))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("moderator"));
		String relayed = fixture.relayedSession();
		assertThatExceptionOfType(OpenTokConflictException.class).isThrownBy(() -> fixture.openTok()
			.captions()
			.start(CaptionOptions.builder().sessionId(relayed).token(token(relayed, Role.MODERATOR)).build()));
		assertThat(fixture
			.send("POST", fixture.projectPath("/captions"),
					"{\"sessionId\":\"" + sessionId + "\",\"token\":\"" + token(sessionId, Role.MODERATOR)
							+ "\",\"maxDuration\":100}")
			.status()).isEqualTo(400);
	}

	@Test
	void registersListsAndUnregistersCallbacks() {
		Callback archive = fixture.openTok()
			.callbacks()
			.register(CallbackEvent.ARCHIVE_STATUS, "https://app.example.com/archives");
		Callback connection = fixture.openTok()
			.callbacks()
			.register("connection", "created", "https://app.example.com/connections");
		assertThat(archive.callbackEvent()).isEqualTo(CallbackEvent.ARCHIVE_STATUS);
		assertThat(archive.createdAt()).isNotNull();
		assertThat(fixture.openTok().callbacks().list()).extracting(Callback::id)
			.containsExactly(archive.id(), connection.id());
		fixture.openTok().callbacks().unregister(archive.id());
		assertThat(fixture.openTok().callbacks().list()).extracting(Callback::url)
			.containsExactly("https://app.example.com/connections");
		assertThatExceptionOfType(OpenTokNotFoundException.class)
			.isThrownBy(() -> fixture.openTok().callbacks().unregister(archive.id()));
		assertThat(fixture
			.send("POST", fixture.projectPath("/callback"),
					"{\"group\":\"archive\",\"event\":\"created\",\"url\":\"https://x.example.com\"}")
			.status()).isEqualTo(400);
		assertThat(fixture
			.send("POST", fixture.projectPath("/callback"),
					"{\"group\":\"stream\",\"event\":\"created\",\"url\":\"ftp://x.example.com\"}")
			.status()).isEqualTo(400);
	}

}
