package org.opentok.spring.client.render;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.internal.EpochMillisDeserializer;

/**
 * An Experience Composer render: a web page OpenTok loads and publishes into a session.
 * Each value OpenTok sends as an enum string is kept exactly as sent (the {@code raw...}
 * components) and read as a constant by the accessor without the prefix, so a value this
 * version does not know reads as {@code UNKNOWN} without losing what OpenTok said.
 *
 * @param id the render's id
 * @param sessionId the session the page is published into
 * @param projectId the API key (or Vonage application id, {@code applicationId} on the
 * wire) that owns the render, or {@code null}
 * @param createdAt when the render was started, or {@code null}
 * @param updatedAt when the render last changed, or {@code null}
 * @param url the page being rendered
 * @param rawResolution the resolution of the published stream exactly as OpenTok sent it,
 * or {@code null}; read it when {@link #resolution()} returns {@link Resolution#UNKNOWN}
 * @param rawStatus the render's state exactly as OpenTok sent it, or {@code null}; read
 * it when {@link #status()} returns {@link RenderStatus#UNKNOWN}
 * @param streamId the id of the published stream, or {@code null} while starting and
 * possibly after a failure
 * @param reason why the render stopped or failed, or {@code null}
 * @param name the name of the published stream, or {@code null}
 * @param callbackUrl the URL status changes are sent to, or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Render(@JsonProperty("id") String id, @JsonProperty("sessionId") String sessionId,
		@JsonProperty("projectId") @JsonAlias("applicationId") @Nullable String projectId,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("updatedAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant updatedAt,
		@JsonProperty("url") String url, @JsonProperty("resolution") @Nullable String rawResolution,
		@JsonProperty("status") @Nullable String rawStatus, @JsonProperty("streamId") @Nullable String streamId,
		@JsonProperty("reason") @Nullable String reason, @JsonProperty("name") @Nullable String name,
		@JsonProperty("callbackUrl") @Nullable String callbackUrl) {

	/**
	 * Returns the render's state.
	 * @return the status; {@link RenderStatus#UNKNOWN} when OpenTok sent none or one this
	 * version does not know ({@link #rawStatus()} has it)
	 */
	public RenderStatus status() {
		return RenderStatus.fromWire(this.rawStatus);
	}

	/**
	 * Returns the resolution of the published stream.
	 * @return the resolution, {@code null} when OpenTok sent none, or
	 * {@link Resolution#UNKNOWN} for one this version does not know
	 * ({@link #rawResolution()} has it)
	 */
	public @Nullable Resolution resolution() {
		return (this.rawResolution != null) ? Resolution.fromWire(this.rawResolution) : null;
	}

}
