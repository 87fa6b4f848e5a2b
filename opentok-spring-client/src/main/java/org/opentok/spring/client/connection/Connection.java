package org.opentok.spring.client.connection;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.EpochMillisDeserializer;

/**
 * A client's connection to a session.
 *
 * @param connectionId the connection id, to signal or disconnect the client with
 * @param createdAt when the client connected, or {@code null} when OpenTok did not say
 * @param rawConnectionState where the connection stands, exactly as OpenTok sent it, or
 * {@code null}; read it when {@link #connectionState()} returns
 * {@link ConnectionState#UNKNOWN}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Connection(@JsonProperty("connectionId") String connectionId,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("connectionState") @Nullable String rawConnectionState) {

	/**
	 * Returns where the connection stands.
	 * @return the state; {@link ConnectionState#UNKNOWN} when OpenTok sent none or one
	 * this version does not know ({@link #rawConnectionState()} has it)
	 */
	public ConnectionState connectionState() {
		return ConnectionState.fromWire(this.rawConnectionState);
	}

}
