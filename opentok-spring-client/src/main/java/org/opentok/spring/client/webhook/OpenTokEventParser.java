package org.opentok.spring.client.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.render.Render;
import org.opentok.spring.client.render.RenderStatus;
import org.opentok.spring.client.sip.SipCall;

import static org.opentok.spring.client.webhook.EventFields.epochMillis;
import static org.opentok.spring.client.webhook.EventFields.firstText;
import static org.opentok.spring.client.webhook.EventFields.requiredObject;
import static org.opentok.spring.client.webhook.EventFields.requiredText;
import static org.opentok.spring.client.webhook.EventFields.seconds;
import static org.opentok.spring.client.webhook.EventFields.text;

/**
 * Reads the JSON bodies OpenTok POSTs to an application into {@link OpenTokEvent}s. Kinds
 * are told apart, in this order, by:
 * <ol>
 * <li>{@code event} {@code connectionCreated}, {@code connectionDestroyed},
 * {@code streamCreated}, {@code streamDestroyed}, {@code sessionCreated},
 * {@code sessionDestroyed}, {@code sessionNotification}: session monitoring;</li>
 * <li>{@code event} {@code callCreated}, {@code callUpdated}, {@code callDestroyed}, or a
 * {@code call} object: SIP call;</li>
 * <li>{@code event} {@code archive}: archive status;</li>
 * <li>{@code event} {@code broadcast}, or a {@code broadcastUrls} object: broadcast
 * status;</li>
 * <li>a {@code captionId} or {@code captionsId}, or {@code group} {@code captions}: live
 * captions status;</li>
 * <li>{@code event} {@code render}, or an {@code id}, {@code sessionId}, {@code url} and
 * an Experience Composer {@code status}: render status;</li>
 * <li>any other JSON object: {@link UnknownOpenTokEvent}.</li>
 * </ol>
 * Unknown fields never fail parsing and stay in each event's {@link OpenTokEvent#json()}.
 * Neither do unknown values of a status, type or reason: the enum accessor answers
 * {@code UNKNOWN} and the event's {@code raw...} accessor holds the string as sent.
 * Instances are thread-safe.
 *
 * @since 0.1.0
 */
public final class OpenTokEventParser {

	private static final Set<String> SIP_EVENTS = Set.of("callCreated", "callUpdated", "callDestroyed");

	private static final int MAX_DETAIL_LENGTH = 200;

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/**
	 * Parses a body.
	 * @param body the body's bytes (JSON in UTF-8, UTF-16 or UTF-32)
	 * @return the event
	 * @throws InvalidOpenTokEventException if the body is not a JSON object or is a
	 * malformed event of a known kind
	 */
	public OpenTokEvent parse(byte[] body) {
		return parse(readTree(body));
	}

