package org.opentok.spring.client.webhook;

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
	 * @return the status, {@link RenderStatus#UNKNOWN} for one this version does not know
	 */
	public RenderStatus status() {
		return this.render.status();
	}

}
