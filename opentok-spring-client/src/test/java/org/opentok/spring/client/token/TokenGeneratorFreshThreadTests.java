package org.opentok.spring.client.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

import javax.crypto.Mac;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.opentok.spring.client.core.OpenTokCredentials;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens made concurrently, each task on a fresh thread, as a Spring Boot app with a
 * virtual thread per request makes them: every token is checked independently, and with
 * fixed entropy every one must be the fact sheet's vector byte for byte, which signing
 * state shared between two threads at once would break.
 */
class TokenGeneratorFreshThreadTests {

	private static final int THREADS = 400;

	private static final int TOKENS_PER_THREAD = 25;

	private final TokenGenerator vectors = new TokenGenerator(
			OpenTokCredentials.project(TokenGeneratorTests.API_KEY, TokenGeneratorTests.SECRET),
			TokenDefaults.standard(), TokenGeneratorTests.CLOCK, FixedEntropy.VECTORS);

	private final TokenGenerator random = new TokenGenerator(
			OpenTokCredentials.project(TokenGeneratorTests.API_KEY, TokenGeneratorTests.SECRET),
			TokenDefaults.standard(), TokenGeneratorTests.CLOCK);

	@Test
	void tokensMadeOnFreshPlatformThreadsAreExactAndValid() throws Exception {
		makeTokensOnFreshThreads(Thread::new);
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void tokensMadeOnFreshVirtualThreadsAreExactAndValid() throws Exception {
		Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
		ThreadFactory virtualThreads = (ThreadFactory) Class.forName("java.lang.Thread$Builder")
			.getMethod("factory")
			.invoke(builder);
		makeTokensOnFreshThreads(virtualThreads);
	}

	private void makeTokensOnFreshThreads(ThreadFactory threads) throws InterruptedException {
		Set<String> randomTokens = ConcurrentHashMap.newKeySet();
		List<Throwable> failures = new ArrayList<>();
		List<Thread> started = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int threadIndex = t;
			Thread thread = threads.newThread(() -> {
				try {
					makeAndCheck(threadIndex, randomTokens);
				}
				catch (Throwable ex) {
					synchronized (failures) {
						failures.add(ex);
					}
				}
			});
			thread.start();
			started.add(thread);
		}
		for (Thread thread : started) {
			thread.join();
		}
		assertThat(failures).isEmpty();
		assertThat(randomTokens).hasSize(THREADS * TOKENS_PER_THREAD * 2);
	}

	private void makeAndCheck(int threadIndex, Set<String> randomTokens) {
		Mac hs256 = TokenVerification.hmacSha256(TokenGeneratorTests.SECRET);
		TokenOptions data = TokenOptions.builder().data("thread " + threadIndex).build();
		TokenOptions t1Data = TokenOptions.builder().format(TokenFormat.T1).data("thread " + threadIndex).build();
		for (int i = 0; i < TOKENS_PER_THREAD; i++) {
			assertThat(this.vectors.generate(TokenGeneratorTests.SESSION_ID,
					TokenGeneratorTests.vectorOptions(TokenFormat.T1)))
				.isEqualTo(TokenGeneratorTests.V2A_TOKEN);
			assertThat(this.vectors.generate(TokenGeneratorTests.SESSION_ID,
					TokenGeneratorTests.vectorOptions(TokenFormat.JWT)))
				.isEqualTo(TokenGeneratorTests.V4_TOKEN);
			String jwt = this.random.generate(TokenGeneratorTests.SESSION_ID, data);
			assertThat(TokenVerification.hs256SignatureMatches(jwt, hs256)).as("HS256 signature of %s", jwt).isTrue();
			String t1 = this.random.generate(TokenGeneratorTests.SESSION_ID, t1Data);
			assertThat(TokenVerification.verifiedT1(t1, TokenGeneratorTests.SECRET).fields())
				.containsEntry("connection_data", "thread+" + threadIndex);
			randomTokens.add(jwt);
			randomTokens.add(t1);
		}
	}

}
