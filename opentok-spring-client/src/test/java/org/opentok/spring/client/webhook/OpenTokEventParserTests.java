package org.opentok.spring.client.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.archive.OutputMode;
import org.opentok.spring.client.broadcast.BroadcastStatus;
import org.opentok.spring.client.broadcast.HlsStatus;
import org.opentok.spring.client.broadcast.RtmpStatus;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.render.RenderStatus;
import org.opentok.spring.client.stream.VideoType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OpenTokEventParser}, with bodies shaped as OpenTok sends them.
 */
class OpenTokEventParserTests {

	private static final String SESSION_ID = "2_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-ZXhhbXBsZX4";

	private static final String CONNECTION_ID = "c053fcc8-0000-4000-8000-0000000000aa";

	private static final String STREAM_ID = "63245362-0000-4000-8000-0000000000bb";

	private static final String ARCHIVE_ID = "b40ef09b-0000-4000-8000-0000000000cc";

	private final OpenTokEventParser parser = new OpenTokEventParser();

	@Test
	void readsConnectionCreated() {
		OpenTokEvent event = this.parser.parse("""
				{"sessionId":"%s","projectId":"123456","event":"connectionCreated","timestamp":1700000001234,
				 "connection":{"id":"%s","createdAt":1700000001100,"data":"userId=42"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event).isInstanceOf(ConnectionCreatedEvent.class);
		ConnectionCreatedEvent created = (ConnectionCreatedEvent) event;
		assertThat(created.kind()).isEqualTo(OpenTokEventKind.CONNECTION_CREATED);
		assertThat(created.sessionId()).isEqualTo(SESSION_ID);
		assertThat(created.projectId()).isEqualTo("123456");
		assertThat(created.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_000_001_234L));
		assertThat(created.connection())
			.isEqualTo(new EventConnection(CONNECTION_ID, Instant.ofEpochMilli(1_700_000_001_100L), "userId=42"));
	}

	@Test
	void readsConnectionDestroyedWithItsReason() {
		ConnectionDestroyedEvent destroyed = parse(ConnectionDestroyedEvent.class, """
				{"sessionId":"%s","projectId":123456,"event":"connectionDestroyed","reason":"forceDisconnected",
				 "timestamp":"1700000099000","connection":{"id":"%s","createdAt":1700000001100,"data":""}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(destroyed.projectId()).isEqualTo("123456");
		assertThat(destroyed.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_000_099_000L));
		assertThat(destroyed.reason()).isEqualTo(DestroyReason.FORCE_DISCONNECTED);
		assertThat(destroyed.rawReason()).isEqualTo("forceDisconnected");
		assertThat(destroyed.connection().data()).isEmpty();
	}

	@Test
	void readsStreamCreated() {
		StreamCreatedEvent created = parse(StreamCreatedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"streamCreated","timestamp":1700000050100,
				 "stream":{"id":"%s","connection":{"id":"%s","createdAt":1700000001100,"data":"userId=42"},
				           "createdAt":1700000050000,"name":"Alice","videoType":"screen"}}
				""".formatted(SESSION_ID, STREAM_ID, CONNECTION_ID));
		EventStream stream = created.stream();
		assertThat(stream.id()).isEqualTo(STREAM_ID);
		assertThat(stream.connection()).isNotNull();
		assertThat(stream.connection().id()).isEqualTo(CONNECTION_ID);
		assertThat(stream.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_050_000L));
		assertThat(stream.name()).isEqualTo("Alice");
		assertThat(stream.videoType()).isEqualTo(VideoType.SCREEN);
	}

	@Test
	void readsStreamDestroyedOfAnAudioOnlyStream() {
		StreamDestroyedEvent destroyed = parse(StreamDestroyedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"streamDestroyed","reason":"mediaStopped",
				 "timestamp":1700000099000,
				 "stream":{"id":"%s","connection":{"id":"%s","createdAt":1700000001100,"data":""},
				           "createdAt":1700000050000,"name":""}}
				""".formatted(SESSION_ID, STREAM_ID, CONNECTION_ID));
		assertThat(destroyed.reason()).isEqualTo(DestroyReason.MEDIA_STOPPED);
		assertThat(destroyed.stream().videoType()).isNull();
		assertThat(destroyed.stream().rawVideoType()).isNull();
		assertThat(destroyed.stream().name()).isEmpty();
	}

