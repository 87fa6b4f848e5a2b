package org.opentok.spring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;

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
		List<String> official = bulk.t1OfficialSdk();
		official.forEach(TokenChecks::verifiedT1);
		// the SDK draws each nonce from new Random().nextInt() and T1 tokens have nothing
		// else random: two of 5,000 made in one second share one about 3 times in 1,000
		// runs, so only a batch of mostly copies is refused
		assertThat(official).hasSize(5000);
		assertThat(new HashSet<>(official)).hasSizeGreaterThan(4990);
		bulk.tearDown();
	}

	@Test
	void streamRunChecksEveryStreamedToken() {
		for (String format : List.of("T1", "JWT")) {
			for (String maker : List.of("ours", "jdk", "unchecked")) {
				StreamRun.main(new String[] { format, "3000", maker });
			}
		}
	}

	@Test
	void handBuiltTokensAreTheSameTokensAsOurs() {
		HandBuiltTokens handBuilt = new HandBuiltTokens();
		String t1 = TokenChecks.verifiedT1(handBuilt.t1(42));
		assertThat(t1).contains("&session_id=" + Fixtures.SESSION_ID + "&nonce=42&role=publisher&scope=session.connect"
				+ "&connection_data=name%3DAlice+%26+Bob");
		JwtClaims jwt = TokenChecks.verifiedHs256(handBuilt.jwt(42));
		assertThat(jwt.getClaimsMap().keySet()).containsExactlyInAnyOrderElementsOf(
				TokenChecks.verifiedHs256(new TokenBenchmarks.Signers().handBuilt.jwt(7)).getClaimsMap().keySet());
		assertThat(jwt.getClaimValue("nonce")).isEqualTo(42L);
		assertThat(StreamRun.checkedT1(handBuilt.t1(1))).isNotEqualTo(StreamRun.checkedT1(handBuilt.t1(2)));
		assertThat(StreamRun.checkedJwt(handBuilt.jwt(1))).isNotEqualTo(StreamRun.checkedJwt(handBuilt.jwt(1)));
	}

	@Test
	void streamRunRefusesForgedMalformedForeignAndRepeatedTokens() {
		String t1 = new HandBuiltTokens().t1(42);
		String inner = new String(Base64.getDecoder().decode(t1.substring(4)), StandardCharsets.US_ASCII);
		String forgedT1 = "T1==" + Base64.getEncoder()
			.encodeToString(inner.replace("nonce=42", "nonce=43").getBytes(StandardCharsets.US_ASCII));
		assertThatIllegalStateException().isThrownBy(() -> StreamRun.checkedT1(forgedT1))
			.withMessageStartingWith("T1 signature does not verify");
		assertThatIllegalStateException().isThrownBy(() -> StreamRun.checkedT1("T2" + t1.substring(2)))
			.withMessageStartingWith("Not a T1 token");
		String otherSession = Fixtures.SESSION_ID.replace('a', 'b');
		String foreignT1 = "T1=="
				+ Base64.getEncoder().encodeToString(resignedT1(inner.replace(Fixtures.SESSION_ID, otherSession)));
		assertThatIllegalStateException().isThrownBy(() -> StreamRun.checkedT1(foreignT1))
			.withMessageStartingWith("Token of another session");
		String jwt = new HandBuiltTokens().jwt(42);
		int signatureAt = jwt.lastIndexOf('.') + 1;
		String forgedJwt = jwt.substring(0, signatureAt) + ((jwt.charAt(signatureAt) == 'A') ? 'B' : 'A')
				+ jwt.substring(signatureAt + 1);
		assertThatIllegalStateException().isThrownBy(() -> StreamRun.checkedJwt(forgedJwt))
			.withMessageStartingWith("JWT signature does not verify");
		String foreignJwt = resignedJwt(jwt.substring(0, signatureAt - 1), otherSession);
		assertThatIllegalStateException().as("jose4j: signed right, of another session")
			.isThrownBy(() -> TokenChecks.verifiedHs256(foreignJwt))
			.withMessageStartingWith("JWT of another session");
		assertThatIllegalStateException().isThrownBy(() -> StreamRun.checkedJwt(foreignJwt))
			.withMessageStartingWith("Token of another session");
		StreamRun.requireDistinct(new long[] { 0, 1, -1, 1L << 40, 5 });
		assertThatIllegalStateException().isThrownBy(() -> StreamRun.requireDistinct(new long[] { 7, 3, 7 }))
			.withMessage("Two tokens have the same signature");
		assertThatIllegalStateException().isThrownBy(() -> StreamRun.requireDistinct(new long[] { 0, 3, 0 }))
			.withMessage("Two tokens have the same signature");
		assertThatIllegalStateException()
			.isThrownBy(() -> StreamRun.requireDistinct(new long[] { 1L << 33, 1L << 34, 1L << 33 }))
			.withMessage("Two tokens have the same signature");
	}

	/**
	 * An HS256 JWT with the claims of the given signing input, but of another session,
	 * signed with the fixtures' secret.
	 */
	private static String resignedJwt(String signingInput, String otherSession) {
		int dot = signingInput.indexOf('.');
		String claims = new String(Base64.getUrlDecoder().decode(signingInput.substring(dot + 1)),
				StandardCharsets.UTF_8)
			.replace(Fixtures.SESSION_ID, otherSession);
		String foreignInput = signingInput.substring(0, dot + 1)
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
		Mac mac = HandBuiltTokens.keyedMac("HmacSHA256");
		return foreignInput + "."
				+ Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(mac.doFinal(foreignInput.getBytes(StandardCharsets.US_ASCII)));
	}

	/**
	 * A T1 token's inner text with its signature recomputed over its (changed) data.
	 */
	private static byte[] resignedT1(String inner) {
		int colon = inner.indexOf(':');
		String data = inner.substring(colon + 1);
		String prefix = "partner_id=" + Fixtures.API_KEY + "&sig=";
		return (prefix + TokenChecks.hmacSha1Hex(data) + ":" + data).getBytes(StandardCharsets.US_ASCII);
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
		for (Object token : benchmarks.t1OursFreshVirtualThread()) {
			TokenChecks.verifiedT1((String) token);
		}
		for (Object token : benchmarks.jwtOursFreshVirtualThread()) {
			TokenChecks.verifiedHs256((String) token);
		}
		for (Object token : benchmarks.t1OursSameThread()) {
			TokenChecks.verifiedT1((String) token);
		}
		for (Object token : benchmarks.jwtOursSameThread()) {
			TokenChecks.verifiedHs256((String) token);
		}
		assertThat(benchmarks.freshVirtualThreadOnly()).containsOnly(Fixtures.SESSION_ID);
		String signature = TokenChecks
			.hmacSha1Hex(new String(benchmarks.floorSigners.t1Data, StandardCharsets.US_ASCII));
		assertThat(benchmarks.t1FloorClonedHmacSha1FreshVirtualThread()).hasSize(VirtualThreadTokenBenchmarks.BATCH)
			.allSatisfy((floor) -> assertThat(HexFormat.of().formatHex((byte[]) floor)).isEqualTo(signature));
		assertThat(benchmarks.t1FloorClonedHmacSha1SameThread()).hasSize(VirtualThreadTokenBenchmarks.BATCH)
			.allSatisfy((floor) -> assertThat(HexFormat.of().formatHex((byte[]) floor)).isEqualTo(signature));
		FreshThreadTimingRun.main(new String[] { "1" });
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
	void freshThreadTimingRunTimesEveryTaskInsideEachThreadItStartsInEveryRound() throws Exception {
		AtomicInteger slowerRuns = new AtomicInteger();
		AtomicInteger evenRuns = new AtomicInteger();
		ThreadFactory named = (task) -> new Thread(task, "fresh");
		double[][] ratios = FreshThreadTimingRun.ratios(2, 5, named, () -> {
			slowerRuns.incrementAndGet();
			sleepMillis(Thread.currentThread().getName().equals("fresh") ? 4 : 1);
			return "slower";
		}, () -> {
			evenRuns.incrementAndGet();
			sleepMillis(2);
			return "even";
		});
		assertThat(slowerRuns).hasValue(40);
		assertThat(evenRuns).hasValue(40);
		assertThat(ratios).hasDimensions(2, 2);
		assertThat(Arrays.stream(ratios[0]).min().getAsDouble()).isGreaterThan(2);
		assertThat(Arrays.stream(ratios[1]).max().getAsDouble()).isLessThan(2);
		assertThatIllegalStateException().isThrownBy(() -> FreshThreadTimingRun.ratios(1, 1, named, () -> null))
			.withMessage("The task returned nothing");
	}

	@Test
	void freshThreadFloorPartsSignAndWriteWhatTheySay() {
		TokenBenchmarks.Signers floor = new TokenBenchmarks.Signers();
		FreshThreadTimingRun.FloorParts parts = new FreshThreadTimingRun.FloorParts(floor);
		byte[] signature = HexFormat.of()
			.parseHex(TokenChecks.hmacSha1Hex(new String(floor.t1Data, StandardCharsets.US_ASCII)));
		assertThat(Arrays.copyOfRange(parts.withThreadLocalRandom(), 1, signature.length))
			.isEqualTo(Arrays.copyOfRange(signature, 1, signature.length));
		assertThat(parts.withPooledBuffers()).isEqualTo(signature);
		byte[][] buffers = parts.pool.acquire();
		int tokenLength = floor.t1Data.length;
		int innerLength = (tokenLength - 4) / 4 * 3;
		assertThat(Arrays.copyOf(buffers[0], innerLength)).containsOnly(signature[0]);
		assertThat(buffers[0][innerLength]).isZero();
		assertThat(Arrays.copyOf(buffers[1], tokenLength)).containsOnly(signature[1]);
		assertThat(buffers[1][tokenLength]).isZero();
	}

	private static void sleepMillis(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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
