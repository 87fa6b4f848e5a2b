package org.opentok.spring.client.connection;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The connections of a session, as {@code GET .../session/{sessionId}/connection} answers
 * them.
 *
 * @param count how many connections OpenTok counted
 * @param projectId the API key (or Vonage application id) that owns the session, or
 * {@code null} when OpenTok did not say
 * @param sessionId the session id, or {@code null} when OpenTok did not say
 * @param items the connections, empty when there are none
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionConnections(@JsonProperty("count") int count,
		@JsonProperty("projectId") @Nullable String projectId, @JsonProperty("sessionId") @Nullable String sessionId,
		@JsonProperty("items") List<Connection> items) {

	/**
	 * Creates the result; an item list missing from the answer reads as empty.
	 * @param count how many connections OpenTok counted
	 * @param projectId the owning project's id, or {@code null}
	 * @param sessionId the session id, or {@code null}
	 * @param items the connections
	 */
	public SessionConnections {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
