package org.opentok.spring.client.token;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.ProjectCredentials;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.token.TokenVerification.T1Token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link TokenGenerator} with OpenTok project credentials: the fact sheet's
 * test vectors, independent verification of both formats, and validation.
 */
class TokenGeneratorTests {

	static final String API_KEY = "123456";

	static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	static final long NOW = 1700000000;

	static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

	// fact sheet §7 V1
	static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	// fact sheet §7 V2a
	static final String V2A_TOKEN = "T1==cGFydG5lcl9pZD0xMjM0NTYmc2lnPThkZTg3ZTI3MWYzNDM4ZmIwMmRhNTllOTNjNWM2NmRkNDEyMGNlN2U6Y3JlYXRlX3RpbWU9MTcwMDAwMDAwMCZleHBpcmVfdGltZT0xNzAwMDg2NDAwJnNlc3Npb25faWQ9MV9NWDR4TWpNME5UWi1makUzTURBd01EQXdNREF3TURCLWEwUXpjVkI2V0RsV1lsUTNkMHd5YlU0NGMxSTBlVWhqZm40Jm5vbmNlPTQyNDI0MiZyb2xlPXB1Ymxpc2hlciZzY29wZT1zZXNzaW9uLmNvbm5lY3QmaW5pdGlhbF9sYXlvdXRfY2xhc3NfbGlzdD1mb2N1cyBmdWxsJmNvbm5lY3Rpb25fZGF0YT1uYW1lJTNEQWxpY2UrJTI2K0JvYg==";

	private static final String V2A_DATA = "create_time=1700000000&expire_time=1700086400&session_id=" + SESSION_ID
			+ "&nonce=424242&role=publisher&scope=session.connect&initial_layout_class_list=focus full"
			+ "&connection_data=name%3DAlice+%26+Bob";

	// fact sheet §7 V4
	static final String V4_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzZXNzaW9uX2lkIjoiMV9NWDR4TWpNME5UWi1makUzTURBd01EQXdNREF3TURCLWEwUXpjVkI2V0RsV1lsUTNkMHd5YlU0NGMxSTBlVWhqZm40Iiwibm9uY2UiOjQyNDI0Miwicm9sZSI6InB1Ymxpc2hlciIsInNjb3BlIjoic2Vzc2lvbi5jb25uZWN0IiwiaW5pdGlhbF9sYXlvdXRfY2xhc3NfbGlzdCI6ImZvY3VzIGZ1bGwiLCJjb25uZWN0aW9uX2RhdGEiOiJuYW1lPUFsaWNlICYgQm9iIiwiaXN0IjoicHJvamVjdCIsImlzcyI6IjEyMzQ1NiIsImp0aSI6IjliMmM3ZTFhLTVkNGYtNGUzYi04YTZjLTFmMGUyZDNjNGI1YSIsImV4cCI6MTcwMDA4NjQwMCwiaWF0IjoxNzAwMDAwMDAwfQ.P_8m4L6_ynAZG-GDJVY86hPU5TcBetq7k5yO8cUlG00";

	private static final ProjectCredentials CREDENTIALS = OpenTokCredentials.project(API_KEY, SECRET);

	private final TokenGenerator vectors = new TokenGenerator(CREDENTIALS, TokenDefaults.standard(), CLOCK,
			FixedEntropy.VECTORS);

	private final TokenGenerator generator = new TokenGenerator(CREDENTIALS, TokenDefaults.standard(), CLOCK);

	@Test
	void t1TokenReproducesVectorV2a() {
		String token = this.vectors.generate(SESSION_ID, vectorOptions(TokenFormat.T1));
		assertThat(token).isEqualTo(V2A_TOKEN);
		T1Token decoded = TokenVerification.verifiedT1(token, SECRET);
		assertThat(decoded.partnerId()).isEqualTo(API_KEY);
		assertThat(decoded.sig()).isEqualTo("8de87e271f3438fb02da59e93c5c66dd4120ce7e");
		assertThat(decoded.data()).isEqualTo(V2A_DATA);
	}

