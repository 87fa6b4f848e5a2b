package org.opentok.spring.client.sip;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.EpochMillisDeserializer;

/**
 * A SIP call dialled into a session.
 *
 * @param id the SIP call's id
 * @param connectionId the id of the SIP participant's connection, to force-disconnect it
 * or play DTMF to it
 * @param streamId the id of the SIP participant's stream, or {@code null} if OpenTok did
 * not return one
 * @param projectId the API key (or Vonage application id) that owns the session, or
 * {@code null}
 * @param sessionId the session dialled into, or {@code null}
 * @param createdAt when the call was created, or {@code null}
 * @param updatedAt when the call last changed, or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipCall(@JsonProperty("id") String id, @JsonProperty("connectionId") String connectionId,
		@JsonProperty("streamId") @Nullable String streamId, @JsonProperty("projectId") @Nullable String projectId,
		@JsonProperty("sessionId") @Nullable String sessionId,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("updatedAt") @JsonDeserialize(
				using = EpochMillisDeserializer.class) @Nullable Instant updatedAt) {

}
