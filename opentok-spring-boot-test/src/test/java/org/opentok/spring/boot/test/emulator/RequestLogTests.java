package org.opentok.spring.boot.test.emulator;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of the recorded requests: their number and the characters they hold.
 */
class RequestLogTests {

	@Test
	void dropsTheOldestRequestsBeyondTheMostItKeeps() {
		RequestLog log = new RequestLog(3, Long.MAX_VALUE);
		for (int i = 1; i <= 5; i++) {
			log.add(request("/" + i, ""));
		}
		assertThat(log.list()).extracting(RecordedRequest::path).containsExactly("/3", "/4", "/5");
	}

	@Test
	void dropsTheOldestRequestsWhenTheyHoldTooManyCharacters() {
		// a request holds 4 (method, path) + its body + 16 (content type) + 2 (query)
		RequestLog log = new RequestLog(100, 3 * 122 + 22);
		for (int i = 1; i <= 5; i++) {
			log.add(request("/" + i, "x".repeat(100)));
		}
		assertThat(log.list()).extracting(RecordedRequest::path).containsExactly("/3", "/4", "/5");
		log.add(request("/6", ""));
		assertThat(log.list()).extracting(RecordedRequest::path).containsExactly("/3", "/4", "/5", "/6");
	}

	@Test
	void keepsTheLatestRequestEvenWhenItAloneHoldsTooManyCharacters() {
		RequestLog log = new RequestLog(100, 50);
		log.add(request("/1", ""));
		log.add(request("/2", "x".repeat(51)));
		assertThat(log.list()).extracting(RecordedRequest::path).containsExactly("/2");
		log.add(request("/3", ""));
		assertThat(log.list()).extracting(RecordedRequest::path).containsExactly("/3");
	}

	@Test
	void forgetsEverythingOnClear() {
		RequestLog log = new RequestLog(100, 200);
		log.add(request("/1", "x".repeat(150)));
		log.clear();
		assertThat(log.list()).isEmpty();
		log.add(request("/2", "x".repeat(150)));
		log.add(request("/3", ""));
		assertThat(log.list()).extracting(RecordedRequest::path).containsExactly("/2", "/3");
	}

	private static RecordedRequest request(String path, String body) {
		return new RecordedRequest("GE", path, Map.of("q", "v"), "application/json", body, 200, Instant.EPOCH);
	}

}
