package org.opentok.spring.client.token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.crypto.Mac;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.TokenVerification.T1Token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TokenGenerator#stream(String, TokenOptions, int)}, each token checked
 * independently (nimbus for JWTs, the JDK's HMAC for T1), and for the heap check of
 * {@link TokenGenerator#generate(String, TokenOptions, int)}.
 */
class TokenGeneratorStreamTests {

	private static final String SESSION_ID = TokenGeneratorTests.SESSION_ID;

	private static final String SECRET = TokenGeneratorTests.SECRET;

	private static final int COUNT = 50_000;

	/**
	 * What the listener was told; a parallel stream calls it from several threads.
	 */
	private final List<Integer> reported = Collections.synchronizedList(new ArrayList<>());

	private final TokenGenerator generator = new TokenGenerator(
			OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET), TokenDefaults.standard(),
			TokenGeneratorTests.CLOCK, (role, format, count) -> this.reported.add(count));

	@Test
	void streamedJwtsAreDistinctAndValid() throws Exception {
		TokenOptions options = TokenOptions.builder().role(Role.MODERATOR).data("streamed").build();
		Mac mac = TokenVerification.hmacSha256(SECRET);
		Set<String> tokens = new HashSet<>();
		AtomicInteger index = new AtomicInteger();
		this.generator.stream(SESSION_ID, options, COUNT).forEach((token) -> {
			if (!TokenVerification.hs256SignatureMatches(token, mac)) {
				throw new AssertionError("Token " + index + " has a bad signature: " + token);
			}
			tokens.add(token);
			index.incrementAndGet();
		});
		assertThat(tokens).hasSize(COUNT);
		for (String token : tokens.stream().limit(50).toList()) {
			JWTClaimsSet claims = TokenGeneratorTests.verifiedJwt(token).getJWTClaimsSet();
			assertThat(claims.getStringClaim("session_id")).isEqualTo(SESSION_ID);
			assertThat(claims.getStringClaim("role")).isEqualTo("moderator");
			assertThat(claims.getStringClaim("connection_data")).isEqualTo("streamed");
		}
		assertThat(this.reported).hasSize(COUNT).containsOnly(1);
	}

	@Test
	void parallelStreamedT1TokensAreDistinctAndValid() {
		TokenOptions options = TokenOptions.builder().format(TokenFormat.T1).role(Role.SUBSCRIBER).data("a b").build();
		List<String> tokens = this.generator.stream(SESSION_ID, options, COUNT).parallel().toList();
		assertThat(tokens).hasSize(COUNT);
		Set<String> nonces = tokens.parallelStream().map((token) -> {
			T1Token decoded = TokenVerification.decodeT1(token);
			if (!decoded.sig().equals(TokenVerification.hmacSha1Hex(SECRET, decoded.data()))) {
				throw new AssertionError("Bad T1 signature: " + token);
			}
			assertThat(decoded.fields()).containsEntry("session_id", SESSION_ID)
				.containsEntry("role", "subscriber")
				.containsEntry("connection_data", "a+b");
			return decoded.fields().get("nonce");
		}).collect(Collectors.toSet());
		assertThat(nonces).hasSize(COUNT);
	}

	@Test
	void streamMakesTokensOnlyAsTheyAreConsumed() {
		AtomicLong nonces = new AtomicLong();
		TokenEntropy counting = new TokenEntropy() {

			@Override
			public int nonce() {
				nonces.incrementAndGet();
				return 7;
			}

			@Override
			public String jti() {
				return FixedEntropy.VECTORS.jti();
			}

		};
		TokenGenerator lazy = new TokenGenerator(OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET),
				TokenDefaults.standard(), TokenGeneratorTests.CLOCK, counting,
				(role, format, count) -> this.reported.add(count));
		List<String> firstThree = lazy.stream(SESSION_ID, TokenOptions.defaults(), Integer.MAX_VALUE).limit(3).toList();
		assertThat(firstThree).doesNotHaveDuplicates().hasSize(3);
		assertThat(nonces).hasValue(1);
		assertThat(this.reported).containsExactly(1, 1, 1);
	}

	@Test
	void streamedTokenMatchesTheSingleCallWithTheSameEntropy() {
		TokenGenerator fixed = new TokenGenerator(OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET),
				TokenDefaults.standard(), TokenGeneratorTests.CLOCK, FixedEntropy.VECTORS);
		for (TokenFormat format : TokenFormat.values()) {
			TokenOptions options = TokenGeneratorTests.vectorOptions(format);
			assertThat(fixed.stream(SESSION_ID, options, 1)).containsExactly(fixed.generate(SESSION_ID, options));
		}
	}

	@Test
	void streamValidatesBeforeAnyTokenIsMade() {
		assertThat(this.generator.stream(SESSION_ID, TokenOptions.defaults(), 0)).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.stream(SESSION_ID, TokenOptions.defaults(), -1))
			.withMessage("'count' must not be negative, got -1");
		String otherKeys = TokenGeneratorTests.sessionIdFor("1~654321~~1700000000000~abc~~");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.stream(otherKeys, TokenOptions.defaults(), 10))
			.withMessageContaining("'sessionId' belongs to API key 654321");
		assertThat(this.reported).isEmpty();
	}

	@Test
	void bulkCountWhoseTokensDoNotFitTheHeapIsRefusedWithAClearMessage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenGenerator.requireWithinHeap(1_000_000, 400, 256L << 20))
			.withMessage("'count' of 1000000 tokens of about 400 characters each needs about 442 MB, more than the "
					+ "heap's maximum of 256 MB (-Xmx): use stream(sessionId, options, count), which holds no tokens, "
					+ "or ask for at most 578524 at a time");
		TokenGenerator.requireWithinHeap(500_000, 400, 256L << 20);
	}

}
