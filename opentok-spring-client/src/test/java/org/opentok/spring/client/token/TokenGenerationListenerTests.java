package org.opentok.spring.client.token;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that {@link TokenGenerator} reports what it makes to its
 * {@link TokenGenerationListener}.
 */
class TokenGenerationListenerTests {

	private final List<String> reported = new ArrayList<>();

	private final TokenGenerator generator = new TokenGenerator(
			OpenTokCredentials.project(MockOpenTok.API_KEY, MockOpenTok.API_SECRET), TokenDefaults.standard(),
			Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC),
			(role, format, count) -> this.reported.add(role + "/" + format + "/" + count));

	@Test
	void reportsEachTokenWithItsRoleAndFormat() {
		this.generator.generate(MockOpenTok.SESSION_ID);
		this.generator.generate(MockOpenTok.SESSION_ID,
				TokenOptions.builder().role(Role.MODERATOR).format(TokenFormat.T1).build());

		assertThat(this.reported).containsExactly("PUBLISHER/JWT/1", "MODERATOR/T1/1");
	}

	@Test
	void reportsABulkCallOnceWithItsCount() {
		this.generator.generate(MockOpenTok.SESSION_ID, TokenOptions.builder().role(Role.SUBSCRIBER).build(), 5000);

		assertThat(this.reported).containsExactly("SUBSCRIBER/JWT/5000");
	}

	@Test
	void reportsNothingWhenValidationFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(" "));

		assertThat(this.reported).isEmpty();
	}

}
