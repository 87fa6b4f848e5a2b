package org.opentok.spring.client.connection;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.core.EpochMillisDeserializer;

/**
 * A client's connection to a session.
 *
 * @param connectionId the connection id, to signal or disconnect the client with
 * @param createdAt when the client connected, or {@code null} when OpenTok did not say
 * @param connectionState where the connection stands; {@link ConnectionState#UNKNOWN}
 * when OpenTok sent a state this client does not know, or none
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Connection(@JsonProperty("connectionId") String connectionId,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("connectionState") ConnectionState connectionState) {

	/**
	 * Creates a connection; a state missing from the answer reads as
	 * {@link ConnectionState#UNKNOWN}.
	 * @param connectionId the connection id
	 * @param createdAt when the client connected, or {@code null}
	 * @param connectionState the state
	 */
	public Connection {
		connectionState = (connectionState != null) ? connectionState : ConnectionState.UNKNOWN;
	}

}
