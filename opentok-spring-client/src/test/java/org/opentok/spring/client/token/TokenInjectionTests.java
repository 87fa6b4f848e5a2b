package org.opentok.spring.client.token;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opentok.spring.client.TestRsaKeys;
import org.opentok.spring.client.core.OpenTokCredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Nothing a caller passes can add or repeat a token field. Tokens are generated with
 * hostile layout classes, connection data and session ids; each is either refused with an
 * {@link IllegalArgumentException} naming the argument, or decoded independently of the
 * signer (T1: base64, a plain {@code &}/{@code =} split, URL-decoding; JWT:
 * nimbus-jose-jwt, and the raw payload's keys counted with a streaming JSON parser) and
 * found to hold each field exactly once, with the value given.
 */
class TokenInjectionTests {

	private static final String SECRET = TokenGeneratorTests.SECRET;

	private static final String SESSION_ID = TokenGeneratorTests.SESSION_ID;

	private static final List<String> HOSTILE = List.of("&", "=", "%", "%26", "%3D", "+", " ", ":", ";", "#", "\"",
			"\\", "\r\n", "\n", "\u0000", "\t", "\u007f", "&connection_data=name%3DAdmin",
			"x&connection_data=name%3DAdmin", "&role=moderator", "&session_id=1_other", "&sig=0000:",
			"\",\"role\":\"moderator", "\"}", "\\\",\"role\":\"moderator", "\\u0022,\\u0022role\\u0022:1",
			"name=Alice & Bob; 100%", "caf\u00e9", "\ud83d\ude00", "\u2028\u2029", "\ud800", "\udc00x", "x\ud83d",
			"\ufeff", "\u0085");

	private static final List<String> T1_FIELDS = List.of("create_time", "expire_time", "session_id", "nonce", "role",
			"scope");

	private static final List<String> JWT_FIELDS = List.of("session_id", "nonce", "role", "scope", "ist", "iss", "jti",
			"exp", "iat");

	private static final List<String> VONAGE_FIELDS = List.of("application_id", "session_id", "nonce", "role", "scope",
			"jti", "exp", "iat");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonMapper STRICT_JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final TokenGenerator project = new TokenGenerator(
			OpenTokCredentials.project(TokenGeneratorTests.API_KEY, SECRET), TokenDefaults.standard(),
			TokenGeneratorTests.CLOCK);

	private final TokenGenerator vonage = new TokenGenerator(
			OpenTokCredentials.vonage("9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10", TestRsaKeys.pkcs8Pem()),
			TokenDefaults.standard(), TokenGeneratorTests.CLOCK);

	@TestFactory
	Stream<DynamicTest> layoutClassesCannotAddOrRepeatAField() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String hostile : HOSTILE) {
			for (String layoutClass : List.of(hostile, "x" + hostile, hostile + "x", "focus" + hostile + "full")) {
				for (TokenFormat format : TokenFormat.values()) {
					tests.add(DynamicTest.dynamicTest(format + " layout class " + shown(layoutClass),
							() -> assertSafe(new Case(format, SESSION_ID, null, List.of("main", layoutClass)),
									"initialLayoutClassList")));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> connectionDataCannotAddOrRepeatAField() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String hostile : HOSTILE) {
			for (String data : List.of(hostile, "name=Alice" + hostile, hostile + "&role=moderator")) {
				for (TokenFormat format : TokenFormat.values()) {
					tests.add(DynamicTest.dynamicTest(format + " data " + shown(data),
							() -> assertSafe(new Case(format, SESSION_ID, data, List.of("focus")), "data")));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> sessionIdsCannotAddOrRepeatAField() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String hostile : HOSTILE) {
			List<String> sessionIds = List.of(hostile + SESSION_ID.substring(1), SESSION_ID + hostile,
					SESSION_ID.substring(0, 2) + hostile + SESSION_ID.substring(2));
			for (String sessionId : sessionIds) {
				for (TokenFormat format : TokenFormat.values()) {
					tests.add(DynamicTest.dynamicTest(format + " session id " + shown(sessionId),
							() -> assertSafe(new Case(format, sessionId, "name=Alice", List.of()), "sessionId")));
				}
				tests.add(DynamicTest.dynamicTest("Vonage session id " + shown(sessionId),
						() -> assertSafeVonage(sessionId)));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> vonageTokensCannotBeInjectedEither() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String hostile : HOSTILE) {
			tests.add(DynamicTest.dynamicTest("Vonage data and layout class " + shown(hostile), () -> {
				TokenOptions options = optionsOrRefused(() -> TokenOptions.builder().data(hostile).build(), "data");
				if (options != null) {
					assertJwtClaims(this.vonage.generate(SESSION_ID, options), VONAGE_FIELDS,
							new RSASSAVerifier(TestRsaKeys.publicKey()), SESSION_ID, hostile, null);
				}
				optionsOrRefused(() -> TokenOptions.builder().initialLayoutClassList("x" + hostile).build(),
						"initialLayoutClassList");
			}));
		}
		return tests.stream();
	}

	private void assertSafe(Case given, String argument) {
		TokenOptions options = optionsOrRefused(() -> TokenOptions.builder()
			.format(given.format())
			.data(given.data())
			.initialLayoutClassList(given.layoutClasses())
			.build(), argument);
		if (options == null) {
			return;
		}
		String token;
		try {
			token = this.project.generate(given.sessionId(), options);
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex).hasMessageContaining("'" + argument + "'");
			return;
		}
		String layoutClasses = given.layoutClasses().isEmpty() ? null : String.join(" ", given.layoutClasses());
		if (given.format() == TokenFormat.T1) {
			assertT1Fields(token, given.sessionId(), given.data(), layoutClasses);
		}
		else {
			assertJwtClaims(token, JWT_FIELDS, macVerifier(), given.sessionId(), given.data(), layoutClasses);
		}
	}

	private void assertSafeVonage(String sessionId) {
		String token;
		try {
			token = this.vonage.generate(sessionId, TokenOptions.defaults());
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex).hasMessageContaining("'sessionId'");
			return;
		}
		assertJwtClaims(token, VONAGE_FIELDS, new RSASSAVerifier(TestRsaKeys.publicKey()), sessionId, null, null);
	}

	private static TokenOptions optionsOrRefused(Supplier<TokenOptions> options, String argument) {
		try {
			return options.get();
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex).hasMessageContaining("'" + argument + "'");
			assertThat(ex.getMessage()).doesNotContain("\r", "\n", "\u0000");
			return null;
		}
	}

	private static void assertT1Fields(String token, String sessionId, String data, String layoutClasses) {
		assertThat(token).startsWith("T1==");
		String inner = new String(Base64.getDecoder().decode(token.substring(4).replace('-', '+').replace('_', '/')),
				StandardCharsets.UTF_8);
		int colon = inner.indexOf(':');
		String signed = inner.substring(colon + 1);
		assertThat(inner.substring(0, colon)).isEqualTo(
				"partner_id=" + TokenGeneratorTests.API_KEY + "&sig=" + TokenVerification.hmacSha1Hex(SECRET, signed));
		List<String> keys = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : signed.split("&", -1)) {
			int equals = pair.indexOf('=');
			if (equals < 0) {
				fail("field without '=' in %s", signed);
			}
			String key = pair.substring(0, equals);
			keys.add(key);
			values.put(key, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		List<String> expected = new ArrayList<>(T1_FIELDS);
		if (layoutClasses != null) {
			expected.add("initial_layout_class_list");
		}
		if (data != null) {
			expected.add("connection_data");
		}
		assertThat(keys).as("fields of %s", signed)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(values.get("session_id")).isEqualTo(sessionId);
		assertThat(values.get("role")).isEqualTo("publisher");
		assertThat(values.get("scope")).isEqualTo("session.connect");
		assertThat(values.get("initial_layout_class_list")).isEqualTo(layoutClasses);
		assertThat(values.get("connection_data")).isEqualTo(data);
	}

	private static void assertJwtClaims(String token, List<String> fields, JWSVerifier verifier, String sessionId,
			String data, String layoutClasses) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		List<String> expected = new ArrayList<>(fields);
		if (layoutClasses != null) {
			expected.add("initial_layout_class_list");
		}
		if (data != null) {
			expected.add("connection_data");
		}
		assertThat(topLevelKeys(payload)).as("keys of %s", payload)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(expected);
		JsonNode strict = STRICT_JSON.readTree(payload);
		assertThat(strict.path("session_id").asString()).isEqualTo(sessionId);
		assertThat(strict.path("role").asString()).isEqualTo("publisher");
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			assertThat(jwt.verify(verifier)).isTrue();
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			assertThat(claims.getStringClaim("session_id")).isEqualTo(sessionId);
			assertThat(claims.getStringClaim("role")).isEqualTo("publisher");
			assertThat(claims.getStringClaim("scope")).isEqualTo("session.connect");
			assertThat(claims.getStringClaim("connection_data")).isEqualTo(data);
			assertThat(claims.getStringClaim("initial_layout_class_list")).isEqualTo(layoutClasses);
		}
		catch (Exception ex) {
			throw new AssertionError("JWT " + token + " does not parse or verify", ex);
		}
		if (data != null) {
			assertThat(strict.path("connection_data").asString()).isEqualTo(data);
		}
	}

	private static List<String> topLevelKeys(String json) {
		List<String> keys = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(json)) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				keys.add(parser.currentName());
				parser.nextToken();
				parser.skipChildren();
			}
			assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
			assertThat(parser.nextToken()).isNull();
		}
		return keys;
	}

	private static JWSVerifier macVerifier() {
		try {
			return new MACVerifier(SECRET);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String shown(String text) {
		StringBuilder shown = new StringBuilder();
		for (char c : text.toCharArray()) {
			shown.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return shown.toString();
	}

	/**
	 * One token request.
	 *
	 * @param format the token format
	 * @param sessionId the session id
	 * @param data the connection data, or {@code null}
	 * @param layoutClasses the layout classes
	 */
	private record Case(TokenFormat format, String sessionId, String data, List<String> layoutClasses) {

	}

}
