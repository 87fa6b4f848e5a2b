package org.opentok.spring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Runs every benchmark method once, with its setup, and checks that its output is real:
 * what {@code ./mvnw verify} does instead of a JMH run. The setups verify too.
 */
class BenchmarksSmokeTests {

	@Test
	void tokenBenchmarksMakeVerifiableTokens() throws Exception {
		TokenBenchmarks tokens = new TokenBenchmarksTwoThreads();
		tokens.setUp();
		TokenBenchmarks.Signers signers = new TokenBenchmarks.Signers();
		assertThat(TokenChecks.verifiedT1(tokens.t1Ours())).contains("role=publisher", "connection_data=name%3DAlice");
		assertThat(TokenChecks.verifiedT1(tokens.t1OfficialSdk())).contains("role=publisher");
		assertThat(tokens.t1FloorHmacSha1(signers)).hasSize(20);
		assertThat(tokens.t1ClonedMacHmacSha1(signers)).isEqualTo(tokens.t1FloorHmacSha1(signers));
		JwtClaims ours = TokenChecks.verifiedHs256(tokens.jwtOurs());
		JwtClaims jose4j = TokenChecks.verifiedHs256(tokens.jwtJose4j());
		assertThat(jose4j.getClaimsMap().keySet()).containsExactlyInAnyOrderElementsOf(ours.getClaimsMap().keySet());
		assertThat(TokenChecks.verifiedHs256(tokens.jwtFloorHandBuiltJdk(signers)).getClaimsMap().keySet())
			.containsExactlyInAnyOrderElementsOf(ours.getClaimsMap().keySet());
		assertThat(tokens.jwtFloorHmacSha256(signers)).hasSize(32);
		JwtClaims rs256 = TokenChecks.verifiedRs256(tokens.rs256Ours(), Fixtures.rsaKeys().getPublic());
		assertThat(rs256.getClaimValue("application_id")).isEqualTo(Fixtures.APPLICATION_ID);
		assertThat(
				TokenChecks.verifiedRs256(tokens.rs256Jose4j(), Fixtures.rsaKeys().getPublic()).getClaimsMap().keySet())
			.containsExactlyInAnyOrderElementsOf(rs256.getClaimsMap().keySet());
		assertThat(tokens.rs256FloorSignature(signers)).hasSize(256);
		tokens.tearDown();
	}

