package org.opentok.spring.client.project;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of {@code POST /v2/project} for a named project.
 */
record CreateProjectRequest(@JsonProperty("name") String name) {

}