	@Test
	void readsSessionCreatedAndDestroyed() {
		SessionCreatedEvent created = parse(SessionCreatedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"sessionCreated","timestamp":1700000000500}
				""".formatted(SESSION_ID));
		assertThat(created.sessionId()).isEqualTo(SESSION_ID);
		assertThat(created.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_500L));
		SessionDestroyedEvent destroyed = parse(SessionDestroyedEvent.class, """
				{"sessionId":"%s","applicationId":"9f3c1d7e-0000-4000-8000-000000000001","event":"sessionDestroyed"}
				""".formatted(SESSION_ID));
		assertThat(destroyed.projectId()).isEqualTo("9f3c1d7e-0000-4000-8000-000000000001");
		assertThat(destroyed.timestamp()).isNull();
		assertThat(destroyed.kind()).isEqualTo(OpenTokEventKind.SESSION_DESTROYED);
		assertThat(destroyed.reason()).isEqualTo(DestroyReason.UNKNOWN);
		assertThat(destroyed.rawReason()).isNull();
	}

	@Test
	void readsAnArchiveCallback() {
		ArchiveStatusEvent event = parse(ArchiveStatusEvent.class, """
				{"id":"%s","event":"archive","status":"uploaded","createdAt":1700000000000,"duration":328,
				 "name":"Foo","partnerId":123456,"reason":"","resolution":"640x480","sessionId":"%s",
				 "size":18023312,"url":null,"hasAudio":true,"hasVideo":true,"outputMode":"composed"}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		Archive archive = event.archive();
		assertThat(event.status()).isEqualTo(ArchiveStatus.UPLOADED);
		assertThat(event.sessionId()).isEqualTo(SESSION_ID);
		assertThat(archive.id()).isEqualTo(ARCHIVE_ID);
		assertThat(archive.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
		assertThat(archive.duration()).isEqualTo(Duration.ofSeconds(328));
		assertThat(archive.partnerId()).isEqualTo("123456");
		assertThat(archive.size()).isEqualTo(18_023_312L);
		assertThat(archive.url()).isNull();
		assertThat(archive.resolution()).isEqualTo(Resolution.SD_HORIZONTAL);
		assertThat(archive.outputMode()).isEqualTo(OutputMode.COMPOSED);
	}

	@ParameterizedTest
	@EnumSource(value = ArchiveStatus.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
	void readsEveryArchiveStatus(ArchiveStatus status) {
		ArchiveStatusEvent event = parse(ArchiveStatusEvent.class, """
				{"id":"%s","event":"archive","status":"%s","createdAt":1700000000000,"sessionId":"%s",
				 "partnerId":123456,"url":"https://archives.example.com/a.mp4"}
				""".formatted(ARCHIVE_ID, status.wireValue(), SESSION_ID));
		assertThat(event.status()).isEqualTo(status);
	}

	@Test
	void readsAnArchiveStatusThisVersionDoesNotKnowAsUnknown() {
		ArchiveStatusEvent event = parse(ArchiveStatusEvent.class, """
				{"id":"%s","event":"archive","status":"transcoding","createdAt":1700000000000,"sessionId":"%s"}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(event.status()).isEqualTo(ArchiveStatus.UNKNOWN);
		assertThat(event.json().get("status").stringValue()).isEqualTo("transcoding");
		assertThat(event.rawStatus()).isEqualTo("transcoding");
	}

	@Test
	void readsABroadcastCallback() {
		BroadcastStatusEvent event = parse(BroadcastStatusEvent.class, """
				{"id":"1748b7070a81464c9759c46ad10d3734","sessionId":"%s","projectId":123456,"partnerId":123456,
				 "event":"broadcast","createdAt":1700000000000,"updatedAt":1700000005000,"status":"started",
				 "resolution":"1280x720","maxDuration":5400,
				 "broadcastUrls":{"hls":"https://cdn.example.com/hls/playlist.m3u8","hlsStatus":"live",
				   "rtmp":[{"id":"foo","serverUrl":"rtmps://rtmp.example.com/live","streamName":"key",
				            "status":"connecting"}]}}
				""".formatted(SESSION_ID));
		assertThat(event.status()).isEqualTo(BroadcastStatus.STARTED);
		assertThat(event.sessionId()).isEqualTo(SESSION_ID);
		assertThat(event.broadcast().broadcastUrls()).isNotNull();
		assertThat(event.broadcast().broadcastUrls().hlsStatus()).isEqualTo(HlsStatus.LIVE);
		assertThat(event.broadcast().broadcastUrls().rtmp()).singleElement()
			.satisfies((rtmp) -> assertThat(rtmp.status()).isEqualTo(RtmpStatus.CONNECTING));
		assertThat(event.broadcast().maxDuration()).isEqualTo(5400);
	}

	@Test
	void readsASipCallEvent() {
		SipCallEvent event = parse(SipCallEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"callCreated","timestamp":1700000001500,
				 "call":{"id":"b0a5a8c7-0000-4000-8000-0000000000dd","connectionId":"%s",
				         "createdAt":1700000001400,"sipUri":"sip:user@sip.example.com;transport=tls"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event.type()).isEqualTo(SipCallEventType.CREATED);
		assertThat(event.sessionId()).isEqualTo(SESSION_ID);
		assertThat(event.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_000_001_500L));
		assertThat(event.call().id()).isEqualTo("b0a5a8c7-0000-4000-8000-0000000000dd");
		assertThat(event.call().connectionId()).isEqualTo(CONNECTION_ID);
		assertThat(event.call().createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_001_400L));
		assertThat(event.json().get("call").get("sipUri").stringValue())
			.isEqualTo("sip:user@sip.example.com;transport=tls");
	}

	@Test
	void readsANewSipCallEventByItsCallObject() {
		SipCallEvent event = parse(SipCallEvent.class, """
				{"sessionId":"%s","event":"callRinging","call":{"id":"call-1","connectionId":"%s"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event.type()).isEqualTo(SipCallEventType.UNKNOWN);
		assertThat(event.rawType()).isEqualTo("callRinging");
		assertThat(event.call().id()).isEqualTo("call-1");
	}

	@Test
	void readsAnExperienceComposerCallback() {
		RenderStatusEvent event = parse(RenderStatusEvent.class, """
				{"id":"1248e7070b81464c9789f46ad10e7764","sessionId":"%s","projectId":"123456",
				 "createdAt":1700000000000,"updatedAt":1700000003000,"name":"Composed stream",
				 "url":"https://webapp.example.com/composer","resolution":"1280x720","status":"started",
				 "streamId":"%s"}
				""".formatted(SESSION_ID, STREAM_ID));
		assertThat(event.status()).isEqualTo(RenderStatus.STARTED);
		assertThat(event.render().streamId()).isEqualTo(STREAM_ID);
		assertThat(event.render().resolution()).isEqualTo(Resolution.HD_HORIZONTAL);
		assertThat(event.render().updatedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_003_000L));
		RenderStatusEvent failed = parse(RenderStatusEvent.class, """
				{"id":"r-2","sessionId":"%s","event":"render","url":"https://webapp.example.com/composer",
				 "status":"failed","reason":"Could not load URL"}
				""".formatted(SESSION_ID));
		assertThat(failed.status()).isEqualTo(RenderStatus.FAILED);
		assertThat(failed.render().reason()).isEqualTo("Could not load URL");
	}

	@Test
	void readsALiveCaptionsCallback() {
		CaptionStatusEvent event = parse(CaptionStatusEvent.class, """
				{"captionId":"7c0680fc-0000-4000-8000-0000000000ee","applicationId":"123456","sessionId":"%s",
				 "status":"stopped","createdAt":1700000000000,"updatedAt":1700000600000,"duration":600,
				 "languageCode":"en-US","provider":"aws-transcribe","reason":"Max duration exceeded",
				 "group":"captions"}
				""".formatted(SESSION_ID));
		assertThat(event.captionsId()).isEqualTo("7c0680fc-0000-4000-8000-0000000000ee");
		assertThat(event.projectId()).isEqualTo("123456");
		assertThat(event.status()).isEqualTo(CaptionStatus.STOPPED);
		assertThat(event.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
		assertThat(event.updatedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_600_000L));
		assertThat(event.duration()).isEqualTo(Duration.ofMinutes(10));
		assertThat(event.languageCode()).isEqualTo("en-US");
		assertThat(event.provider()).isEqualTo("aws-transcribe");
		assertThat(event.reason()).isEqualTo("Max duration exceeded");
		assertThat(event.rawStatus()).isEqualTo("stopped");
	}

	// Server rotation: "Server Rotation and Session Migration"
	// (https://developer.vonage.com/en/video/guides/server-rotation)
	// and "Session Migration: Setup and Configuration"
	// (https://developer.vonage.com/en/video/guides/session-migration)
	// say a sessionNotification event goes to the session-monitoring
	// callback URL 4 hours and again 1 hour before the media server
	// of a session is rotated; "Service Disruption Callbacks"
	// (https://developer.vonage.com/en/video/guides/service-disruption-callbacks)
	// says it carries reason "serverRotation". sessionId, projectId
	// and timestamp are those of every session-monitoring callback
	// (https://developer.vonage.com/en/video/guides/session-monitoring).
	@Test
	void readsASessionNotificationOfAServerRotation() {
		SessionNotificationEvent event = parse(SessionNotificationEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"sessionNotification","reason":"serverRotation",
				 "timestamp":1700014400000}
				""".formatted(SESSION_ID));
		assertThat(event.kind()).isEqualTo(OpenTokEventKind.SESSION_NOTIFICATION);
		assertThat(event.sessionId()).isEqualTo(SESSION_ID);
		assertThat(event.projectId()).isEqualTo("123456");
		assertThat(event.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_014_400_000L));
		assertThat(event.reason()).isEqualTo(SessionNotificationReason.SERVER_ROTATION);
		assertThat(event.rawReason()).isEqualTo("serverRotation");
	}

	@Test
	void keepsASessionNotificationReasonThisVersionDoesNotKnow() {
		SessionNotificationEvent event = parse(SessionNotificationEvent.class, """
				{"sessionId":"%s","applicationId":"9f3c1d7e-0000-4000-8000-000000000001",
				 "event":"sessionNotification","reason":"regionEvacuation","rotationAt":1700018000000}
				""".formatted(SESSION_ID));
		assertThat(event.reason()).isEqualTo(SessionNotificationReason.UNKNOWN);
		assertThat(event.rawReason()).isEqualTo("regionEvacuation");
		assertThat(event.projectId()).isEqualTo("9f3c1d7e-0000-4000-8000-000000000001");
		assertThat(event.timestamp()).isNull();
		assertThat(event.json().get("rotationAt").longValue()).isEqualTo(1_700_018_000_000L);
	}

	@Test
	void rejectsASessionNotificationWithoutItsSession() {
		assertThatExceptionOfType(InvalidOpenTokEventException.class)
			.isThrownBy(() -> this.parser.parse("{\"event\":\"sessionNotification\",\"reason\":\"serverRotation\"}"))
			.withMessage("'sessionId' is missing from the sessionNotification event");
	}

	// "Server Rotation and Session Migration"
	// (https://developer.vonage.com/en/video/guides/server-rotation): clients
	// still connected when the servers shut down get a sessionDestroyed with
	// reason "serverRotation". "Service Disruption Callbacks"
	// (https://developer.vonage.com/en/video/guides/service-disruption-callbacks):
	// a media router crash destroys the session with reason "forceDisconnected".
	@Test
	void readsTheReasonOfSessionDestroyed() {
		SessionDestroyedEvent rotated = parse(SessionDestroyedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"sessionDestroyed","reason":"serverRotation",
				 "timestamp":1700018000000}
				""".formatted(SESSION_ID));
		assertThat(rotated.reason()).isEqualTo(DestroyReason.SERVER_ROTATION);
		assertThat(rotated.rawReason()).isEqualTo("serverRotation");
		assertThat(rotated.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_018_000_000L));
		SessionDestroyedEvent crashed = parse(SessionDestroyedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"sessionDestroyed","reason":"forceDisconnected",
				 "timestamp":1700018000000}
				""".formatted(SESSION_ID));
		assertThat(crashed.reason()).isEqualTo(DestroyReason.FORCE_DISCONNECTED);
		SessionDestroyedEvent idle = parse(SessionDestroyedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"sessionDestroyed","reason":"mediaIdle"}
				""".formatted(SESSION_ID));
		assertThat(idle.reason()).isEqualTo(DestroyReason.UNKNOWN);
		assertThat(idle.rawReason()).isEqualTo("mediaIdle");
	}

