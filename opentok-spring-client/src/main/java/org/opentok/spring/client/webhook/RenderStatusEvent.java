package org.opentok.spring.client.webhook;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.opentok.spring.client.render.Render;
import org.opentok.spring.client.render.RenderStatus;

/**
 * An Experience Composer render changed status (starting, started, stopped, failed): sent
 * to the Experience Composer callback URL. OpenTok's SDKs do not model this callback; its
 * body is read as a render object.
 *
 * @param render the render as OpenTok described it in the callback
 * @param json the body OpenTok sent
 * @since 0.1.0
 */
public record RenderStatusEvent(Render render, JsonNode json) implements OpenTokEvent {

	@Override
	public OpenTokEventKind kind() {
		return OpenTokEventKind.RENDER_STATUS;
	}

	@Override
	public String sessionId() {
		return this.render.sessionId();
	}

	/**
	 * Returns the render's new status.
	 * @return the status, {@link RenderStatus#UNKNOWN} for one this version does not
	 * know, in which case {@link #rawStatus()} holds what arrived
	 */
	public RenderStatus status() {
		return this.render.status();
	}

	/**
	 * Returns the {@code status} of the callback exactly as sent.
	 * @return the status string, or {@code null} when there was none
	 */
	public @Nullable String rawStatus() {
		return EventFields.rawText(this.json, "status");
	}

}
