package org.opentok.spring.client.webhook;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.EpochMillisDeserializer;
import org.opentok.spring.client.stream.VideoType;

/**
 * A stream as session monitoring events describe it.
 *
 * @param id the stream id
 * @param connection the connection of the client that publishes the stream, or
 * {@code null} when OpenTok did not say
 * @param createdAt when the stream was published, or {@code null} when OpenTok did not
 * say
 * @param name the name the publisher gave the stream, or {@code null} (may also be empty)
 * @param rawVideoType the {@code videoType} exactly as sent, or {@code null} for an
 * audio-only stream; {@link #videoType()} reads it
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventStream(@JsonProperty("id") String id,
		@JsonProperty("connection") @Nullable EventConnection connection,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("name") @Nullable String name, @JsonProperty("videoType") @Nullable String rawVideoType) {

	/**
	 * Returns what the video shows.
	 * @return the video type, {@code null} for an audio-only stream, or
	 * {@link VideoType#UNKNOWN} for one this version does not know, in which case
	 * {@link #rawVideoType()} holds what arrived
	 */
	public @Nullable VideoType videoType() {
		return (this.rawVideoType != null) ? VideoType.fromWire(this.rawVideoType) : null;
	}

}
