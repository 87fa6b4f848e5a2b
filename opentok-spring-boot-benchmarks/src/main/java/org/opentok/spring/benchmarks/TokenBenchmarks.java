package org.opentok.spring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;

import com.opentok.OpenTok;
import com.opentok.exception.OpenTokException;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.VonageCredentials;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

/**
 * One token per call, on one thread: ours against the official SDK 4.9.0 (T1) and jose4j
 * (JWT, HS256 and RS256), with the bare signature as the floor. All make the same claims
 * for the same session. {@link TokenBenchmarksTwoThreads} runs the same on two threads.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TokenBenchmarks {

	private TokenGenerator ours;

	private TokenGenerator oursVonage;

	static final TokenOptions T1_OPTIONS = TokenOptions.builder()
		.format(TokenFormat.T1)
		.role(Role.PUBLISHER)
		.data(Fixtures.CONNECTION_DATA)
		.ttl(Fixtures.TTL)
		.build();

	static final TokenOptions JWT_OPTIONS = TokenOptions.builder()
		.format(TokenFormat.JWT)
		.role(Role.PUBLISHER)
		.data(Fixtures.CONNECTION_DATA)
		.ttl(Fixtures.TTL)
		.build();

	private OpenTok officialSdk;

	private com.opentok.TokenOptions officialOptions;

	private HmacKey hmacKey;

	private PrivateKey rsaKey;

	/**
	 * Builds every contender and checks that each one's output verifies.
	 * @throws Exception if a contender cannot be set up or makes a bad token
	 */
	@Setup
	public void setUp() throws Exception {
		setUpGenerators();
		TokenChecks.verifiedT1(t1Ours());
		TokenChecks.verifiedT1(t1OfficialSdk());
		TokenChecks.verifiedHs256(jwtOurs());
		TokenChecks.verifiedHs256(jwtJose4j());
		TokenChecks.verifiedHs256(jwtFloorHandBuiltJdk(new Signers()));
		TokenChecks.verifiedRs256(rs256Ours(), Fixtures.rsaKeys().getPublic());
		TokenChecks.verifiedRs256(rs256Jose4j(), Fixtures.rsaKeys().getPublic());
	}

	private void setUpGenerators() throws OpenTokException {
		this.ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		this.rsaKey = Fixtures.rsaKeys().getPrivate();
		this.oursVonage = new TokenGenerator(new VonageCredentials(Fixtures.APPLICATION_ID, this.rsaKey));
		this.officialSdk = new OpenTok(Fixtures.API_KEY_NUMBER, Fixtures.API_SECRET);
		this.officialOptions = new com.opentok.TokenOptions.Builder().role(com.opentok.Role.PUBLISHER)
			.data(Fixtures.CONNECTION_DATA)
			.build();
		this.hmacKey = new HmacKey(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Closes the official SDK, whose HTTP client threads would keep the JVM alive.
	 */
	@TearDown
	public void tearDown() {
		this.officialSdk.close();
	}

	/**
	 * A T1 token from our generator.
	 * @return the token
	 */
	@Benchmark
	public String t1Ours() {
		return this.ours.generate(Fixtures.SESSION_ID, T1_OPTIONS);
	}

	/**
	 * A T1 token from the official SDK 4.9.0.
	 * @return the token
	 * @throws OpenTokException never with these inputs
	 */
	@Benchmark
	public String t1OfficialSdk() throws OpenTokException {
		return this.officialSdk.generateToken(Fixtures.SESSION_ID, this.officialOptions);
	}

	/**
	 * The floor of a T1 token: one HMAC-SHA1 over data of the same length.
	 * @param signers this thread's keyed signers
	 * @return the signature
	 */
	@Benchmark
	public byte[] t1FloorHmacSha1(Signers signers) {
		return signers.hmacSha1.doFinal(signers.t1Data);
	}

	/**
	 * An HS256 JWT token from our generator.
	 * @return the token
	 */
	@Benchmark
	public String jwtOurs() {
		return this.ours.generate(Fixtures.SESSION_ID, JWT_OPTIONS);
	}

	/**
	 * The same HS256 JWT made with jose4j, as newer official SDKs make it.
	 * @return the token
	 * @throws JoseException never with these inputs
	 */
	@Benchmark
	public String jwtJose4j() throws JoseException {
		JwtClaims claims = clientTokenClaims();
		claims.setClaim("ist", "project");
		claims.setIssuer(Fixtures.API_KEY);
		JsonWebSignature jws = new JsonWebSignature();
		jws.setPayload(claims.toJson());
		jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
		jws.setKey(this.hmacKey);
		return jws.getCompactSerialization();
	}

	/**
	 * The floor of an HS256 JWT as code: the same JWT built by hand on the JDK's
	 * StringBuilder, Base64 and Mac, with the same random sources as ours (a
	 * {@link ThreadLocalRandom} nonce and version 4 UUID).
	 * @param signers this thread's keyed signers
	 * @return the token
	 */
	@Benchmark
	public String jwtFloorHandBuiltJdk(Signers signers) {
		return signers.handBuilt.jwt(ThreadLocalRandom.current().nextInt());
	}

	/**
	 * What cloning a keyed Mac per token would cost, the alternative to pooling it for
	 * virtual threads: one HMAC-SHA1 like {@link #t1FloorHmacSha1}, on a clone.
	 * @param signers this thread's keyed signers
	 * @return the signature
	 */
	@Benchmark
	public byte[] t1ClonedMacHmacSha1(Signers signers) {
		return signers.clonedHmacSha1();
	}

	/**
	 * The floor of an HS256 JWT: one HMAC-SHA256 over a signing input of the same length.
	 * @param signers this thread's keyed signers
	 * @return the signature
	 */
	@Benchmark
	public byte[] jwtFloorHmacSha256(Signers signers) {
		return signers.hmacSha256.doFinal(signers.jwtSigningInput);
	}

	/**
	 * An RS256 JWT token from our generator with Vonage credentials.
	 * @return the token
	 */
	@Benchmark
	public String rs256Ours() {
		return this.oursVonage.generate(Fixtures.SESSION_ID, JWT_OPTIONS);
	}

	/**
	 * The same RS256 JWT made with jose4j.
	 * @return the token
	 * @throws JoseException never with these inputs
	 */
	@Benchmark
	public String rs256Jose4j() throws JoseException {
		JwtClaims claims = clientTokenClaims();
		claims.setClaim("application_id", Fixtures.APPLICATION_ID);
		JsonWebSignature jws = new JsonWebSignature();
		jws.setPayload(claims.toJson());
		jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
		jws.setHeader("typ", "JWT");
		jws.setKey(this.rsaKey);
		return jws.getCompactSerialization();
	}

	/**
	 * The floor of an RS256 JWT: one SHA256withRSA signature over a signing input of the
	 * same length.
	 * @param signers this thread's keyed signers
	 * @return the signature
	 * @throws GeneralSecurityException never
	 */
	@Benchmark
	public byte[] rs256FloorSignature(Signers signers) throws GeneralSecurityException {
		signers.rsa.update(signers.jwtSigningInput);
		return signers.rsa.sign();
	}

	private static JwtClaims clientTokenClaims() {
		JwtClaims claims = new JwtClaims();
		claims.setClaim("session_id", Fixtures.SESSION_ID);
		claims.setClaim("nonce", ThreadLocalRandom.current().nextInt());
		claims.setClaim("role", "publisher");
		claims.setClaim("scope", "session.connect");
		claims.setClaim("connection_data", Fixtures.CONNECTION_DATA);
		claims.setJwtId(UUID.randomUUID().toString());
		claims.setIssuedAtToNow();
		claims.setExpirationTimeMinutesInTheFuture(Fixtures.TTL.toMinutes());
		return claims;
	}

	/**
	 * One thread's keyed JDK signers and inputs of a real token's size, for the floors.
	 */
	@State(Scope.Thread)
	public static class Signers {

		final Mac hmacSha1;

		final Mac hmacSha256;

		final Signature rsa;

		final byte[] t1Data;

		final byte[] jwtSigningInput;

		final HandBuiltTokens handBuilt = new HandBuiltTokens();

		/**
		 * Keys the signers and copies a real token's signed bytes.
		 */
		public Signers() {
			this.hmacSha1 = HandBuiltTokens.keyedMac("HmacSHA1");
			this.hmacSha256 = HandBuiltTokens.keyedMac("HmacSHA256");
			try {
				this.rsa = Signature.getInstance("SHA256withRSA");
				this.rsa.initSign(Fixtures.rsaKeys().getPrivate());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
			TokenGenerator ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
			this.t1Data = TokenChecks.verifiedT1(ours.generate(Fixtures.SESSION_ID, T1_OPTIONS))
				.getBytes(StandardCharsets.UTF_8);
			String jwt = ours.generate(Fixtures.SESSION_ID, JWT_OPTIONS);
			this.jwtSigningInput = jwt.substring(0, jwt.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
		}

		/**
		 * One HMAC-SHA1 over the T1 data on a clone of the keyed {@code Mac}: work of a
		 * token's size that keeps nothing per thread and shares nothing.
		 * @return the signature
		 */
		byte[] clonedHmacSha1() {
			try {
				return ((Mac) this.hmacSha1.clone()).doFinal(this.t1Data);
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException("The JDK's HMAC-SHA1 cannot be cloned", ex);
			}
		}

	}

}
