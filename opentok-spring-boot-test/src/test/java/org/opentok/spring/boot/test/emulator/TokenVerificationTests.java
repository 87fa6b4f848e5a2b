package org.opentok.spring.boot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Client token verification: JWT and T1 tokens from {@link TokenGenerator}, the fact
 * sheet's test vectors, and tokens that must be refused.
 */
class TokenVerificationTests {

	private static final String API_KEY = "123456";

	private static final String API_SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String VECTOR_SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private static final String VECTOR_T1 = "T1==cGFydG5lcl9pZD0xMjM0NTYmc2lnPThkZTg3ZTI3MWYzNDM4ZmIwMmRhNTllOTNjNWM2NmRkNDEyMGNlN2U6"
			+ "Y3JlYXRlX3RpbWU9MTcwMDAwMDAwMCZleHBpcmVfdGltZT0xNzAwMDg2NDAwJnNlc3Npb25faWQ9MV9NWDR4TWpNME5UWi1makUzTURB"
			+ "d01EQXdNREF3TURCLWEwUXpjVkI2V0RsV1lsUTNkMHd5YlU0NGMxSTBlVWhqZm40Jm5vbmNlPTQyNDI0MiZyb2xlPXB1Ymxpc2hlciZz"
			+ "Y29wZT1zZXNzaW9uLmNvbm5lY3QmaW5pdGlhbF9sYXlvdXRfY2xhc3NfbGlzdD1mb2N1cyBmdWxsJmNvbm5lY3Rpb25fZGF0YT1uYW1l"
			+ "JTNEQWxpY2UrJTI2K0JvYg==";

	private static final String VECTOR_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzZXNzaW9uX2lkIjoiMV9NWDR4TWpNME5UWi1makUzTURBd01EQXdNREF3TURCLWEw"
			+ "UXpjVkI2V0RsV1lsUTNkMHd5YlU0NGMxSTBlVWhqZm40Iiwibm9uY2UiOjQyNDI0Miwicm9sZSI6InB1Ymxpc2hlciIsInNjb3BlIjoic2Vz"
			+ "c2lvbi5jb25uZWN0IiwiaW5pdGlhbF9sYXlvdXRfY2xhc3NfbGlzdCI6ImZvY3VzIGZ1bGwiLCJjb25uZWN0aW9uX2RhdGEiOiJuYW1lPUFs"
			+ "aWNlICYgQm9iIiwiaXN0IjoicHJvamVjdCIsImlzcyI6IjEyMzQ1NiIsImp0aSI6IjliMmM3ZTFhLTVkNGYtNGUzYi04YTZjLTFmMGUyZDNj"
			+ "NGI1YSIsImV4cCI6MTcwMDA4NjQwMCwiaWF0IjoxNzAwMDAwMDAwfQ.P_8m4L6_ynAZG-GDJVY86hPU5TcBetq7k5yO8cUlG00";

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture(OpenTokEmulator.builder().project(API_KEY, API_SECRET));

	private static final TokenGenerator tokens = fixture.openTok().tokens();

	private static String sessionId;

	@BeforeEach
	void createSession() {
		sessionId = fixture.routedSession();
	}

	@Test
	void verifiesAJwtTokenAndReadsItsClaims() {
		String token = tokens.generate(sessionId,
				TokenOptions.builder()
					.role(Role.MODERATOR)
					.data("name=Alice & Bob")
					.ttl(Duration.ofHours(1))
					.initialLayoutClassList("focus", "full")
					.build());
		TokenVerification verification = fixture.emulator().verifyToken(token);
		assertThat(verification.valid()).as(verification.reason()).isTrue();
		assertThat(verification.reason()).isNull();
		assertThat(verification.format()).isEqualTo(TokenFormat.JWT);
		assertThat(verification.projectId()).isEqualTo(API_KEY);
		assertThat(verification.sessionId()).isEqualTo(sessionId);
		assertThat(verification.role()).isEqualTo(Role.MODERATOR);
		assertThat(verification.connectionData()).isEqualTo("name=Alice & Bob");
		assertThat(verification.initialLayoutClassList()).containsExactly("focus", "full");
		assertThat(Duration.between(verification.issuedAt(), verification.expiresAt())).isEqualTo(Duration.ofHours(1));
		assertThat(fixture.emulator().verifyToken(token, sessionId).valid()).isTrue();
	}

	@Test
	void verifiesAT1TokenAndDecodesItsData() {
		String token = tokens.generate(sessionId,
				TokenOptions.builder()
					.format(TokenFormat.T1)
					.role(Role.PUBLISHER_ONLY)
					.data("name=Alice & Bob")
					.initialLayoutClassList("focus")
					.build());
		TokenVerification verification = fixture.emulator().verifyToken(token);
		assertThat(verification.valid()).as(verification.reason()).isTrue();
		assertThat(verification.format()).isEqualTo(TokenFormat.T1);
		assertThat(verification.role()).isEqualTo(Role.PUBLISHER_ONLY);
		assertThat(verification.connectionData()).isEqualTo("name=Alice & Bob");
		assertThat(verification.initialLayoutClassList()).containsExactly("focus");
		assertThat(verification.expiresAt()).isEqualTo(verification.issuedAt().plus(Duration.ofHours(24)));
	}

