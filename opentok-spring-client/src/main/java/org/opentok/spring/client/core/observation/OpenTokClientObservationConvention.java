package org.opentok.spring.client.core.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code opentok.client.requests} observations. Declare a bean of this
 * type to replace {@link DefaultOpenTokClientObservationConvention}.
 *
 * @since 0.1.0
 */
public interface OpenTokClientObservationConvention extends ObservationConvention<OpenTokClientObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof OpenTokClientObservationContext;
	}

}
