package org.opentok.spring.client.sip;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SipDialOptions} and {@link SipAuth} validation.
 */
class SipDialOptionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "sip:alice@example.com", "sips:alice@example.com", "SIP:+15550100@example.com" })
	void acceptsSipAndSipsUris(String uri) {
		assertThat(builder().uri(uri).build().uri()).isEqualTo(uri);
	}

	@ParameterizedTest
	@ValueSource(strings = { "alice@example.com", "tel:+15550100", "https://example.com", "sip", " sip:a@b" })
	void refusesOtherUris(String uri) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().uri(uri).build())
			.withMessage("'uri' must start with 'sip:' or 'sips:', got '" + uri + "'");
	}

	@Test
	void requiresSessionTokenAndUri() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SipDialOptions.builder().token("t").uri("sip:a@b").build())
			.withMessage("'sessionId' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SipDialOptions.builder().sessionId(MockOpenTok.SESSION_ID).uri("sip:a@b").build())
			.withMessage("'token' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().token(" ").build())
			.withMessage("'token' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().uri("").build())
			.withMessage("'uri' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().sessionId("not an id").build())
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Account-Id", "P-Asserted-Identity", "X-Foo", "x-room", "X-", "A", "Y-Account",
			"-X-Account", "X_Account", "!#$%&'*+-.^_`|~09azAZ" })
	void acceptsAnyValidHeaderName(String name) {
		assertThat(builder().header(name, "1").build().headers()).containsExactly(Map.entry(name, "1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "X Foo", "X-Foo:", "X-Foo\tBar", "(X)", "X@Y", "X\"Y", "[X]", "{X}", "X,Y", "X;Y", "X/Y",
			"X=Y", "X?Y", "X\\Y", "X\u007fY" })
	void refusesHeaderNamesWithCharactersNotAllowedInAHeaderName(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header(name, "1").build())
			.withMessage("'headers' name '" + name.replace("\t", "\\u0009").replace("\u007f", "\\u007f")
					+ "' is not a valid header name: use only letters, digits and !#$%&'*+-.^_`|~");
	}

	@Test
	void refusesControlAndNonAsciiCharactersInHeaderNamesShowingThemEscaped() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header("X-A\r\nB", "1").build())
			.withMessage("'headers' name 'X-A\\u000d\\u000aB' is not a valid header name: "
					+ "use only letters, digits and !#$%&'*+-.^_`|~");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header("X-\0", "1").build())
			.withMessageStartingWith("'headers' name 'X-\\u0000' is not a valid header name");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header("X-Caf\u00e9", "1").build())
			.withMessageStartingWith("'headers' name 'X-Caf\\u00e9' is not a valid header name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t" })
	void refusesBlankHeaderNames(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header(name, "1").build())
			.withMessage("'headers' name must not be blank");
	}

	@Test
	void refusesANullHeaderName() {
		Map<String, String> headers = new HashMap<>();
		headers.put(null, "1");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().headers(headers).build())
			.withMessage("'headers' name must not be blank");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\rb", "a\nb", "a\r\nX-Injected: 1", "a\0b", "a\tb", "a\u001bb", "a\u007fb" })
	void refusesHeaderValuesWithControlCharacters(String value) {
		String shown = value.replace("\r", "\\u000d")
			.replace("\n", "\\u000a")
			.replace("\0", "\\u0000")
			.replace("\t", "\\u0009")
			.replace("\u001b", "\\u001b")
			.replace("\u007f", "\\u007f");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header("Account-Id", value).build())
			.withMessage("'headers[Account-Id]' must not contain control characters (CR, LF, NUL, TAB, any other "
					+ "below U+0020, or DEL), got '" + shown + "'");
	}

	@Test
	void acceptsHeaderValuesWithSpacesAndNonAsciiText() {
		assertThat(
				builder().header("P-Asserted-Identity", "\"Caf\u00e9\" <sip:+15550199@example.com>").build().headers())
			.containsEntry("P-Asserted-Identity", "\"Caf\u00e9\" <sip:+15550199@example.com>");
		assertThat(builder().header("X-Empty", "").build().headers()).containsEntry("X-Empty", "");
	}

	@Test
	void refusesNullHeaderValues() {
		Map<String, String> headers = new HashMap<>();
		headers.put("X-Empty", null);
		assertThatIllegalArgumentException().isThrownBy(() -> builder().headers(headers).build())
			.withMessage("'headers' value of 'X-Empty' must not be null");
	}

	@Test
	void refusesAPasswordWithoutUserName() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().auth(null, "secret").build())
			.withMessageStartingWith("'auth.username' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new SipAuth(" ", "secret"))
			.withMessageStartingWith("'auth.username' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new SipAuth("bob", ""))
			.withMessage("'auth.password' must not be blank");
	}

	@Test
	void refusesBadStreamIdsAndBlankFrom() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().streams("ok", "not ok").build())
			.withMessageStartingWith("'streams[1]' must be an OpenTok id");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().from(" ").build())
			.withMessage("'from' must not be blank");
	}

	@Test
	void neverShowsThePasswordOrTheToken() {
		SipDialOptions options = builder().token("secret-client-token").auth("bob", "pa55word").build();
		assertThat(options.toString()).contains("bob").doesNotContain("pa55word").doesNotContain("secret-client-token");
		assertThat(options.auth().toString()).isEqualTo("SipAuth[username=bob, password=******]");
		assertThat(DialRequest.of(options).sip().auth().toString()).doesNotContain("pa55word");
	}

	@Test
	void copiesHeadersAndStreams() {
		Map<String, String> headers = new HashMap<>(Map.of("X-A", "1"));
		SipDialOptions options = builder().headers(headers).streams("s1").build();
		headers.put("X-B", "2");
		assertThat(options.headers()).containsExactly(Map.entry("X-A", "1"));
		assertThat(options.streams()).containsExactly("s1");
		assertThat(builder().build().headers()).isEmpty();
		assertThat(builder().build().streams()).isEmpty();
	}

	private static SipDialOptions.Builder builder() {
		return SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:a@example.com");
	}

}
