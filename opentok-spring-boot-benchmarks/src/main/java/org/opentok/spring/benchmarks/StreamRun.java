package org.opentok.spring.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

/**
 * Makes a million tokens through {@link TokenGenerator#stream} in a fresh JVM and checks
 * every one as it comes, holding none: {@code java -cp benchmarks.jar
 * org.opentok.spring.benchmarks.StreamRun T1|JWT [count]}. Each token's signature is
 * recomputed with the JDK's own {@link Mac} over the bytes it signs and compared, its
 * session id is looked for in its signed data, and the first 8 bytes of every signature
 * are kept (8 MB for a million) to check that all tokens are distinct. Prints the time
 * and the JVM's uptime at the end; {@code /usr/bin/time} gives the whole process's wall
 * time and peak RSS. Plain JDK only, so that the official SDK's and jose4j's classes are
 * never loaded.
 *
 * @since 0.1.0
 */
public final class StreamRun {

	private static final byte[] SECRET = Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8);

	private static final byte[] T1_PREFIX = ("partner_id=" + Fixtures.API_KEY + "&sig=")
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] T1_SESSION = ("session_id=" + Fixtures.SESSION_ID + "&")
		.getBytes(StandardCharsets.US_ASCII);

	private static final String JWT_SESSION = "\"session_id\":\"" + Fixtures.SESSION_ID + "\"";

	private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));

	private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));

	private StreamRun() {
	}

	/**
	 * Streams, checks and counts the tokens.
	 * @param args format ({@code T1} or {@code JWT}), optional count (default 1,000,000)
	 */
	public static void main(String[] args) {
		TokenFormat format = TokenFormat.valueOf((args.length > 0) ? args[0].toUpperCase(Locale.ROOT) : "T1");
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		long start = System.nanoTime();
		TokenGenerator ours = new TokenGenerator(OpenTokCredentials.project(Fixtures.API_KEY, Fixtures.API_SECRET));
		long[] fingerprints = ours.stream(Fixtures.SESSION_ID, options(format), count)
			.parallel()
			.mapToLong((format == TokenFormat.T1) ? StreamRun::checkedT1 : StreamRun::checkedJwt)
			.toArray();
		Arrays.sort(fingerprints);
		for (int i = 1; i < fingerprints.length; i++) {
			if (fingerprints[i] == fingerprints[i - 1]) {
				throw new IllegalStateException("Two tokens have the same signature");
			}
		}
		System.out.printf(Locale.ROOT,
				"%s: %,d tokens streamed and checked (signature, session, distinct) in %d ms" + " (JVM up %d ms)%n",
				format, fingerprints.length, (System.nanoTime() - start) / 1_000_000,
				ManagementFactory.getRuntimeMXBean().getUptime());
	}

	/**
	 * The options of {@link BulkBenchmarks}, written out: that class and {@link Fixtures}
	 * would load the official SDK and make an RSA key.
	 */
	private static TokenOptions options(TokenFormat format) {
		return TokenOptions.builder()
			.format(format)
			.role(Role.PUBLISHER)
			.data(Fixtures.CONNECTION_DATA)
			.ttl(Duration.ofHours(24))
			.build();
	}

	/**
	 * Checks a {@code T1==} token and returns the first 8 bytes of its signature.
	 */
	private static long checkedT1(String token) {
		byte[] inner = Base64.getDecoder().decode(token.substring(4));
		int colon = indexOf(inner, (byte) ':', 0);
		if (!token.startsWith("T1==") || colon != T1_PREFIX.length + 40
				|| !Arrays.equals(inner, 0, T1_PREFIX.length, T1_PREFIX, 0, T1_PREFIX.length)) {
			throw new IllegalStateException("Malformed T1 token: " + token);
		}
		Mac mac = HMAC_SHA1.get();
		mac.update(inner, colon + 1, inner.length - colon - 1);
		byte[] expected = mac.doFinal();
		byte[] actual = hexToBytes(inner, T1_PREFIX.length, 20);
		if (!MessageDigest.isEqual(expected, actual)) {
			throw new IllegalStateException("T1 signature does not verify: " + token);
		}
		requireSession(contains(inner, colon + 1, T1_SESSION), token);
		return ByteBuffer.wrap(actual).getLong();
	}

	/**
	 * Checks an HS256 JWT and returns the first 8 bytes of its signature.
	 */
	private static long checkedJwt(String token) {
		int firstDot = token.indexOf('.');
		int lastDot = token.lastIndexOf('.');
		if (!token.startsWith("eyJhbGciOiJIUzI1NiJ9.") || firstDot == lastDot) {
			throw new IllegalStateException("Not an HS256 JWT: " + token);
		}
		byte[] expected = HMAC_SHA256.get().doFinal(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
		byte[] actual = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
		if (!MessageDigest.isEqual(expected, actual)) {
			throw new IllegalStateException("JWT signature does not verify: " + token);
		}
		String claims = new String(Base64.getUrlDecoder().decode(token.substring(firstDot + 1, lastDot)),
				StandardCharsets.UTF_8);
		requireSession(claims.contains(JWT_SESSION), token);
		return ByteBuffer.wrap(actual).getLong();
	}

	private static void requireSession(boolean sessionFound, String token) {
		if (!sessionFound) {
			throw new IllegalStateException("Token of another session: " + token);
		}
	}

	private static boolean contains(byte[] bytes, int from, byte[] part) {
		for (int i = from; i <= bytes.length - part.length; i++) {
			if (bytes[i] == part[0] && Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(byte[] bytes, byte b, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] hexToBytes(byte[] hex, int offset, int count) {
		byte[] bytes = new byte[count];
		for (int i = 0; i < count; i++) {
			bytes[i] = (byte) ((Character.digit(hex[offset + 2 * i], 16) << 4)
					| Character.digit(hex[offset + 2 * i + 1], 16));
		}
		return bytes;
	}

	private static Mac mac(String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(SECRET, algorithm));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
