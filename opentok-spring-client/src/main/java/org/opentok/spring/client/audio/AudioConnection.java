package org.opentok.spring.client.audio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Audio Connector attached to a session.
 *
 * @param id the Audio Connector's id
 * @param connectionId the id of the connector's connection in the session; force-
 * disconnect it to stop the connector
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AudioConnection(@JsonProperty("id") String id, @JsonProperty("connectionId") String connectionId) {

}