	// "Service Disruption Callbacks"
	// (https://developer.vonage.com/en/video/guides/service-disruption-callbacks): a
	// captions engine fault sends the captions status callback with status "failed".
	@Test
	void readsFailedCaptions() {
		CaptionStatusEvent event = parse(CaptionStatusEvent.class, """
				{"captionId":"7c0680fc-0000-4000-8000-0000000000ee","applicationId":"123456","sessionId":"%s",
				 "status":"failed","createdAt":1700000000000,"updatedAt":1700000300000,"duration":300,
				 "languageCode":"en-US","provider":"aws-transcribe","reason":"forceDisconnected",
				 "group":"captions"}
				""".formatted(SESSION_ID));
		assertThat(event.status()).isEqualTo(CaptionStatus.FAILED);
		assertThat(event.rawStatus()).isEqualTo("failed");
		assertThat(event.reason()).isEqualTo("forceDisconnected");
	}

	@Test
	void keepsACaptionStatusThisVersionDoesNotKnow() {
		CaptionStatusEvent event = parse(CaptionStatusEvent.class, """
				{"captionId":"c-1","sessionId":"%s","status":"throttled","group":"captions"}
				""".formatted(SESSION_ID));
		assertThat(event.status()).isEqualTo(CaptionStatus.UNKNOWN);
		assertThat(event.rawStatus()).isEqualTo("throttled");
		CaptionStatusEvent none = parse(CaptionStatusEvent.class, """
				{"captionId":"c-1","sessionId":"%s","group":"captions"}
				""".formatted(SESSION_ID));
		assertThat(none.status()).isEqualTo(CaptionStatus.UNKNOWN);
		assertThat(none.rawStatus()).isNull();
	}

