package org.opentok.spring.client.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One element of the array that {@code POST /session/create} answers with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CreatedSession(@JsonProperty("session_id") @Nullable String sessionId,
		@JsonProperty("project_id") @Nullable String projectId,
		@JsonProperty("application_id") @Nullable String applicationId,
		@JsonProperty("create_dt") @Nullable String createDt,
		@JsonProperty("media_server_url") @Nullable String mediaServerUrl) {
}
