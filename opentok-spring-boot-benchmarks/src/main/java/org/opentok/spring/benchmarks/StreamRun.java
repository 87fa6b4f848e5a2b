package org.opentok.spring.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.crypto.Mac;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

/**
 * Makes a million tokens through {@link TokenGenerator#stream} in a fresh JVM and checks
 * every one as it comes, holding none: {@code java -cp benchmarks.jar
 * org.opentok.spring.benchmarks.StreamRun T1|JWT [count] [ours|jdk|unchecked]}. Each
 * token's signature is recomputed with the JDK's own {@link Mac} over the bytes it signs
 * and compared, its session id is looked for in what it signs, and the first 8 bytes of
 * every signature are kept (8 MB for a million) to check that all tokens are distinct.
 * {@code jdk} makes the same tokens with {@link HandBuiltTokens} instead, and checks them
 * the same way: the floor of the whole process. {@code unchecked} streams ours and only
 * counts their characters: what making them costs without the check. Prints the time and
 * the JVM's uptime at the end; {@code /usr/bin/time} gives the whole process's wall time
 * and peak RSS. Plain JDK only, so that the official SDK's and jose4j's classes are never
 * loaded.
 *
 * @since 0.1.0
 */
public final class StreamRun {

	private static final byte[] T1_PREFIX = ("partner_id=" + Fixtures.API_KEY + "&sig=")
		.getBytes(StandardCharsets.US_ASCII);

	private static final int T1_SIGNATURE_HEX_LENGTH = 40;

	private static final byte[] T1_SESSION = ("session_id=" + Fixtures.SESSION_ID + "&")
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JWT_START = jwtStartWithSession();

	private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal
		.withInitial(() -> HandBuiltTokens.keyedMac("HmacSHA1"));

	private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal
		.withInitial(() -> HandBuiltTokens.keyedMac("HmacSHA256"));

	private static final ThreadLocal<HandBuiltTokens> HAND_BUILT = ThreadLocal.withInitial(HandBuiltTokens::new);

	private StreamRun() {
	}

