package org.opentok.spring.client.callback;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of {@code POST /v2/project/{projectId}/callback}.
 */
record RegisterCallbackRequest(@JsonProperty("group") String group, @JsonProperty("event") String event,
		@JsonProperty("url") String url) {

}