	@Test
	void checksTheSignaturesOfTheFactSheetsTestVectors() {
		assertThat(fixture.emulator().verifyToken(VECTOR_T1).reason()).contains("was not created in this emulator");
		assertThat(fixture.emulator().verifyToken(VECTOR_JWT).reason()).contains("was not created in this emulator");
		String inner = new String(Base64.getDecoder().decode(VECTOR_T1.substring(4)), StandardCharsets.UTF_8);
		String tamperedT1 = "T1==" + Base64.getEncoder()
			.encodeToString(inner.replace("role=publisher", "role=moderator").getBytes(StandardCharsets.UTF_8));
		assertThat(fixture.emulator().verifyToken(tamperedT1).reason()).contains("signature does not match");
		String tamperedJwt = VECTOR_JWT.substring(0, VECTOR_JWT.length() - 2) + "AA";
		assertThat(fixture.emulator().verifyToken(tamperedJwt).reason()).contains("signature does not match");
		assertThat(fixture.emulator().verifyToken(VECTOR_T1).sessionId()).isEqualTo(VECTOR_SESSION_ID);
	}

	@Test
	void refusesTokensSignedWithAnotherSecret() {
		TokenGenerator forger = new TokenGenerator(
				OpenTokCredentials.project(API_KEY, "0000000000000000000000000000000000000000"));
		assertThat(fixture.emulator().verifyToken(forger.generate(sessionId)).reason())
			.isEqualTo("The token's signature does not match");
		assertThat(fixture.emulator()
			.verifyToken(forger.generate(sessionId, TokenOptions.builder().format(TokenFormat.T1).build()))
			.reason()).isEqualTo("The T1 token's signature does not match");
	}

	@Test
	void refusesExpiredTokens() {
		TokenGenerator yesterday = new TokenGenerator(OpenTokCredentials.project(API_KEY, API_SECRET),
				TokenDefaults.standard(),
				Clock.fixed(Instant.now().minus(2, ChronoUnit.DAYS), Clock.systemUTC().getZone()));
		TokenVerification jwt = fixture.emulator().verifyToken(yesterday.generate(sessionId));
		assertThat(jwt.valid()).isFalse();
		assertThat(jwt.reason()).startsWith("The token expired at");
		assertThat(jwt.sessionId()).isEqualTo(sessionId);
		assertThat(fixture.emulator()
			.verifyToken(yesterday.generate(sessionId, TokenOptions.builder().format(TokenFormat.T1).build()))
			.reason()).startsWith("The token expired at");
	}

	@Test
	void refusesATokenForAnotherSession() {
		String other = fixture.routedSession();
		TokenVerification verification = fixture.emulator().verifyToken(tokens.generate(other), sessionId);
		assertThat(verification.valid()).isFalse();
		assertThat(verification.reason()).contains("is for session " + other);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fixture.emulator().connect(sessionId, tokens.generate(other)))
			.withMessageContaining("not for " + sessionId);
	}

	@Test
	void refusesATokenForASessionOfAnotherApiKey() throws JOSEException {
		EmulatorCredentials other = fixture.emulator().addProject();
		String otherSession = OpenTok.builder(other.apiKey(), other.apiSecret())
			.apiUrl(fixture.emulator().baseUrl())
			.build()
			.sessions()
			.create()
			.sessionId();
		TokenVerification verification = fixture.emulator()
			.verifyToken(craftedJwt(otherSession, "publisher", Instant.now().plusSeconds(600)));
		assertThat(verification.valid()).isFalse();
		assertThat(verification.reason()).contains("belongs to " + other.apiKey());
	}

	@Test
	void refusesAnUnknownRoleAndTokensThatAreNeitherJwtNorT1() throws JOSEException {
		assertThat(
				fixture.emulator().verifyToken(craftedJwt(sessionId, "admin", Instant.now().plusSeconds(600))).reason())
			.contains("role 'admin'");
		assertThat(fixture.emulator().verifyToken("hello").reason()).contains("neither a JWT nor a T1 token");
		assertThat(fixture.emulator().verifyToken("T1==%%%").reason()).contains("not valid base64");
		assertThat(fixture.emulator().verifyToken(" ").valid()).isFalse();
	}

	@Test
	void letsOnlyValidTokensJoin() {
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.emulator().connect(sessionId, "hello"))
			.withMessageContaining("cannot join");
		assertThat(fixture.emulator().connect(sessionId, tokens.generate(sessionId)).role()).isEqualTo(Role.PUBLISHER);
	}

	private static String craftedJwt(String session, String role, Instant expiresAt) throws JOSEException {
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().issuer(API_KEY)
					.claim("ist", "project")
					.claim("session_id", session)
					.claim("role", role)
					.claim("scope", "session.connect")
					.claim("nonce", 1)
					.issueTime(Date.from(now))
					.expirationTime(Date.from(expiresAt))
					.build());
		jwt.sign(new MACSigner(API_SECRET.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

}
