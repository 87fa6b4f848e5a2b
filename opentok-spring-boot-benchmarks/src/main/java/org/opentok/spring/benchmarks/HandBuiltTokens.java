package org.opentok.spring.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The floor of a client token as code: the same T1 token and HS256 JWT as ours, with the
 * same claims in the same order, built by hand on the JDK's StringBuilder, HexFormat,
 * Base64 and Mac. Holds one keyed {@link Mac} per algorithm, so one instance per thread.
 * Uses only {@link Fixtures}' constants, so that no RSA key is made.
 *
 * @since 0.1.0
 */
final class HandBuiltTokens {

	private static final long TTL_SECONDS = 24 * 60 * 60;

	private static final String T1_CONNECTION_DATA = URLEncoder.encode(Fixtures.CONNECTION_DATA,
			StandardCharsets.UTF_8);

	private final Mac hmacSha1;

	private final Mac hmacSha256;

	HandBuiltTokens() {
		this.hmacSha1 = keyedMac("HmacSHA1");
		this.hmacSha256 = keyedMac("HmacSHA256");
	}

	/**
	 * A {@code T1==} token of the fixtures' session, publisher role and connection data.
	 * @param nonce the token's nonce
	 * @return the token
	 */
	String t1(int nonce) {
		long now = System.currentTimeMillis() / 1000;
		String data = new StringBuilder(256).append("create_time=")
			.append(now)
			.append("&expire_time=")
			.append(now + TTL_SECONDS)
			.append("&session_id=")
			.append(Fixtures.SESSION_ID)
			.append("&nonce=")
			.append(nonce)
			.append("&role=publisher&scope=session.connect&connection_data=")
			.append(T1_CONNECTION_DATA)
			.toString();
		String signature = HexFormat.of().formatHex(this.hmacSha1.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		String inner = "partner_id=" + Fixtures.API_KEY + "&sig=" + signature + ":" + data;
		return "T1==" + Base64.getEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An HS256 JWT of the fixtures' session, publisher role and connection data, with a
	 * version 4 UUID {@code jti} from {@link ThreadLocalRandom}, as ours.
	 * @param nonce the token's nonce
	 * @return the token
	 */
	String jwt(int nonce) {
		long now = System.currentTimeMillis() / 1000;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		UUID jti = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & ~0xC000000000000000L) | 0x8000000000000000L);
		String payload = new StringBuilder(384).append("{\"session_id\":\"")
			.append(Fixtures.SESSION_ID)
			.append("\",\"nonce\":")
			.append(nonce)
			.append(",\"role\":\"publisher\",\"scope\":\"session.connect\",\"connection_data\":\"")
			.append(Fixtures.CONNECTION_DATA)
			.append("\",\"ist\":\"project\",\"iss\":\"")
			.append(Fixtures.API_KEY)
			.append("\",\"jti\":\"")
			.append(jti)
			.append("\",\"exp\":")
			.append(now + TTL_SECONDS)
			.append(",\"iat\":")
			.append(now)
			.append('}')
			.toString();
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String signingInput = "eyJhbGciOiJIUzI1NiJ9." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return signingInput + "."
				+ base64.encodeToString(this.hmacSha256.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
	}

	/**
	 * A JDK {@link Mac} keyed with the fixtures' API secret.
	 * @param algorithm {@code HmacSHA1} or {@code HmacSHA256}
	 * @return the keyed Mac, for one thread
	 */
	static Mac keyedMac(String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8), algorithm));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
