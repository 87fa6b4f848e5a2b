package org.opentok.spring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

/**
 * Checks that a benchmark's output is a real token: T1 signatures recomputed with the
 * JDK's HMAC, JWTs verified by jose4j.
 *
 * @since 0.1.0
 */
final class TokenChecks {

	private TokenChecks() {
	}

	/**
	 * Verifies a {@code T1==} token and returns its signed data.
	 * @param token the token
	 * @return the form-encoded data that was signed
	 */
	static String verifiedT1(String token) {
		if (!token.startsWith("T1==")) {
			throw new IllegalStateException("Not a T1 token: " + token);
		}
		String inner = new String(Base64.getDecoder().decode(token.substring(4)), StandardCharsets.UTF_8);
		int colon = inner.indexOf(':');
		String prefix = "partner_id=" + Fixtures.API_KEY + "&sig=";
		if (colon < 0 || !inner.startsWith(prefix)) {
			throw new IllegalStateException("Malformed T1 token: " + inner);
		}
		String signature = inner.substring(prefix.length(), colon);
		String data = inner.substring(colon + 1);
		if (!signature.equals(hmacSha1Hex(data))) {
			throw new IllegalStateException("T1 signature does not verify: " + inner);
		}
		if (!data.contains("session_id=" + Fixtures.SESSION_ID)) {
			throw new IllegalStateException("T1 token of another session: " + data);
		}
		return data;
	}

	static String hmacSha1Hex(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Verifies an HS256 client token with jose4j.
	 * @param token the token
	 * @return its claims
	 */
	static JwtClaims verifiedHs256(String token) {
		return verified(token, AlgorithmIdentifiers.HMAC_SHA256, new JwtConsumerBuilder()
			.setVerificationKey(new HmacKey(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8))));
	}

	/**
	 * Verifies an RS256 client token with jose4j.
	 * @param token the token
	 * @param publicKey the key to verify with
	 * @return its claims
	 */
	static JwtClaims verifiedRs256(String token, PublicKey publicKey) {
		return verified(token, AlgorithmIdentifiers.RSA_USING_SHA256,
				new JwtConsumerBuilder().setVerificationKey(publicKey));
	}

	private static JwtClaims verified(String token, String algorithm, JwtConsumerBuilder builder) {
		JwtConsumer consumer = builder
			.setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, algorithm))
			.setRequireExpirationTime()
			.setRequireIssuedAt()
			.setRequireJwtId()
			.setSkipDefaultAudienceValidation()
			.build();
		try {
			JwtClaims claims = consumer.processToClaims(token);
			if (!Fixtures.SESSION_ID.equals(claims.getClaimValue("session_id"))) {
				throw new IllegalStateException("JWT of another session: " + claims);
			}
			return claims;
		}
		catch (InvalidJwtException ex) {
			throw new IllegalStateException("JWT does not verify: " + token, ex);
		}
	}

	/**
	 * Verifies the signature of a REST auth JWT with jose4j (its times are not checked: a
	 * benchmark's clock may run ahead) and that it lives no longer than OpenTok accepts.
	 * @param jwt the JWT
	 * @param key the key to verify with: the API secret or the RSA public key
	 * @return its claims
	 */
	static JwtClaims verifiedRestJwt(String jwt, Key key) {
		JwtConsumer consumer = new JwtConsumerBuilder().setVerificationKey(key)
			.setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT,
					AlgorithmIdentifiers.HMAC_SHA256, AlgorithmIdentifiers.RSA_USING_SHA256))
			.setSkipAllValidators()
			.build();
		try {
			JwtClaims claims = consumer.processToClaims(jwt);
			long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
			if (lifetime <= 0 || lifetime > 300 || claims.getJwtId() == null) {
				throw new IllegalStateException("Not a REST auth JWT OpenTok accepts: " + claims);
			}
			return claims;
		}
		catch (InvalidJwtException | MalformedClaimException ex) {
			throw new IllegalStateException("JWT does not verify: " + jwt, ex);
		}
	}

}