	/**
	 * Streams, checks and counts the tokens.
	 * @param args format ({@code T1} or {@code JWT}), optional count (default 1,000,000),
	 * optional maker ({@code ours}, the default, {@code jdk} or {@code unchecked})
	 */
	public static void main(String[] args) {
		TokenFormat format = TokenFormat.valueOf((args.length > 0) ? args[0].toUpperCase(Locale.ROOT) : "T1");
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		String maker = (args.length > 2) ? args[2] : "ours";
		long start = System.nanoTime();
		String outcome;
		if (maker.equals("unchecked")) {
			long characters = ours(format, count).parallel().mapToLong(String::length).sum();
			outcome = String.format(Locale.ROOT, "%,d tokens streamed, not checked (%,d characters)", count,
					characters);
		}
		else {
			Stream<String> tokens = maker.equals("jdk") ? handBuilt(format, count) : ours(format, count);
			long[] fingerprints = tokens.parallel()
				.mapToLong((format == TokenFormat.T1) ? StreamRun::checkedT1 : StreamRun::checkedJwt)
				.toArray();
			requireDistinct(fingerprints);
			outcome = String.format(Locale.ROOT, "%,d tokens streamed and checked (signature, session, distinct)",
					fingerprints.length);
		}
		System.out.printf(Locale.ROOT, "%s %s: %s in %d ms (JVM up %d ms)%n", maker, format, outcome,
				(System.nanoTime() - start) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
	}

	/**
	 * Our tokens, with the options of {@link BulkBenchmarks} written out: that class and
	 * {@link Fixtures}' key would load the official SDK and make an RSA key.
	 */
	private static Stream<String> ours(TokenFormat format, int count) {
		TokenGenerator ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		TokenOptions options = TokenOptions.builder()
			.format(format)
			.role(Role.PUBLISHER)
			.data(Fixtures.CONNECTION_DATA)
			.ttl(Duration.ofHours(24))
			.build();
		return ours.stream(Fixtures.SESSION_ID, options, count);
	}

	/**
	 * The same tokens built by hand on the JDK, with consecutive nonces as ours (random
	 * ones would repeat among a million T1 tokens, which have nothing else random).
	 */
	private static Stream<String> handBuilt(TokenFormat format, int count) {
		int firstNonce = ThreadLocalRandom.current().nextInt();
		return IntStream.range(0, count)
			.mapToObj((i) -> (format == TokenFormat.T1) ? HAND_BUILT.get().t1(firstNonce + i)
					: HAND_BUILT.get().jwt(firstNonce + i));
	}

	/**
	 * Checks a {@code T1==} token of the fixtures' project and session.
	 * @param token the token
	 * @return the first 8 bytes of its signature
	 * @throws IllegalStateException if it is malformed, of another project or session, or
	 * its signature does not verify
	 */
	static long checkedT1(String token) {
		byte[] ascii = token.getBytes(StandardCharsets.ISO_8859_1);
		if (!token.startsWith("T1==")) {
			throw new IllegalStateException("Not a T1 token: " + token);
		}
		byte[] inner = Base64.getDecoder().decode(ByteBuffer.wrap(ascii, 4, ascii.length - 4)).array();
		int signatureAt = T1_PREFIX.length;
		int dataAt = signatureAt + T1_SIGNATURE_HEX_LENGTH + 1;
		if (inner.length <= dataAt || inner[dataAt - 1] != ':'
				|| !Arrays.equals(inner, 0, signatureAt, T1_PREFIX, 0, signatureAt)) {
			throw new IllegalStateException("Malformed T1 token: " + token);
		}
		Mac mac = HMAC_SHA1.get();
		mac.update(inner, dataAt, inner.length - dataAt);
		byte[] expected = mac.doFinal();
		for (int i = 0; i < expected.length; i++) {
			if (inner[signatureAt + 2 * i] != HEX_DIGITS[(expected[i] >> 4) & 0xF]
					|| inner[signatureAt + 2 * i + 1] != HEX_DIGITS[expected[i] & 0xF]) {
				throw new IllegalStateException("T1 signature does not verify: " + token);
			}
		}
		requireSession(contains(inner, dataAt, T1_SESSION), token);
		return ByteBuffer.wrap(expected).getLong();
	}

	/**
	 * Checks an HS256 JWT whose first claim is the fixtures' session id.
	 * @param token the token
	 * @return the first 8 bytes of its signature
	 * @throws IllegalStateException if it is not such a JWT or its signature does not
	 * verify
	 */
	static long checkedJwt(String token) {
		byte[] ascii = token.getBytes(StandardCharsets.ISO_8859_1);
		int lastDot = token.lastIndexOf('.');
		if (lastDot < 0) {
			throw new IllegalStateException("Not a JWT: " + token);
		}
		requireSession(
				lastDot > JWT_START.length && Arrays.equals(ascii, 0, JWT_START.length, JWT_START, 0, JWT_START.length),
				token);
		Mac mac = HMAC_SHA256.get();
		mac.update(ascii, 0, lastDot);
		byte[] expected = mac.doFinal();
		byte[] actual = Base64.getUrlDecoder()
			.decode(ByteBuffer.wrap(ascii, lastDot + 1, ascii.length - lastDot - 1))
			.array();
		if (!MessageDigest.isEqual(expected, actual)) {
			throw new IllegalStateException("JWT signature does not verify: " + token);
		}
		return ByteBuffer.wrap(actual).getLong();
	}

	/**
	 * Checks that no two fingerprints are equal, in an open-addressing table of twice to
	 * four times their count: one pass, where a sort would be a second JIT warm-up.
	 * @param fingerprints the first 8 bytes of every token's signature
	 * @throws IllegalStateException if two are equal
	 */
	static void requireDistinct(long[] fingerprints) {
		int size = Integer.highestOneBit(Math.max(fingerprints.length, 1)) << 2;
		long[] table = new long[size];
		boolean zeroSeen = false;
		for (long fingerprint : fingerprints) {
			if (fingerprint == 0) {
				// 0 marks an empty slot, so it is counted apart
				requireNew(!zeroSeen);
				zeroSeen = true;
				continue;
			}
			int slot = (int) fingerprint & (size - 1);
			while (table[slot] != 0) {
				requireNew(table[slot] != fingerprint);
				slot = (slot + 1) & (size - 1);
			}
			table[slot] = fingerprint;
		}
	}

	private static void requireNew(boolean isNew) {
		if (!isNew) {
			throw new IllegalStateException("Two tokens have the same signature");
		}
	}

	private static void requireSession(boolean sessionFound, String token) {
		if (!sessionFound) {
			throw new IllegalStateException("Token of another session: " + token);
		}
	}

	/**
	 * The JWT header and the base64url of the whole 3-byte groups of
	 * {@code {"session_id":"<session>"}} that open the claims: every HS256 token of the
	 * session starts with these characters, whatever follows.
	 */
	private static byte[] jwtStartWithSession() {
		byte[] claimsStart = ("{\"session_id\":\"" + Fixtures.SESSION_ID + "\"").getBytes(StandardCharsets.UTF_8);
		byte[] wholeGroups = Arrays.copyOf(claimsStart, claimsStart.length - claimsStart.length % 3);
		return ("eyJhbGciOiJIUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding().encodeToString(wholeGroups))
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean contains(byte[] bytes, int from, byte[] part) {
		for (int i = from; i <= bytes.length - part.length; i++) {
			if (bytes[i] == part[0] && Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return true;
			}
		}
		return false;
	}

}
