package org.opentok.spring.client.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.WireEnums;

/**
 * The kinds of {@link OpenTokEvent}, one per event type, so that code on Java 17 can
 * switch over an event's kind.
 *
 * @since 0.1.0
 */
public enum OpenTokEventKind {

	/**
	 * {@link ConnectionCreatedEvent}.
	 */
	CONNECTION_CREATED("connectionCreated"),

	/**
	 * {@link ConnectionDestroyedEvent}.
	 */
	CONNECTION_DESTROYED("connectionDestroyed"),

	/**
	 * {@link StreamCreatedEvent}.
	 */
	STREAM_CREATED("streamCreated"),

	/**
	 * {@link StreamDestroyedEvent}.
	 */
	STREAM_DESTROYED("streamDestroyed"),

	/**
	 * {@link SessionCreatedEvent}.
	 */
	SESSION_CREATED("sessionCreated"),

	/**
	 * {@link SessionDestroyedEvent}.
	 */
	SESSION_DESTROYED("sessionDestroyed"),

	/**
	 * {@link SessionNotificationEvent}.
	 */
	SESSION_NOTIFICATION("sessionNotification"),

	/**
	 * {@link ArchiveStatusEvent}.
	 */
	ARCHIVE_STATUS("archiveStatus"),

	/**
	 * {@link BroadcastStatusEvent}.
	 */
	BROADCAST_STATUS("broadcastStatus"),

	/**
	 * {@link SipCallEvent}.
	 */
	SIP_CALL("sipCall"),

	/**
	 * {@link RenderStatusEvent}.
	 */
	RENDER_STATUS("renderStatus"),

	/**
	 * {@link CaptionStatusEvent}.
	 */
	CAPTION_STATUS("captionStatus"),

	/**
	 * {@link UnknownOpenTokEvent}.
	 */
	UNKNOWN("unknown");

	private final String value;

	OpenTokEventKind(String value) {
		this.value = value;
	}

	/**
	 * Returns a short, stable name of the kind, for logs and metric tags.
	 * @return the name, such as {@code archiveStatus}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Returns the kind a user named, by constant name or wire string
	 * ({@code CONNECTION_CREATED} or {@code connectionCreated}), matched exactly: how
	 * Jackson reads this type from JSON. {@link #UNKNOWN}, which stands for values the
	 * server sends, is refused.
	 * @param value the constant name or wire string
	 * @return the kind
	 * @throws IllegalArgumentException if {@code value} names no kind, with a message
	 * that lists the values allowed
	 */
	@JsonCreator
	public static OpenTokEventKind parse(@Nullable String value) {
		return WireEnums.parse(values(), OpenTokEventKind::value, UNKNOWN, value);
	}

}
