package org.opentok.spring.client.core.observation;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransportException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DefaultOpenTokClientObservationConvention}'s key values, including the
 * fallbacks.
 */
class DefaultOpenTokClientObservationConventionTests {

	private final DefaultOpenTokClientObservationConvention convention = new DefaultOpenTokClientObservationConvention();

	@Test
	void activeCallHasNoStatusYet() {
		OpenTokClientObservationContext context = context();

		assertThat(this.convention.status(context).getValue()).isEqualTo("NONE");
		assertThat(this.convention.outcome(context).getValue()).isEqualTo("UNKNOWN");
		assertThat(this.convention.exception(context).getValue()).isEqualTo("none");
	}

	@Test
	void answeredCallHasItsStatusAndOutcome() {
		OpenTokClientObservationContext context = context();
		context.setStatusCode(503);
		context.setError(new OpenTokServerException(OpenTokOperation.ARCHIVE_GET, 503, null, null));

		assertThat(this.convention.status(context).getValue()).isEqualTo("503");
		assertThat(this.convention.outcome(context).getValue()).isEqualTo("SERVER_ERROR");
		assertThat(this.convention.exception(context).getValue()).isEqualTo("OpenTokServerException");
	}

	@Test
	void transportFailureIsAnIoErrorEvenAfterAnEarlierAnswer() {
		OpenTokClientObservationContext context = context();
		context.setStatusCode(503);
		context.setError(new OpenTokTransportException(OpenTokOperation.ARCHIVE_GET, new IOException("reset")));

		assertThat(this.convention.status(context).getValue()).isEqualTo("IO_ERROR");
		assertThat(this.convention.outcome(context).getValue()).isEqualTo("UNKNOWN");
	}

	@Test
	void idsAreHighCardinalityOnly() {
		OpenTokClientObservationContext context = new OpenTokClientObservationContext(OpenTokOperation.STREAM_GET,
				Map.of("sessionId", "s-1", "streamId", "st-1", "other", "x"));

		assertThat(this.convention.getHighCardinalityKeyValues(context)).extracting((keyValue) -> keyValue.getKey())
			.containsExactlyInAnyOrder("opentok.session.id", "opentok.stream.id");
		assertThat(this.convention.getLowCardinalityKeyValues(context)).extracting((keyValue) -> keyValue.getValue())
			.doesNotContain("s-1", "st-1");
		assertThat(this.convention.getContextualName(context)).isEqualTo("opentok stream.get");
	}

	private static OpenTokClientObservationContext context() {
		return new OpenTokClientObservationContext(OpenTokOperation.ARCHIVE_GET, Map.of("archiveId", "a-1"));
	}

}
