package org.opentok.spring.client.audio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An Audio Connector attached to a session.
 *
 * @param id the Audio Connector's id
 * @param connectionId the id of the connector's connection in the session; force-
 * disconnect it to stop it
 * @param audioRate the sample rate in Hz if OpenTok echoes it (a number or a numeric
 * string), or {@code null}
 * @param bidirectional whether audio flows back into the session, if OpenTok echoes it,
 * or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AudioConnection(@JsonProperty("id") String id, @JsonProperty("connectionId") String connectionId,
		@JsonProperty("audioRate") @Nullable Integer audioRate,
		@JsonProperty("bidirectional") @Nullable Boolean bidirectional) {

	/**
	 * Creates a connector as OpenTok's short answer describes it, without echoes.
	 * @param id the Audio Connector's id
	 * @param connectionId the id of the connector's connection
	 */
	public AudioConnection(String id, String connectionId) {
		this(id, connectionId, null, null);
	}

}
