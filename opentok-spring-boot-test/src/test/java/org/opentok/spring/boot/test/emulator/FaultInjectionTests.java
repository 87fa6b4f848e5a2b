package org.opentok.spring.boot.test.emulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveQuery;
import org.opentok.spring.client.core.OpenTokRateLimitedException;
import org.opentok.spring.client.core.OpenTokServerException;
import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.core.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Faults injected into the next calls, as the client sees them.
 */
class FaultInjectionTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void failsTheNextCallsWithAStatusAndChangesNothing() {
		String sessionId = fixture.routedSession();
		fixture.emulator().faults().failNext(1, 503);
		assertThatExceptionOfType(OpenTokServerException.class)
			.isThrownBy(() -> fixture.openTok().archives().start(sessionId))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(503);
				assertThat(ex.getErrorMessage()).contains("Fault injected");
			});
		assertThat(fixture.emulator().faults().pending()).isZero();
		assertThat(fixture.openTok().archives().list(ArchiveQuery.all()).totalCount()).isZero();
		assertThat(fixture.emulator().requests()).extracting(RecordedRequest::status).containsExactly(200, 503, 200);
	}

	@Test
	void letsTheClientsRetriesGetThroughTransientFailures() {
		OpenTok retrying = fixture.openTok(new RetryPolicy(3, Duration.ofMillis(10)));
		fixture.emulator().faults().failNext(2, 503);
		assertThat(retrying.sessions().create().sessionId()).isNotBlank();
		assertThat(fixture.emulator().requests()).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
	}

	@Test
	void answersRateLimitingWithRetryAfter() {
		fixture.emulator().faults().failNext(1, 429, Duration.ofSeconds(7));
		assertThatExceptionOfType(OpenTokRateLimitedException.class)
			.isThrownBy(() -> fixture.openTok().sessions().create())
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void answersSlowlyEnoughForTheReadTimeoutToFire() {
		EmulatorCredentials project = fixture.emulator().credentials();
		OpenTok impatient = OpenTok.builder(project.apiKey(), project.apiSecret())
			.apiUrl(fixture.emulator().baseUrl())
			.retryPolicy(RetryPolicy.none())
			.readTimeout(Duration.ofMillis(200))
			.build();
		fixture.emulator().faults().delayNext(1, Duration.ofMillis(1500));
		assertThatExceptionOfType(OpenTokTransportException.class).isThrownBy(() -> impatient.sessions().create());
		assertThat(impatient.sessions().create().sessionId()).isNotBlank();
	}

	@Test
	void dropsTheConnection() {
		fixture.emulator().faults().dropNext(1);
		assertThatExceptionOfType(OpenTokTransportException.class)
			.isThrownBy(() -> fixture.openTok().sessions().create());
		assertThat(fixture.emulator().requests()).extracting(RecordedRequest::status).containsExactly(0);
	}

	@Test
	void injectsQueuedFaultsInOrderAndForgetsThemOnClear() {
		fixture.emulator().faults().failNext(1, 500).delayNext(1, Duration.ZERO).failNext(1, 502);
		assertThat(fixture.emulator().faults().pending()).isEqualTo(3);
		assertThatExceptionOfType(OpenTokServerException.class).isThrownBy(() -> fixture.openTok().sessions().create());
		assertThat(fixture.openTok().sessions().create()).isNotNull();
		fixture.emulator().faults().clear();
		assertThat(fixture.openTok().sessions().create()).isNotNull();
		assertThat(fixture.emulator().requests()).extracting(RecordedRequest::status).containsExactly(500, 200, 200);
	}

	@Test
	void refusesMeaninglessFaults() {
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().faults().failNext(1, 200));
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().faults().failNext(0, 500));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fixture.emulator().faults().delayNext(1, Duration.ofSeconds(-1)));
	}

}
