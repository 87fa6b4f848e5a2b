package org.opentok.spring.client.render;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.core.EpochMillisDeserializer;
import org.opentok.spring.client.core.Resolution;

/**
 * An Experience Composer render: a web page OpenTok loads and publishes into a session.
 *
 * @param id the render's id
 * @param sessionId the session the page is published into
 * @param projectId the API key (or Vonage application id, {@code applicationId} on the
 * wire) that owns the render, or {@code null}
 * @param createdAt when the render was started, or {@code null}
 * @param updatedAt when the render last changed, or {@code null}
 * @param url the page being rendered
 * @param resolution the resolution of the published stream, or {@code null}
 * @param status the render's state; {@link RenderStatus#UNKNOWN} when missing or for a
 * state this version does not know
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
		@JsonProperty("url") String url, @JsonProperty("resolution") @Nullable Resolution resolution,
		@JsonProperty("status") RenderStatus status, @JsonProperty("streamId") @Nullable String streamId,
		@JsonProperty("reason") @Nullable String reason, @JsonProperty("name") @Nullable String name,
		@JsonProperty("callbackUrl") @Nullable String callbackUrl) {

	/**
	 * Reads a missing status as {@link RenderStatus#UNKNOWN}.
	 * @param id the render's id
	 * @param sessionId the session id
	 * @param projectId the owning project, or {@code null}
	 * @param createdAt the start time, or {@code null}
	 * @param updatedAt the time of the last change, or {@code null}
	 * @param url the page being rendered
	 * @param resolution the resolution, or {@code null}
	 * @param status the state, or {@code null}
	 * @param streamId the published stream's id, or {@code null}
	 * @param reason why it stopped or failed, or {@code null}
	 * @param name the published stream's name, or {@code null}
	 * @param callbackUrl the status callback URL, or {@code null}
	 */
	public Render {
		status = (status != null) ? status : RenderStatus.UNKNOWN;
	}

}