	// "Service Disruption Callbacks"
	// (https://developer.vonage.com/en/video/guides/service-disruption-callbacks):
	// a SIP gateway failure drops the call leg with a callDestroyed
	// session-monitoring callback whose reason is normally "forceDisconnected".
	@Test
	void readsTheReasonOfADroppedSipCall() {
		SipCallEvent event = parse(SipCallEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"callDestroyed","reason":"forceDisconnected",
				 "timestamp":1700000200000,
				 "call":{"id":"b0a5a8c7-0000-4000-8000-0000000000dd","connectionId":"%s",
				         "createdAt":1700000001400,"state":"terminated"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event.type()).isEqualTo(SipCallEventType.DESTROYED);
		assertThat(event.rawType()).isEqualTo("callDestroyed");
		assertThat(event.reason()).isEqualTo(DestroyReason.FORCE_DISCONNECTED);
		assertThat(event.rawReason()).isEqualTo("forceDisconnected");
		assertThat(event.callState()).isEqualTo("terminated");
	}

	@Test
	void readsTheReasonOfASipCallFromItsCallObject() {
		SipCallEvent event = parse(SipCallEvent.class, """
				{"sessionId":"%s","event":"callDestroyed",
				 "call":{"id":"call-1","connectionId":"%s","reason":"gatewayLost"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event.reason()).isEqualTo(DestroyReason.UNKNOWN);
		assertThat(event.rawReason()).isEqualTo("gatewayLost");
		assertThat(event.callState()).isNull();
		SipCallEvent created = parse(SipCallEvent.class, """
				{"sessionId":"%s","event":"callCreated","call":{"id":"call-1","connectionId":"%s"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(created.reason()).isEqualTo(DestroyReason.UNKNOWN);
		assertThat(created.rawReason()).isNull();
	}

	@Test
	void keepsNoSipEventTypeWhenTheBodyHasNone() {
		SipCallEvent event = parse(SipCallEvent.class, """
				{"sessionId":"%s","call":{"id":"call-1","connectionId":"%s"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event.type()).isEqualTo(SipCallEventType.UNKNOWN);
		assertThat(event.rawType()).isNull();
	}

	@Test
	void keepsAStreamDestroyedReasonAndAVideoTypeThisVersionDoesNotKnow() {
		StreamDestroyedEvent destroyed = parse(StreamDestroyedEvent.class, """
				{"sessionId":"%s","event":"streamDestroyed","reason":"bandwidthExhausted",
				 "stream":{"id":"%s","videoType":"hologram"}}
				""".formatted(SESSION_ID, STREAM_ID));
		assertThat(destroyed.reason()).isEqualTo(DestroyReason.UNKNOWN);
		assertThat(destroyed.rawReason()).isEqualTo("bandwidthExhausted");
		assertThat(destroyed.stream().videoType()).isEqualTo(VideoType.UNKNOWN);
		assertThat(destroyed.stream().rawVideoType()).isEqualTo("hologram");
	}

	// "Service Disruption Callbacks"
	// (https://developer.vonage.com/en/video/guides/service-disruption-callbacks): a
	// broadcast node failure sends the broadcast status callback with status "failed".
	@Test
	void keepsTheStatusOfABroadcastArchiveAndRenderAsSent() {
		BroadcastStatusEvent broadcast = parse(BroadcastStatusEvent.class, """
				{"id":"1748b7070a81464c9759c46ad10d3734","sessionId":"%s","projectId":123456,"event":"broadcast",
				 "createdAt":1700000000000,"updatedAt":1700000900000,"status":"failed",
				 "reason":"forceDisconnected","broadcastUrls":{"hls":"https://cdn.example.com/hls/playlist.m3u8"}}
				""".formatted(SESSION_ID));
		assertThat(broadcast.rawStatus()).isEqualTo("failed");
		ArchiveStatusEvent archive = parse(ArchiveStatusEvent.class, """
				{"id":"%s","event":"archive","status":"failed","reason":"forceDisconnected","sessionId":"%s",
				 "createdAt":1700000000000}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(archive.status()).isEqualTo(ArchiveStatus.FAILED);
		assertThat(archive.rawStatus()).isEqualTo("failed");
		RenderStatusEvent render = parse(RenderStatusEvent.class, """
				{"id":"r-2","sessionId":"%s","event":"render","url":"https://webapp.example.com/composer",
				 "status":"migrating"}
				""".formatted(SESSION_ID));
		assertThat(render.status()).isEqualTo(RenderStatus.UNKNOWN);
		assertThat(render.rawStatus()).isEqualTo("migrating");
	}

	@Test
	void keepsUnknownFields() {
		ConnectionCreatedEvent event = parse(ConnectionCreatedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"connectionCreated","timestamp":1700000001234,
				 "region":"eu-west","connection":{"id":"%s","createdAt":1700000001100,"data":"",
				 "platform":{"os":"web"}}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event.json().get("region").stringValue()).isEqualTo("eu-west");
		assertThat(event.json().get("connection").get("platform").get("os").stringValue()).isEqualTo("web");
		ArchiveStatusEvent archive = parse(ArchiveStatusEvent.class, """
				{"id":"%s","event":"archive","status":"started","sessionId":"%s","createdAt":1700000000000,
				 "storage":{"type":"s3"},"somethingNew":[1,2]}
				""".formatted(ARCHIVE_ID, SESSION_ID));
		assertThat(archive.json().get("somethingNew").size()).isEqualTo(2);
		assertThat(archive.json().get("storage").get("type").stringValue()).isEqualTo("s3");
	}

	@Test
	void readsAReasonThisVersionDoesNotKnowAsUnknown() {
		ConnectionDestroyedEvent event = parse(ConnectionDestroyedEvent.class, """
				{"sessionId":"%s","event":"connectionDestroyed","reason":"kickedByAi","connection":{"id":"%s"}}
				""".formatted(SESSION_ID, CONNECTION_ID));
		assertThat(event.reason()).isEqualTo(DestroyReason.UNKNOWN);
		assertThat(event.rawReason()).isEqualTo("kickedByAi");
		assertThat(event.connection().createdAt()).isNull();
	}

	@Test
	void turnsAnUnknownEventKindIntoAnUnknownEvent() {
		OpenTokEvent event = this.parser.parse("""
				{"sessionId":"%s","projectId":"123456","event":"streamPropertyChanged","timestamp":1700000001234,
				 "changedProperty":"hasAudio"}
				""".formatted(SESSION_ID));
		assertThat(event).isInstanceOf(UnknownOpenTokEvent.class);
		UnknownOpenTokEvent unknown = (UnknownOpenTokEvent) event;
		assertThat(unknown.kind()).isEqualTo(OpenTokEventKind.UNKNOWN);
		assertThat(unknown.event()).isEqualTo("streamPropertyChanged");
		assertThat(unknown.sessionId()).isEqualTo(SESSION_ID);
		assertThat(unknown.json().get("changedProperty").stringValue()).isEqualTo("hasAudio");
	}

	@Test
	void turnsAnObjectWithoutEventIntoAnUnknownEvent() {
		UnknownOpenTokEvent event = parse(UnknownOpenTokEvent.class, "{\"hello\":\"world\",\"event\":{\"x\":1}}");
		assertThat(event.event()).isNull();
		assertThat(event.sessionId()).isNull();
		assertThat(event.json().get("hello").stringValue()).isEqualTo("world");
	}

	@Test
	void readsBytesInUtf8() {
		byte[] body = """
				{"sessionId":"%s","event":"connectionCreated","connection":{"id":"%s","data":"name=Zoë"}}
				""".formatted(SESSION_ID, CONNECTION_ID).getBytes(StandardCharsets.UTF_8);
		ConnectionCreatedEvent event = (ConnectionCreatedEvent) this.parser.parse(body);
		assertThat(event.connection().data()).isEqualTo("name=Zoë");
	}

	@Test
	void rejectsATruncatedBody() {
		String body = """
				{"sessionId":"%s","event":"connectionCreated","connection":{"id":"%s","createdAt":17000"""
			.formatted(SESSION_ID, CONNECTION_ID);
		assertThatExceptionOfType(InvalidOpenTokEventException.class).isThrownBy(() -> this.parser.parse(body))
			.withMessageStartingWith("Body is not valid JSON: Unexpected end-of-input")
			.withMessageNotContaining(SESSION_ID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "null", "[1,2]", "\"archive\"", "42", "{\"event\":\"archive\"} trailing", "{,}" })
	void rejectsBodiesThatAreNotOneJsonObject(String body) {
		assertThatExceptionOfType(InvalidOpenTokEventException.class).isThrownBy(() -> this.parser.parse(body));
	}

	@Test
	void rejectsAKnownEventWithoutItsRequiredParts() {
		assertThatExceptionOfType(InvalidOpenTokEventException.class)
			.isThrownBy(() -> this.parser.parse("{\"event\":\"connectionCreated\",\"connection\":{\"id\":\"c\"}}"))
			.withMessage("'sessionId' is missing from the connectionCreated event");
		assertThatExceptionOfType(InvalidOpenTokEventException.class)
			.isThrownBy(() -> this.parser.parse("{\"event\":\"streamCreated\",\"sessionId\":\"s\",\"stream\":1}"))
			.withMessage("'stream' object is missing from the streamCreated event");
		assertThatExceptionOfType(InvalidOpenTokEventException.class)
			.isThrownBy(() -> this.parser.parse("{\"event\":\"archive\",\"sessionId\":\"s\",\"status\":\"started\"}"))
			.withMessage("'id' is missing from the archive event");
	}

	@Test
	void rejectsValuesOfTheWrongType() {
		assertThatExceptionOfType(InvalidOpenTokEventException.class).isThrownBy(() -> this.parser.parse("""
				{"sessionId":"s","event":"sessionCreated","timestamp":"yesterday"}
				""")).withMessage("'timestamp' must be a whole number");
		assertThatExceptionOfType(InvalidOpenTokEventException.class).isThrownBy(() -> this.parser.parse("""
				{"sessionId":"s","event":"connectionCreated","connection":{"id":"c","createdAt":"soon"}}
				""")).withMessageStartingWith("Body has a value of the wrong type");
	}

	private <T extends OpenTokEvent> T parse(Class<T> type, String body) {
		OpenTokEvent event = this.parser.parse(body);
		assertThat(event).isInstanceOf(type);
		return type.cast(event);
	}

}
