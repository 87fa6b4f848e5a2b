package org.opentok.spring.boot.autoconfigure.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.BroadcastStatusEvent;
import org.opentok.spring.client.webhook.CaptionStatusEvent;
import org.opentok.spring.client.webhook.ConnectionCreatedEvent;
import org.opentok.spring.client.webhook.ConnectionDestroyedEvent;
import org.opentok.spring.client.webhook.OpenTokEvent;
import org.opentok.spring.client.webhook.RenderStatusEvent;
import org.opentok.spring.client.webhook.SessionCreatedEvent;
import org.opentok.spring.client.webhook.SessionDestroyedEvent;
import org.opentok.spring.client.webhook.SessionNotificationEvent;
import org.opentok.spring.client.webhook.SipCallEvent;
import org.opentok.spring.client.webhook.StreamCreatedEvent;
import org.opentok.spring.client.webhook.StreamDestroyedEvent;
import org.opentok.spring.client.webhook.UnknownOpenTokEvent;

/**
 * Callback bodies shaped as OpenTok sends them, one per event type.
 */
final class WebhookPayloads {

	static final String SESSION_ID = "2_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-ZXhhbXBsZX4";

	static final String CONNECTION_CREATED = """
			{"sessionId":"%s","projectId":"123456","event":"connectionCreated","timestamp":1700000001234,
			 "connection":{"id":"c053fcc8-0000-4000-8000-0000000000aa","createdAt":1700000001100,"data":"userId=42"}}
			""".formatted(SESSION_ID);

	static final String ARCHIVE = """
			{"id":"b40ef09b-0000-4000-8000-0000000000cc","event":"archive","status":"available",
			 "createdAt":1700000000000,"duration":328,"name":"Foo","partnerId":123456,"reason":"",
			 "resolution":"640x480","sessionId":"%s","size":18023312,
			 "url":"https://archives.example.com/b40ef09b/archive.mp4","hasAudio":true,"hasVideo":true,
			 "outputMode":"composed"}
			""".formatted(SESSION_ID);

	// the notification OpenTok sends 4 hours and 1 hour before a session's media
	// server is rotated: https://developer.vonage.com/en/video/guides/server-rotation,
	// https://developer.vonage.com/en/video/guides/service-disruption-callbacks
	static final String SESSION_NOTIFICATION = """
			{"sessionId":"%s","projectId":"123456","event":"sessionNotification","reason":"serverRotation",
			 "timestamp":1700014400000}
			""".formatted(SESSION_ID);

	private WebhookPayloads() {
	}

	static Map<Class<? extends OpenTokEvent>, String> oneOfEachKind() {
		Map<Class<? extends OpenTokEvent>, String> bodies = new LinkedHashMap<>();
		bodies.put(ConnectionCreatedEvent.class, CONNECTION_CREATED);
		bodies.put(ConnectionDestroyedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"connectionDestroyed","reason":"clientDisconnected",
				 "timestamp":1700000099000,
				 "connection":{"id":"c053fcc8-0000-4000-8000-0000000000aa","createdAt":1700000001100,"data":""}}
				""".formatted(SESSION_ID));
		bodies.put(StreamCreatedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"streamCreated","timestamp":1700000050100,
				 "stream":{"id":"63245362-0000-4000-8000-0000000000bb",
				   "connection":{"id":"c053fcc8-0000-4000-8000-0000000000aa","createdAt":1700000001100,"data":""},
				   "createdAt":1700000050000,"name":"","videoType":"camera"}}
				""".formatted(SESSION_ID));
		bodies.put(StreamDestroyedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"streamDestroyed","reason":"forceUnpublished",
				 "timestamp":1700000099000,
				 "stream":{"id":"63245362-0000-4000-8000-0000000000bb",
				   "connection":{"id":"c053fcc8-0000-4000-8000-0000000000aa","createdAt":1700000001100,"data":""},
				   "createdAt":1700000050000,"name":"","videoType":"camera"}}
				""".formatted(SESSION_ID));
		bodies.put(SessionCreatedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"sessionCreated","timestamp":1700000001000}
				""".formatted(SESSION_ID));
		bodies.put(SessionDestroyedEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"sessionDestroyed","timestamp":1700000160000}
				""".formatted(SESSION_ID));
		bodies.put(SessionNotificationEvent.class, SESSION_NOTIFICATION);
		bodies.put(ArchiveStatusEvent.class, ARCHIVE);
		bodies.put(BroadcastStatusEvent.class, """
				{"id":"1748b7070a81464c9759c46ad10d3734","sessionId":"%s","projectId":123456,"partnerId":123456,
				 "event":"broadcast","createdAt":1700000000000,"updatedAt":1700000005000,"status":"started",
				 "broadcastUrls":{"hls":"https://cdn.example.com/hls/playlist.m3u8","hlsStatus":"ready"}}
				""".formatted(SESSION_ID));
		bodies.put(SipCallEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"callDestroyed","timestamp":1700000200000,
				 "call":{"id":"b0a5a8c7-0000-4000-8000-0000000000dd",
				   "connectionId":"c053fcc8-0000-4000-8000-0000000000aa","createdAt":1700000001400}}
				""".formatted(SESSION_ID));
		bodies.put(RenderStatusEvent.class, """
				{"id":"1248e7070b81464c9789f46ad10e7764","sessionId":"%s","projectId":"123456",
				 "createdAt":1700000000000,"updatedAt":1700000003000,"url":"https://webapp.example.com/composer",
				 "resolution":"1280x720","status":"stopped","reason":"Stop Requested"}
				""".formatted(SESSION_ID));
		bodies.put(CaptionStatusEvent.class, """
				{"captionId":"7c0680fc-0000-4000-8000-0000000000ee","applicationId":"123456","sessionId":"%s",
				 "status":"started","createdAt":1700000000000,"updatedAt":1700000000000,"duration":0,
				 "languageCode":"en-US","provider":"aws-transcribe","group":"captions"}
				""".formatted(SESSION_ID));
		bodies.put(UnknownOpenTokEvent.class, """
				{"sessionId":"%s","projectId":"123456","event":"somethingNew","timestamp":1700000001000}
				""".formatted(SESSION_ID));
		return bodies;
	}

}
