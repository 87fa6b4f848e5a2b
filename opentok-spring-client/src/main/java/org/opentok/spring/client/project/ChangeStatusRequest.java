package org.opentok.spring.client.project;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of {@code PUT /v2/project/{projectKey}}.
 */
record ChangeStatusRequest(@JsonProperty("status") ProjectStatus status) {

}
