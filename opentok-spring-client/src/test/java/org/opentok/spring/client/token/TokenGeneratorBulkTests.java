package org.opentok.spring.client.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.TokenVerification.T1Token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Tests for bulk generation with
 * {@link TokenGenerator#generate(String, TokenOptions, int)}.
 */
class TokenGeneratorBulkTests {

	private static final int COUNT = 100_000;

	private static final String SESSION_ID = TokenGeneratorTests.SESSION_ID;

	private static final String SECRET = TokenGeneratorTests.SECRET;

	private final TokenGenerator generator = new TokenGenerator(
			OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET), TokenDefaults.standard(),
			TokenGeneratorTests.CLOCK);

	@Test
	void jwtBulkGivesDistinctValidTokens() throws Exception {
		TokenOptions options = TokenOptions.builder()
			.role(Role.MODERATOR)
			.data("bulk")
			.ttl(Duration.ofHours(1))
			.initialLayoutClassList("focus")
			.build();
		List<String> tokens = this.generator.generate(SESSION_ID, options, COUNT);
		assertThat(tokens).hasSize(COUNT).doesNotContainNull();
		assertThat(new HashSet<>(tokens)).hasSize(COUNT);
		Mac mac = TokenVerification.hmacSha256(SECRET);
		for (int i = 0; i < COUNT; i++) {
			String token = tokens.get(i);
			if (!TokenVerification.hs256SignatureMatches(token, mac)) {
				throw new AssertionError("Token " + i + " has a bad signature: " + token);
			}
		}
		Set<String> jtis = new HashSet<>();
		for (int i = 0; i < COUNT; i += 997) {
			JWTClaimsSet claims = TokenGeneratorTests.verifiedJwt(tokens.get(i)).getJWTClaimsSet();
			assertThat(claims.getStringClaim("session_id")).isEqualTo(SESSION_ID);
			assertThat(claims.getStringClaim("role")).isEqualTo("moderator");
			assertThat(claims.getStringClaim("connection_data")).isEqualTo("bulk");
			assertThat(claims.getStringClaim("initial_layout_class_list")).isEqualTo("focus");
			assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000);
			assertThat(jtis.add(claims.getJWTID())).as("unique jti").isTrue();
		}
	}

	@Test
	void t1BulkGivesDistinctValidTokens() {
		TokenOptions options = TokenOptions.builder().format(TokenFormat.T1).role(Role.SUBSCRIBER).data("a b").build();
		List<String> tokens = this.generator.generate(SESSION_ID, options, COUNT);
		assertThat(tokens).hasSize(COUNT).doesNotContainNull();
		assertThat(new HashSet<>(tokens)).hasSize(COUNT);
		Set<String> nonces = new HashSet<>();
		for (String token : tokens) {
			T1Token decoded = TokenVerification.decodeT1(token);
			if (!decoded.sig().equals(TokenVerification.hmacSha1Hex(SECRET, decoded.data()))) {
				throw new AssertionError("Bad T1 signature: " + token);
			}
			assertThat(decoded.partnerId()).isEqualTo(TokenGeneratorTests.API_KEY);
			assertThat(decoded.fields().get("session_id")).isEqualTo(SESSION_ID);
			assertThat(decoded.fields().get("role")).isEqualTo("subscriber");
			assertThat(decoded.fields().get("connection_data")).isEqualTo("a+b");
			nonces.add(decoded.fields().get("nonce"));
		}
		assertThat(nonces).hasSize(COUNT);
	}

	@Test
	void bulkTokensDifferEvenWithAFixedJwtId() throws Exception {
		TokenGenerator fixed = new TokenGenerator(OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET),
				TokenDefaults.standard(), TokenGeneratorTests.CLOCK, FixedEntropy.VECTORS);
		List<String> tokens = fixed.generate(SESSION_ID, TokenOptions.defaults(), 10);
		assertThat(new HashSet<>(tokens)).hasSize(10);
		Set<Long> nonces = new HashSet<>();
		for (String token : tokens) {
			JWTClaimsSet claims = TokenGeneratorTests.verifiedJwt(token).getJWTClaimsSet();
			assertThat(claims.getJWTID()).isEqualTo(FixedEntropy.VECTORS.jti());
			nonces.add(claims.getLongClaim("nonce"));
		}
		assertThat(nonces).hasSize(10);
	}

	@Test
	void singleTokenBulkMatchesTheSingleCall() throws Exception {
		TokenGenerator fixed = new TokenGenerator(OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET),
				TokenDefaults.standard(), TokenGeneratorTests.CLOCK, FixedEntropy.VECTORS);
		TokenOptions options = TokenGeneratorTests.vectorOptions(TokenFormat.JWT);
		assertThat(fixed.generate(SESSION_ID, options, 1)).containsExactly(fixed.generate(SESSION_ID, options));
	}

	@Test
	void bulkListIsUnmodifiable() {
		List<String> tokens = this.generator.generate(SESSION_ID, TokenOptions.defaults(), 3);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> tokens.add("x"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> tokens.set(0, "x"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> tokens.remove(0));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(tokens::clear);
		List<String> large = this.generator.generate(SESSION_ID, TokenOptions.defaults(),
				TokenGenerator.PARALLEL_THRESHOLD);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> large.set(0, "x"));
	}

	@ParameterizedTest
	@ValueSource(ints = { TokenGenerator.MAX_BULK_COUNT + 1, 20_000_000, Integer.MAX_VALUE })
	void countAboveTheMaximumIsRefusedBeforeAnyTokenIsMade(int count) {
		CountingEntropy entropy = new CountingEntropy();
		List<Integer> reported = new ArrayList<>();
		TokenGenerator counted = new TokenGenerator(OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET),
				TokenDefaults.standard(), TokenGeneratorTests.CLOCK, entropy,
				(role, format, made) -> reported.add(made));
		assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> assertThatIllegalArgumentException()
					.isThrownBy(() -> counted.generate(SESSION_ID, TokenOptions.defaults(), count))
					.withMessage("'count' must be at most 1000000 per call, got " + count
							+ ": use stream(sessionId, options, count) for more"));
		assertThat(entropy.nonces).isZero();
		assertThat(reported).isEmpty();
	}

	@Test
	void countWhoseTokensTakeMoreThanTheCharacterBudgetIsRefusedBeforeTheOthersAreMade() {
		CountingEntropy entropy = new CountingEntropy();
		TokenGenerator counted = new TokenGenerator(OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET),
				TokenDefaults.standard(), TokenGeneratorTests.CLOCK, entropy);
		TokenOptions longData = TokenOptions.builder().format(TokenFormat.T1).data("\u00e9".repeat(1000)).build();
		int tokenLength = counted.generate(SESSION_ID, longData).length();
		assertThat(tokenLength).isGreaterThan(8000);
		entropy.nonces = 0;
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatIllegalArgumentException()
			.isThrownBy(() -> counted.generate(SESSION_ID, longData, TokenGenerator.MAX_BULK_COUNT))
			.withMessageStartingWith("'count' of 1000000 tokens of about ")
			.withMessageContaining(
					" characters each is more than the 640000000 characters one call may make: " + "ask for at most "));
		assertThat(entropy.nonces).isOne();
		long allowed = TokenGenerator.MAX_BULK_CHARACTERS / (tokenLength + 16);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> counted.generate(SESSION_ID, longData, (int) allowed + 100))
			.withMessageContaining("ask for at most");
		assertThat(counted.generate(SESSION_ID, longData, 1000)).hasSize(1000).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@EnumSource(TokenFormat.class)
	void aMillionTypicalTokensFitTheCharacterBudget(TokenFormat format) {
		int longestNonce = Integer.MIN_VALUE;
		TokenGenerator longest = new TokenGenerator(OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET),
				TokenDefaults.standard(), TokenGeneratorTests.CLOCK,
				new FixedEntropy(longestNonce, FixedEntropy.VECTORS.jti()));
		int length = longest.generate(SESSION_ID, TokenGeneratorTests.vectorOptions(format)).length();
		assertThat((long) TokenGenerator.MAX_BULK_COUNT * length)
			.isLessThanOrEqualTo(TokenGenerator.MAX_BULK_CHARACTERS);
	}

	@Test
	void bulkValidatesTheSessionIdFirst() {
		String otherKeys = TokenGeneratorTests.sessionIdFor("1~654321~~1700000000000~abc~~");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(otherKeys, TokenOptions.defaults(), COUNT))
			.withMessageContaining("'sessionId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(" ", TokenOptions.defaults(), 5))
			.withMessage("'sessionId' must not be blank");
	}

	/**
	 * Random entropy that counts the nonces asked for: a bulk call asks once.
	 */
	private static final class CountingEntropy implements TokenEntropy {

		private volatile int nonces;

		@Override
		public int nonce() {
			this.nonces++;
			return TokenEntropy.RANDOM.nonce();
		}

		@Override
		public String jti() {
			return TokenEntropy.RANDOM.jti();
		}

	}

}