	@Test
	void jwtTokenReproducesVectorV4() throws Exception {
		String token = this.vectors.generate(SESSION_ID, vectorOptions(TokenFormat.JWT));
		assertThat(token).isEqualTo(V4_TOKEN);
		assertThat(verifiedJwt(token).getJWTClaimsSet().getStringClaim("connection_data"))
			.isEqualTo("name=Alice & Bob");
	}

	@Test
	void sessionIdOfThisKeyIsAccepted() {
		assertThatNoException().isThrownBy(() -> this.generator.generate(SESSION_ID));
	}

	@Test
	void sessionIdOfAnotherKeyIsRejected() {
		String otherKeys = sessionIdFor("1~654321~~1700000000000~kD3qPzX9VbT7wL2mN8sR4yHc~~");
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(otherKeys))
			.withMessageContaining("'sessionId'")
			.withMessageContaining("654321")
			.withMessageNotContaining(SECRET);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(otherKeys, TokenOptions.builder().format(TokenFormat.T1).build()))
			.withMessageContaining("'sessionId'");
	}

	@Test
	void sessionIdOfAnotherKeyIsRejectedAfterOneOfThisKey() {
		String otherKeys = sessionIdFor("1~654321~~1700000000000~kD3qPzX9VbT7wL2mN8sR4yHc~~");
		assertThatNoException().isThrownBy(() -> this.generator.generate(SESSION_ID));
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(otherKeys))
			.withMessageContaining("654321");
		assertThatNoException().isThrownBy(() -> this.generator.generate(SESSION_ID));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(otherKeys, TokenOptions.defaults(), 2))
			.withMessageContaining("654321");
	}

	@Test
	void sessionIdThatOnlyContainsTheKeyElsewhereIsRejected() {
		// the key must be field [1], not just any field
		String keyInLaterField = sessionIdFor("1~654321~~1700000000000~123456~~");
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(keyInLaterField))
			.withMessageContaining("'sessionId'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "1_", "x", "1_***not-base64***", "1_bm8gdGlsZGVz", "1_fn5-",
			"&_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4",
			"+_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4",
			"\n_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4" })
	void malformedSessionIdIsRejected(String sessionId) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(sessionId))
			.withMessageContaining("'sessionId'");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n" })
	void blankSessionIdIsRejected(String sessionId) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(sessionId))
			.withMessage("'sessionId' must not be blank");
	}

	@Test
	void jwtTokenIsDefaultAndCarriesEveryClaim() throws Exception {
		String token = this.generator.generate(SESSION_ID,
				TokenOptions.builder()
					.data("name=Alice & Bob")
					.initialLayoutClassList("focus", "full", "custom-1")
					.build());
		SignedJWT jwt = verifiedJwt(token);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(jwt.getHeader().getType()).isNull();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getClaims()).containsOnlyKeys("session_id", "nonce", "role", "scope",
				"initial_layout_class_list", "connection_data", "ist", "iss", "jti", "exp", "iat");
		assertThat(claims.getStringClaim("session_id")).isEqualTo(SESSION_ID);
		assertThat(claims.getStringClaim("role")).isEqualTo("publisher");
		assertThat(claims.getStringClaim("scope")).isEqualTo("session.connect");
		assertThat(claims.getIssuer()).isEqualTo(API_KEY);
		assertThat(claims.getStringClaim("ist")).isEqualTo("project");
		assertThat(claims.getClaim("nonce")).isInstanceOf(Long.class);
		assertThat(claims.getLongClaim("nonce")).isBetween((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE);
		assertThat(claims.getJWTID()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(NOW));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(NOW + 86400));
		assertThat(claims.getStringClaim("connection_data")).isEqualTo("name=Alice & Bob");
		assertThat(claims.getStringClaim("initial_layout_class_list")).isEqualTo("focus full custom-1");
	}

	@Test
	void jwtTokenOmitsUnsetOptionalClaims() throws Exception {
		JWTClaimsSet claims = verifiedJwt(this.generator.generate(SESSION_ID)).getJWTClaimsSet();
		assertThat(claims.getClaims()).containsOnlyKeys("session_id", "nonce", "role", "scope", "ist", "iss", "jti",
				"exp", "iat");
	}

	@Test
	void jwtTokenSignedWithThisSecretOnly() throws Exception {
		SignedJWT jwt = SignedJWT.parse(this.generator.generate(SESSION_ID));
		assertThat(jwt.verify(new MACVerifier("0123456789abcdef0123456789abcdef01234567"))).isFalse();
		assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
	}

	@Test
	void tokensDifferEachTime() {
		assertThat(this.generator.generate(SESSION_ID)).isNotEqualTo(this.generator.generate(SESSION_ID));
		TokenOptions t1 = TokenOptions.builder().format(TokenFormat.T1).build();
		assertThat(this.generator.generate(SESSION_ID, t1)).isNotEqualTo(this.generator.generate(SESSION_ID, t1));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void jwtTokenCarriesEachRole(Role role) throws Exception {
		String token = this.generator.generate(SESSION_ID, TokenOptions.builder().role(role).build());
		assertThat(verifiedJwt(token).getJWTClaimsSet().getStringClaim("role")).isEqualTo(role.wireValue());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void t1TokenCarriesEachRole(Role role) {
		String token = this.generator.generate(SESSION_ID,
				TokenOptions.builder().role(role).format(TokenFormat.T1).build());
		assertThat(TokenVerification.verifiedT1(token, SECRET).fields()).containsEntry("role", role.wireValue());
	}

	@Test
	void roleWireValuesAreTheOpenTokOnes() {
		assertThat(Role.values()).extracting(Role::wireValue)
			.containsExactly("subscriber", "publisher", "moderator", "publisheronly");
	}

	@Test
	void t1TokenDecodedByHandHasEveryField() {
		String token = this.generator.generate(SESSION_ID,
				TokenOptions.builder()
					.format(TokenFormat.T1)
					.role(Role.MODERATOR)
					.data("user=Zoë & co; 100%")
					.initialLayoutClassList("focus", "full")
					.build());
		T1Token decoded = TokenVerification.verifiedT1(token, SECRET);
		assertThat(decoded.partnerId()).isEqualTo(API_KEY);
		assertThat(decoded.sig()).matches("[0-9a-f]{40}");
		assertThat(decoded.fields()).containsOnlyKeys("create_time", "expire_time", "session_id", "nonce", "role",
				"scope", "initial_layout_class_list", "connection_data");
		assertThat(decoded.fields()).containsEntry("create_time", String.valueOf(NOW))
			.containsEntry("expire_time", String.valueOf(NOW + 86400))
			.containsEntry("session_id", SESSION_ID)
			.containsEntry("role", "moderator")
			.containsEntry("scope", "session.connect")
			.containsEntry("initial_layout_class_list", "focus full")
			.containsEntry("connection_data", "user%3DZo%C3%AB+%26+co%3B+100%25");
		assertThat(decoded.fields().get("nonce")).matches("-?\\d+");
		assertThat(URLDecoder.decode(decoded.fields().get("connection_data"), StandardCharsets.UTF_8))
			.isEqualTo("user=Zoë & co; 100%");
	}

	@Test
	void t1TokenOmitsUnsetOptionalFields() {
		T1Token decoded = TokenVerification.verifiedT1(
				this.generator.generate(SESSION_ID, TokenOptions.builder().format(TokenFormat.T1).build()), SECRET);
		assertThat(decoded.fields()).containsOnlyKeys("create_time", "expire_time", "session_id", "nonce", "role",
				"scope");
		assertThat(decoded.fields()).containsEntry("role", "publisher");
	}

	@Test
	void t1SignatureDependsOnTheSecret() {
		T1Token decoded = TokenVerification
			.decodeT1(this.generator.generate(SESSION_ID, TokenOptions.builder().format(TokenFormat.T1).build()));
		assertThat(decoded.sig())
			.isNotEqualTo(TokenVerification.hmacSha1Hex("0123456789abcdef0123456789abcdef01234567", decoded.data()));
		assertThat(decoded.sig()).isEqualTo(TokenVerification.hmacSha1Hex(SECRET, decoded.data()));
	}

	@Test
	void ttlIsHonoured() throws Exception {
		TokenOptions.Builder options = TokenOptions.builder().ttl(Duration.ofMinutes(5));
		assertThat(verifiedJwt(this.generator.generate(SESSION_ID, options.build())).getJWTClaimsSet()
			.getExpirationTime()
			.toInstant()).isEqualTo(Instant.ofEpochSecond(NOW + 300));
		String t1 = this.generator.generate(SESSION_ID, options.format(TokenFormat.T1).build());
		assertThat(TokenVerification.verifiedT1(t1, SECRET).fields()).containsEntry("expire_time",
				String.valueOf(NOW + 300));
	}

	@Test
	void ttlOfThirtyDaysIsAccepted() throws Exception {
		String token = this.generator.generate(SESSION_ID, TokenOptions.builder().ttl(Duration.ofDays(30)).build());
		assertThat(verifiedJwt(token).getJWTClaimsSet().getExpirationTime().toInstant())
			.isEqualTo(Instant.ofEpochSecond(NOW + 30 * 86400));
	}

	@Test
	void expireTimeIsHonoured() throws Exception {
		Instant expireTime = Instant.ofEpochSecond(NOW + 3600);
		TokenOptions.Builder options = TokenOptions.builder().expireTime(expireTime);
		JWTClaimsSet claims = verifiedJwt(this.generator.generate(SESSION_ID, options.build())).getJWTClaimsSet();
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(expireTime);
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.ofEpochSecond(NOW));
		String t1 = this.generator.generate(SESSION_ID, options.format(TokenFormat.T1).build());
		assertThat(TokenVerification.verifiedT1(t1, SECRET).fields()).containsEntry("expire_time",
				String.valueOf(NOW + 3600));
	}

	@Test
	void expireTimeExactlyThirtyDaysAheadIsAccepted() {
		assertThatNoException().isThrownBy(() -> this.generator.generate(SESSION_ID,
				TokenOptions.builder().expireTime(Instant.ofEpochSecond(NOW).plus(Duration.ofDays(30))).build()));
	}

	@Test
	void generatorDefaultsApplyWhereOptionsAreUnset() {
		TokenGenerator custom = new TokenGenerator(CREDENTIALS,
				new TokenDefaults(TokenFormat.T1, Role.SUBSCRIBER, Duration.ofHours(2)), CLOCK);
		T1Token decoded = TokenVerification.verifiedT1(custom.generate(SESSION_ID), SECRET);
		assertThat(decoded.fields()).containsEntry("role", "subscriber")
			.containsEntry("expire_time", String.valueOf(NOW + 7200));
		String overridden = custom.generate(SESSION_ID,
				TokenOptions.builder().format(TokenFormat.JWT).role(Role.MODERATOR).build());
		assertThat(overridden).doesNotStartWith("T1==").contains(".");
	}

	@Test
	void expireTimeInThePastIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(SESSION_ID,
					TokenOptions.builder().expireTime(Instant.ofEpochSecond(NOW - 1)).build()))
			.withMessageStartingWith("'expireTime' must be in the future");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(SESSION_ID,
					TokenOptions.builder().expireTime(Instant.ofEpochSecond(NOW)).build()))
			.withMessageStartingWith("'expireTime' must be in the future");
	}

	@Test
	void expireTimeMoreThanThirtyDaysAheadIsRejected() {
		Instant tooLate = Instant.ofEpochSecond(NOW).plus(Duration.ofDays(30)).plusSeconds(1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(SESSION_ID, TokenOptions.builder().expireTime(tooLate).build()))
			.withMessageStartingWith("'expireTime' must be at most 30 days ahead");
	}

	@Test
	void ttlMoreThanThirtyDaysIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().ttl(Duration.ofDays(30).plusSeconds(1)).build())
			.withMessageStartingWith("'ttl' must be at most 30 days");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TokenDefaults(TokenFormat.JWT, Role.PUBLISHER, Duration.ofDays(31)))
			.withMessageStartingWith("'ttl' must be at most 30 days");
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, -1, -86400 })
	void ttlZeroOrNegativeIsRejected(long seconds) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().ttl(Duration.ofSeconds(seconds)).build())
			.withMessageStartingWith("'ttl' must be a positive duration");
	}

	@Test
	void ttlBelowOneSecondIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().ttl(Duration.ofMillis(500)).build())
			.withMessageStartingWith("'ttl' must be at least 1 second");
	}

	@Test
	void ttlAndExpireTimeTogetherAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder()
				.ttl(Duration.ofHours(1))
				.expireTime(Instant.ofEpochSecond(NOW + 60))
				.build())
			.withMessage("Set either 'expireTime' or 'ttl', not both");
	}

	@Test
	void dataOfThousandCharactersIsAccepted() throws Exception {
		String data = "x".repeat(1000);
		String token = this.generator.generate(SESSION_ID, TokenOptions.builder().data(data).build());
		assertThat(verifiedJwt(token).getJWTClaimsSet().getStringClaim("connection_data")).isEqualTo(data);
	}

	@Test
	void dataLongerThanThousandCharactersIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> TokenOptions.builder().data("x".repeat(1001)).build())
			.withMessage("'data' must be at most 1000 characters, got 1001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "two words", "tab\tbed", "new\nline", "", " " })
	void layoutClassWithWhitespaceIsRejected(String layoutClass) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().initialLayoutClassList("focus", layoutClass).build())
			.withMessageStartingWith(
					"'initialLayoutClassList' entries must be non-blank class names without whitespace");
	}

	@ParameterizedTest
	@ValueSource(strings = { "x&connection_data=name%3DAdmin", "a=b", "a%26b", "a+b", "a.b", "a:b", "a\"b", "a\\b",
			"caf\u00e9", "a\u0000b", "\ud800" })
	void layoutClassOutsideLettersDigitsDashAndUnderscoreIsRejected(String layoutClass) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().initialLayoutClassList("focus", layoutClass).build())
			.withMessage("'initialLayoutClassList' entries must be non-blank class names without whitespace, made of "
					+ "ASCII letters, digits, '-' and '_', got '" + Arguments.printable(layoutClass) + "'");
	}

	@Test
	void nullLayoutClassIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().initialLayoutClassList(Arrays.asList("focus", null)).build())
			.withMessageEndingWith("got null");
	}

	@Test
	void layoutClassesOfThousandCharactersJoinedAreAccepted() throws Exception {
		List<String> classes = List.of("a".repeat(500), "B-_9".repeat(124) + "xyz");
		String token = this.generator.generate(SESSION_ID,
				TokenOptions.builder().initialLayoutClassList(classes).build());
		assertThat(verifiedJwt(token).getJWTClaimsSet().getStringClaim("initial_layout_class_list")).hasSize(1000)
			.isEqualTo(String.join(" ", classes));
		List<String> fiveHundred = Collections.nCopies(500, "x");
		assertThat(TokenOptions.builder().initialLayoutClassList(fiveHundred).build().initialLayoutClassList())
			.hasSize(500);
	}

	@Test
	void layoutClassesLongerThanThousandCharactersJoinedAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().initialLayoutClassList("a".repeat(500), "b".repeat(500)).build())
			.withMessage("'initialLayoutClassList' must be at most 1000 characters joined with spaces, got 1001 "
					+ "characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder().initialLayoutClassList(Collections.nCopies(501, "x")).build())
			.withMessage("'initialLayoutClassList' must be at most 1000 characters joined with spaces, got 501 "
					+ "classes, at least 1001 characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenOptions.builder()
				.initialLayoutClassList(Collections.nCopies(Integer.MAX_VALUE, "x"))
				.build())
			.withMessageStartingWith("'initialLayoutClassList' must be at most 1000 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\ud800", "a\udbff", "\udc00b", "x\ude00\ud83d" })
	void dataWithAnUnpairedSurrogateIsRejected(String data) {
		assertThatIllegalArgumentException().isThrownBy(() -> TokenOptions.builder().data(data).build())
			.withMessageStartingWith("'data' must be well-formed text, got an unpaired surrogate U+D");
	}

	@Test
	void dataWithEmojiAndEveryOtherCharacterIsAccepted() throws Exception {
		String data = "\ud83d\ude00 \u0000\u001f\u007f & = % + \" \\ \r\n";
		String token = this.generator.generate(SESSION_ID, TokenOptions.builder().data(data).build());
		assertThat(verifiedJwt(token).getJWTClaimsSet().getStringClaim("connection_data")).isEqualTo(data);
	}

	@Test
	void layoutClassListIsCopied() throws Exception {
		List<String> classes = new ArrayList<>(List.of("focus"));
		TokenOptions options = TokenOptions.builder().initialLayoutClassList(classes).build();
		classes.add("full");
		assertThat(options.initialLayoutClassList()).containsExactly("focus");
		assertThat(verifiedJwt(this.generator.generate(SESSION_ID, options)).getJWTClaimsSet()
			.getStringClaim("initial_layout_class_list")).isEqualTo("focus");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, Integer.MIN_VALUE })
	void bulkCountBelowOneIsRejected(int count) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.generator.generate(SESSION_ID, TokenOptions.defaults(), count))
			.withMessage("'count' must be at least 1, got " + count);
	}

	@Test
	void nullOptionsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(SESSION_ID, null))
			.withMessage("'options' must not be null");
	}

	@Test
	void jsonSpecialCharactersInDataSurviveTheJwt() throws Exception {
		String data = "say \"hi\" \\ back\\slash\nnew line\r\ttab é ✓ 😀 \u0001 \u2028 </script>";
		String token = this.generator.generate(SESSION_ID, TokenOptions.builder().data(data).build());
		assertThat(verifiedJwt(token).getJWTClaimsSet().getStringClaim("connection_data")).isEqualTo(data);
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		assertThat(payload).doesNotContain("\n").doesNotContain("\u0001");
		String t1 = this.generator.generate(SESSION_ID,
				TokenOptions.builder().data(data).format(TokenFormat.T1).build());
		assertThat(URLDecoder.decode(TokenVerification.verifiedT1(t1, SECRET).fields().get("connection_data"),
				StandardCharsets.UTF_8))
			.isEqualTo(data);
	}

	@Test
	void toStringHidesTheSecret() {
		assertThat(this.generator.toString()).contains(API_KEY).doesNotContain(SECRET);
	}

	@Test
	void nullArgumentsAreRejectedByTheConstructor() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenGenerator(null, TokenDefaults.standard(), CLOCK))
			.withMessageContaining("'credentials'");
	}

	static TokenOptions vectorOptions(TokenFormat format) {
		return TokenOptions.builder()
			.format(format)
			.role(Role.PUBLISHER)
			.data("name=Alice & Bob")
			.initialLayoutClassList("focus", "full")
			.ttl(Duration.ofHours(24))
			.build();
	}

	static String sessionIdFor(String rawPayload) {
		return "1_"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(rawPayload.getBytes(StandardCharsets.UTF_8));
	}

	static SignedJWT verifiedJwt(String token) throws Exception {
		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.verify(new MACVerifier(SECRET))).as("HS256 signature of %s", token).isTrue();
		return jwt;
	}

}
