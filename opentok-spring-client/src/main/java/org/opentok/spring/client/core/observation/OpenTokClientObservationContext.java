package org.opentok.spring.client.core.observation;

import java.util.Map;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.OpenTokOperation;

/**
 * What an {@code opentok.client.requests} observation knows about its API call.
 *
 * @since 0.1.0
 */
public class OpenTokClientObservationContext extends Observation.Context {

	private final OpenTokOperation operation;

	private final Map<String, ?> uriVariables;

	private volatile @Nullable Integer statusCode;

	/**
	 * Creates the context of one API call.
	 * @param operation the operation
	 * @param uriVariables the call's URI variables, such as {@code archiveId}
	 */
	public OpenTokClientObservationContext(OpenTokOperation operation, Map<String, ?> uriVariables) {
		this.operation = operation;
		this.uriVariables = Map.copyOf(uriVariables);
	}

	/**
	 * Returns the operation.
	 * @return the operation
	 */
	public OpenTokOperation getOperation() {
		return this.operation;
	}

	/**
	 * Returns the call's URI variables, such as {@code sessionId} or {@code archiveId}.
	 * @return the variables
	 */
	public Map<String, ?> getUriVariables() {
		return this.uriVariables;
	}

	/**
	 * Returns the HTTP status of the last answer.
	 * @return the status, or {@code null} when no answer came
	 */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Records the HTTP status of an answer.
	 * @param statusCode the status
	 */
	public void setStatusCode(int statusCode) {
		this.statusCode = statusCode;
	}

}
