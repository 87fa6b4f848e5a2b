package org.opentok.spring.client.webhook;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.EpochMillisDeserializer;

/**
 * A client's connection as session monitoring events describe it.
 *
 * @param id the connection id, to signal or disconnect the client with
 * @param createdAt when the client connected, or {@code null} when OpenTok did not say
 * @param data the connection data of the client's token, or {@code null} (OpenTok sends
 * an empty string when the token had none)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventConnection(@JsonProperty("id") String id,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("data") @Nullable String data) {

}