	/**
	 * Parses a body.
	 * @param body the body's text
	 * @return the event
	 * @throws InvalidOpenTokEventException if the body is not a JSON object or is a
	 * malformed event of a known kind
	 */
	public OpenTokEvent parse(String body) {
		return parse(readTree(body.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Reads an already parsed body.
	 * @param json the body
	 * @return the event
	 * @throws InvalidOpenTokEventException if the body is not a JSON object or is a
	 * malformed event of a known kind
	 */
	public OpenTokEvent parse(JsonNode json) {
		if (!json.isObject()) {
			throw new InvalidOpenTokEventException("Body is not a JSON object", null);
		}
		try {
			return read(json, stringField(json, "event"));
		}
		catch (JacksonException ex) {
			throw new InvalidOpenTokEventException("Body has a value of the wrong type: " + detail(ex), ex);
		}
	}

	private JsonNode readTree(byte[] body) {
		try {
			return this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidOpenTokEventException("Body is not valid JSON: " + detail(ex), ex);
		}
	}

	private OpenTokEvent read(JsonNode json, String event) {
		return switch (event) {
			case "connectionCreated" -> new ConnectionCreatedEvent(requiredText(json, "sessionId", event),
					projectId(json), epochMillis(json, "timestamp"), connection(json, event), json);
			case "connectionDestroyed" ->
				new ConnectionDestroyedEvent(requiredText(json, "sessionId", event), projectId(json),
						epochMillis(json, "timestamp"), text(json, "reason"), connection(json, event), json);
			case "streamCreated" -> new StreamCreatedEvent(requiredText(json, "sessionId", event), projectId(json),
					epochMillis(json, "timestamp"), stream(json, event), json);
			case "streamDestroyed" -> new StreamDestroyedEvent(requiredText(json, "sessionId", event), projectId(json),
					epochMillis(json, "timestamp"), text(json, "reason"), stream(json, event), json);
			case "sessionCreated" -> new SessionCreatedEvent(requiredText(json, "sessionId", event), projectId(json),
					epochMillis(json, "timestamp"), json);
			case "sessionDestroyed" -> new SessionDestroyedEvent(requiredText(json, "sessionId", event),
					projectId(json), epochMillis(json, "timestamp"), text(json, "reason"), json);
			case "sessionNotification" -> new SessionNotificationEvent(requiredText(json, "sessionId", event),
					projectId(json), epochMillis(json, "timestamp"), text(json, "reason"), json);
			case "archive" -> archive(json);
			default -> readByShape(json, event);
		};
	}

	private OpenTokEvent readByShape(JsonNode json, String event) {
		if (SIP_EVENTS.contains(event) || isObject(json, "call")) {
			return sipCall(json, event);
		}
		if (event.equals("broadcast") || isObject(json, "broadcastUrls")) {
			return broadcast(json);
		}
		if (json.has("captionId") || json.has("captionsId") || stringField(json, "group").equals("captions")) {
			return captions(json);
		}
		if (event.equals("render") || isRenderShaped(json)) {
			return render(json);
		}
		return new UnknownOpenTokEvent(event.isEmpty() ? null : event, json);
	}

	private ArchiveStatusEvent archive(JsonNode json) {
		requiredText(json, "id", "archive");
		requiredText(json, "sessionId", "archive");
		return new ArchiveStatusEvent(this.mapper.treeToValue(json, Archive.class), json);
	}

	private BroadcastStatusEvent broadcast(JsonNode json) {
		requiredText(json, "id", "broadcast");
		requiredText(json, "sessionId", "broadcast");
		return new BroadcastStatusEvent(this.mapper.treeToValue(json, Broadcast.class), json);
	}

	private RenderStatusEvent render(JsonNode json) {
		requiredText(json, "id", "render");
		requiredText(json, "sessionId", "render");
		return new RenderStatusEvent(this.mapper.treeToValue(json, Render.class), json);
	}

	private SipCallEvent sipCall(JsonNode json, String event) {
		String kind = event.isEmpty() ? "SIP call" : event;
		JsonNode call = requiredObject(json, "call", kind);
		requiredText(call, "id", kind + " call");
		String reason = text(json, "reason");
		return new SipCallEvent(event.isEmpty() ? null : event, requiredText(json, "sessionId", kind), projectId(json),
				epochMillis(json, "timestamp"), (reason != null) ? reason : text(call, "reason"), text(call, "state"),
				this.mapper.treeToValue(call, SipCall.class), json);
	}

	private CaptionStatusEvent captions(JsonNode json) {
		String captionsId = firstText(json, "captionId", "captionsId");
		if (captionsId == null || captionsId.isBlank()) {
			throw new InvalidOpenTokEventException("'captionId' is missing from the captions event", null);
		}
		return new CaptionStatusEvent(captionsId, requiredText(json, "sessionId", "captions"), projectId(json),
				text(json, "status"), epochMillis(json, "createdAt"), epochMillis(json, "updatedAt"),
				seconds(json, "duration"), text(json, "languageCode"), text(json, "provider"), text(json, "reason"),
				json);
	}

	private EventConnection connection(JsonNode json, String event) {
		JsonNode connection = requiredObject(json, "connection", event);
		requiredText(connection, "id", event + " connection");
		return this.mapper.treeToValue(connection, EventConnection.class);
	}

	private EventStream stream(JsonNode json, String event) {
		JsonNode stream = requiredObject(json, "stream", event);
		requiredText(stream, "id", event + " stream");
		return this.mapper.treeToValue(stream, EventStream.class);
	}

	private static @Nullable String projectId(JsonNode json) {
		return firstText(json, "projectId", "applicationId");
	}

	private static String stringField(JsonNode json, String name) {
		JsonNode value = json.path(name);
		return value.isString() ? value.stringValue() : "";
	}

	private static boolean isObject(JsonNode json, String name) {
		JsonNode value = json.get(name);
		return value != null && value.isObject();
	}

	private static boolean isRenderShaped(JsonNode json) {
		JsonNode status = json.path("status");
		return json.path("id").isString() && json.path("sessionId").isString() && json.path("url").isString()
				&& status.isString() && RenderStatus.fromWire(status.stringValue()) != RenderStatus.UNKNOWN;
	}

	private static String detail(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		return (message.length() > MAX_DETAIL_LENGTH) ? message.substring(0, MAX_DETAIL_LENGTH) + "..." : message;
	}

}
