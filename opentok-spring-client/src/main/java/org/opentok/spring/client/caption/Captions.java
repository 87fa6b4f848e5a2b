package org.opentok.spring.client.caption;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Live captions started for a session.
 *
 * @param captionsId the captions' id, to stop them with
 * {@link CaptionClient#stop(String)}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Captions(@JsonProperty("captionsId") String captionsId) {

}
