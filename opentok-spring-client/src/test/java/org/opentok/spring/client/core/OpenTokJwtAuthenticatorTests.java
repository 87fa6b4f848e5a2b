package org.opentok.spring.client.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokJwtAuthenticator}.
 */
class OpenTokJwtAuthenticatorTests {

	private static final String API_KEY = "123456";

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String V3_JTI = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

	// fact sheet §7 V3, first variant (header with typ)
	private static final String V3_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
			+ "eyJpc3MiOiIxMjM0NTYiLCJpc3QiOiJwcm9qZWN0IiwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjE3MDAwMDAxODAsImp0aSI6IjNmMjUwNGUwLTRmODktNDFkMy05YTBjLTAzMDVlODJjMzMwMSJ9"
			+ ".48VBF6S9-5OrWZlCx45AgeVL8EtZfPBuf-H8BL-zr10";

	@Test
	void signsTheV3TestVector() {
		OpenTokJwtAuthenticator authenticator = new OpenTokJwtAuthenticator(API_KEY, "project", SECRET,
				Clock.systemUTC(), () -> V3_JTI);
		assertThat(authenticator.sign(1700000000, 1700000180, V3_JTI)).isEqualTo(V3_TOKEN);
	}

	@Test
	void authenticateSetsTheHeaderWithTheJwtSignedForNow() {
		Clock clock = Clock.fixed(Instant.ofEpochSecond(1700000030), ZoneOffset.UTC);
		OpenTokJwtAuthenticator authenticator = new OpenTokJwtAuthenticator(API_KEY, "project", SECRET, clock,
				() -> V3_JTI);
		HttpHeaders headers = new HttpHeaders();
		authenticator.authenticate(headers);
		assertThat(headers.get(OpenTokJwtAuthenticator.HEADER))
			.containsExactly(authenticator.sign(1700000000, 1700000080, V3_JTI));
		assertThat(headers.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
	}

	@Test
	void issuedJwtIsBackdatedBySkewAndExpiresFiftySecondsAfterIssue() throws Exception {
		MutableClock clock = new MutableClock(Instant.ofEpochSecond(1800000000));
		OpenTokJwtAuthenticator authenticator = OpenTokJwtAuthenticator
			.forProject(OpenTokCredentials.project(API_KEY, SECRET), clock);
		SignedJWT jwt = verified(authenticator.currentJwt(), SECRET);
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(claims.getIssuer()).isEqualTo(API_KEY);
		assertThat(claims.getStringClaim("ist")).isEqualTo("project");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1800000000 - 30));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1800000000 + 50));
		assertThat(claims.getJWTID()).isNotBlank();
	}

	@Test
	void sameJwtIsReusedForTenSecondsThenReplaced() throws Exception {
		MutableClock clock = new MutableClock(Instant.ofEpochSecond(1700000010));
		AtomicInteger issued = new AtomicInteger();
		Supplier<String> jti = () -> "jti-" + issued.incrementAndGet();
		OpenTokJwtAuthenticator authenticator = new OpenTokJwtAuthenticator(API_KEY, "project", SECRET, clock, jti);
		String first = headerOf(authenticator);
		clock.advance(Duration.ofSeconds(9));
		assertThat(headerOf(authenticator)).isEqualTo(first);
		clock.advance(Duration.ofMillis(999));
		assertThat(headerOf(authenticator)).isEqualTo(first);
		assertThat(issued).hasValue(1);
		clock.advance(Duration.ofMillis(1));
		String second = headerOf(authenticator);
		assertThat(second).isNotEqualTo(first);
		assertThat(issued).hasValue(2);
		JWTClaimsSet claims = verified(second, SECRET).getJWTClaimsSet();
		assertThat(claims.getJWTID()).isEqualTo("jti-2");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000020 - 30));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000020 + 50));
	}

	@Test
	void everyUseLeavesTheSkewAllowanceAndALeakedJwtIsWorthAtMostFiftySeconds() throws Exception {
		MutableClock clock = new MutableClock(Instant.ofEpochSecond(1700000000));
		OpenTokJwtAuthenticator authenticator = OpenTokJwtAuthenticator
			.forProject(OpenTokCredentials.project(API_KEY, SECRET), clock);
		for (int millis = 0; millis <= 120_000; millis += 250) {
			JWTClaimsSet claims = verified(headerOf(authenticator), SECRET).getJWTClaimsSet();
			Duration left = Duration.between(clock.instant(), claims.getExpirationTime().toInstant());
			// 30 s for an OpenTok clock ahead of ours, 10 s for the request to get there
			assertThat(left).as("at %d ms", millis).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(50));
			assertThat(claims.getIssueTime().toInstant()).as("at %d ms", millis)
				.isBeforeOrEqualTo(clock.instant().minusSeconds(30));
			clock.advance(Duration.ofMillis(250));
		}
	}

	@Test
	void clockGoingBackwardsIssuesANewJwt() {
		MutableClock clock = new MutableClock(Instant.ofEpochSecond(1700000030));
		AtomicInteger issued = new AtomicInteger();
		OpenTokJwtAuthenticator authenticator = new OpenTokJwtAuthenticator(API_KEY, "project", SECRET, clock,
				() -> "jti-" + issued.incrementAndGet());
		String first = headerOf(authenticator);
		clock.set(Instant.ofEpochSecond(1700000000));
		assertThat(headerOf(authenticator)).isNotEqualTo(first);
		assertThat(issued).hasValue(2);
	}

	@Test
	void forAccountIssuesJwtWithAccountIssuerType() throws Exception {
		String accountSecret = "0123456789abcdef0123456789abcdef01234567";
		Clock clock = Clock.fixed(Instant.ofEpochSecond(1700000030), ZoneOffset.UTC);
		OpenTokJwtAuthenticator authenticator = OpenTokJwtAuthenticator
			.forAccount(new AccountCredentials("987654", accountSecret), clock);
		JWTClaimsSet claims = verified(headerOf(authenticator), accountSecret).getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("987654");
		assertThat(claims.getStringClaim("ist")).isEqualTo("account");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000000));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000080));
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(authenticator.toString()).contains("987654").contains("account").doesNotContain(accountSecret);
	}

	@Test
	void randomJtiDiffersBetweenJwts() throws Exception {
		MutableClock clock = new MutableClock(Instant.ofEpochSecond(1700000030));
		OpenTokJwtAuthenticator authenticator = OpenTokJwtAuthenticator
			.forProject(OpenTokCredentials.project(API_KEY, SECRET), clock);
		String first = verified(headerOf(authenticator), SECRET).getJWTClaimsSet().getJWTID();
		clock.advance(Duration.ofMinutes(1));
		String second = verified(headerOf(authenticator), SECRET).getJWTClaimsSet().getJWTID();
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void toStringHoldsNeitherSecretNorJwt() {
		OpenTokJwtAuthenticator authenticator = OpenTokJwtAuthenticator
			.forProject(OpenTokCredentials.project(API_KEY, SECRET), Clock.systemUTC());
		String jwt = headerOf(authenticator);
		assertThat(authenticator.toString()).contains(API_KEY).doesNotContain(SECRET).doesNotContain(jwt);
	}

	private static String headerOf(OpenTokJwtAuthenticator authenticator) {
		HttpHeaders headers = new HttpHeaders();
		authenticator.authenticate(headers);
		return headers.getFirst(OpenTokJwtAuthenticator.HEADER);
	}

	private static SignedJWT verified(String token, String secret) throws Exception {
		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.verify(new MACVerifier(secret))).as("HS256 signature").isTrue();
		return jwt;
	}

}