	@Test
	void authBenchmarksReuseOrSignVerifiableJwts() throws Exception {
		AuthBenchmarks auth = new AuthBenchmarks();
		auth.setUp();
		String reused = auth.hs256Reused();
		assertThat(auth.hs256Reused()).isEqualTo(reused);
		assertThat(
				TokenChecks.verifiedRestJwt(reused, new HmacKey(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8)))
					.getIssuer())
			.isEqualTo(Fixtures.API_KEY);
		String signed = auth.hs256SignedPerCall();
		assertThat(auth.hs256SignedPerCall()).isNotEqualTo(signed);
		assertThat(
				TokenChecks.verifiedRestJwt(signed, new HmacKey(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8)))
					.getIssuer())
			.isEqualTo(Fixtures.API_KEY);
		String bearer = auth.rs256Reused();
		assertThat(bearer).startsWith("Bearer ");
		assertThat(auth.rs256Reused()).isEqualTo(bearer);
		assertThat(TokenChecks.verifiedRestJwt(bearer.substring(7), Fixtures.rsaKeys().getPublic())
			.getClaimValue("application_id")).isEqualTo(Fixtures.APPLICATION_ID);
		String signedBearer = auth.rs256SignedPerCall();
		assertThat(auth.rs256SignedPerCall()).isNotEqualTo(signedBearer);
		assertThat(TokenChecks.verifiedRestJwt(signedBearer.substring(7), Fixtures.rsaKeys().getPublic())
			.getClaimValue("application_id")).isEqualTo(Fixtures.APPLICATION_ID);
	}

	@Test
	void bulkBenchmarksMakeDistinctVerifiableTokens() throws Exception {
		BulkBenchmarks bulk = new BulkBenchmarks();
		bulk.count = 5000;
		bulk.setUp();
		assertDistinct(bulk.t1Ours()).forEach(TokenChecks::verifiedT1);
		assertDistinct(bulk.jwtOurs()).forEach(TokenChecks::verifiedHs256);
		assertDistinct(bulk.t1OfficialSdk()).forEach(TokenChecks::verifiedT1);
		bulk.tearDown();
	}

	@Test
	void streamRunChecksEveryStreamedToken() {
		StreamRun.main(new String[] { "T1", "3000" });
		StreamRun.main(new String[] { "JWT", "3000" });
	}

	@Test
	void virtualThreadsAreRefusedClearlyBeforeJava21() {
		if (VirtualThreads.available()) {
			assertThat(VirtualThreads.factory().newThread(() -> {
			})).isNotNull();
		}
		else {
			assertThatIllegalStateException().isThrownBy(VirtualThreads::factory)
				.withMessageStartingWith("Virtual threads need Java 21 or newer");
		}
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void virtualThreadBenchmarksMakeVerifiableTokens() throws Exception {
		VirtualThreadTokenBenchmarks benchmarks = new VirtualThreadTokenBenchmarks();
		benchmarks.setUp();
		for (String token : benchmarks.t1OursFreshVirtualThread()) {
			TokenChecks.verifiedT1(token);
		}
		for (String token : benchmarks.jwtOursFreshVirtualThread()) {
			TokenChecks.verifiedHs256(token);
		}
		for (String token : benchmarks.t1OursSameThread()) {
			TokenChecks.verifiedT1(token);
		}
		for (String token : benchmarks.jwtOursSameThread()) {
			TokenChecks.verifiedHs256(token);
		}
		assertThat(benchmarks.freshVirtualThreadOnly()).containsOnly(Fixtures.SESSION_ID);
	}

	private static List<String> assertDistinct(List<String> tokens) {
		assertThat(tokens).hasSize(5000).doesNotHaveDuplicates();
		return tokens;
	}

	@ParameterizedTest
	@ValueSource(strings = { "starter", "default", "httpcomponents", "jdk", "jetty", "simple" })
	void restBenchmarksReadRealAnswers(String client) throws Exception {
		RestBenchmarks rest = new RestBenchmarks();
		RestBenchmarks.Stub stub = new RestBenchmarks.Stub();
		stub.start();
		try {
			RestBenchmarks.Ours ours = new RestBenchmarks.Ours();
			ours.client = client;
			ours.setUp(stub);
			RestChecks.check(rest.createSessionOurs(ours));
			RestChecks.check(rest.getArchiveOurs(ours));
			ours.close();
			if (client.equals("default")) {
				RestBenchmarks.Official official = new RestBenchmarks.Official();
				official.setUp(stub);
				RestChecks.check(rest.createSessionOfficialSdk(official));
				RestChecks.check(rest.getArchiveOfficialSdk(official));
				official.close();
				RestBenchmarks.RawSocket raw = new RestBenchmarks.RawSocket();
				raw.connect(stub);
				assertThat(rest.createSessionRawSocket(raw)).isEqualTo(StubServer.SESSION_JSON.length());
				assertThat(rest.getArchiveRawSocket(raw)).isEqualTo(StubServer.ARCHIVE_JSON.length());
				raw.close();
			}
		}
		finally {
			stub.stop();
		}
	}

	@Test
	void startupBenchmarksStartWithAndWithoutOpenTok() {
		StartupBenchmarks startup = new StartupBenchmarks();
		assertThat(startup.refreshWithOpenTok().tokens().generate(Fixtures.SESSION_ID)).isNotBlank();
		assertThat(startup.refreshWithoutOpenTok()).isPositive();
		ColdStartBenchmarks coldStart = new ColdStartBenchmarks();
		assertThat(coldStart.refreshWithOpenTok().tokens().generate(Fixtures.SESSION_ID)).isNotBlank();
		assertThat(coldStart.refreshWithoutOpenTok()).isPositive();
	}

	@Test
	void floorRatioRunTimesEveryOperationOfEveryRound() throws Exception {
		int[] runs = new int[3];
		double[] ratios = FloorRatioRun.ratios(4, 10, (nanos) -> nanos.length, () -> runs[0]++, () -> runs[1]++,
				() -> runs[2]++);
		assertThat(ratios).containsExactly(3, 3, 3, 3);
		assertThat(runs).containsExactly(80, 80, 80);
		double[] timed = FloorRatioRun.ratios(2, 10, (nanos) -> (double) nanos[0] / nanos[1], () -> Thread.sleep(2),
				() -> Thread.sleep(1));
		assertThat(timed[0]).isGreaterThan(1);
		assertThat(FloorRatioRun.quantile(new double[] { 1, 2, 3, 4, 5 }, 0.5)).isEqualTo(3);
		assertThat(FloorRatioRun.quantile(new double[] { 1, 2, 3, 4, 5 }, 0.25)).isEqualTo(2);
	}

}
