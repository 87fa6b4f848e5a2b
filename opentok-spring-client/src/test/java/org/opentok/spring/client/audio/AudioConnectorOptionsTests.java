package org.opentok.spring.client.audio;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AudioConnectorOptions} validation.
 */
class AudioConnectorOptionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "http://audio.example.com", "https://audio.example.com", "audio.example.com",
			"WSS://audio.example.com", "sip:a@b" })
	void refusesUrisThatAreNotWebSockets(String uri) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().uri(uri).build())
			.withMessage("'uri' must start with 'ws://' or 'wss://', got '" + uri + "'");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 11025, 22050, 23999, 24001, 44100, 48000, -8000, -24000 })
	void refusesAudioRatesOtherThan8000And16000And24000(int audioRate) {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().audioRate(audioRate).build())
			.withMessage("'audioRate' must be 8000, 16000 or 24000, got " + audioRate);
	}

	@ParameterizedTest
	@ValueSource(ints = { 8000, 16000, 24000 })
	void acceptsTheThreeAudioRates(int audioRate) {
		assertThat(builder().audioRate(audioRate).build().audioRate()).isEqualTo(audioRate);
	}

	@Test
	void carriesTheAudioTransport() {
		AudioTransport transport = AudioTransport.builder().json().audioField("payload").build();
		assertThat(builder().audioTransport(transport).build().audioTransport()).isSameAs(transport);
		assertThat(builder().build().audioTransport()).isNull();
		assertThat(builder().audioTransport(AudioTransport.json()).audioTransport(null).build().audioTransport())
			.isNull();
	}

	@Test
	void refusesAReceiveAudioFieldUnlessBidirectionalNamingBothOptions() {
		AudioTransport transport = AudioTransport.builder().json().receiveAudioField("reply").build();
		assertThatIllegalArgumentException().isThrownBy(() -> builder().audioTransport(transport).build())
			.withMessage("'audioTransport.receiveAudioField' requires 'bidirectional' true, got none "
					+ "(false is the default)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().audioTransport(transport).bidirectional(false).build())
			.withMessage("'audioTransport.receiveAudioField' requires 'bidirectional' true, got false");
		assertThat(builder().audioTransport(transport).bidirectional(true).build().audioTransport().receiveAudioField())
			.isEqualTo("reply");
	}

	@Test
	void acceptsHeadersOfExactly512Bytes() {
		AudioConnectorOptions options = builder().header("X-H", "v".repeat(509)).build();
		assertThat(options.headers()).hasSize(1);
	}

	@Test
	void refusesHeadersOverThe512ByteTotal() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().header("X-H", "v".repeat(300)).header("X-I", "w".repeat(207)).build())
			.withMessage("'headers' must be at most 512 bytes in all (names and values, UTF-8), got 513");
	}

	@Test
	void countsHeaderBytesInUtf8() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header("X-H", "é".repeat(255)).build())
			.withMessage("'headers' must be at most 512 bytes in all (names and values, UTF-8), got 513");
	}

	@Test
	void refusesBlankHeaderNamesAndNullValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().header(" ", "v").build())
			.withMessage("'headers' must not be blank");
		Map<String, String> headers = new HashMap<>();
		headers.put("X-Empty", null);
		assertThatIllegalArgumentException().isThrownBy(() -> builder().headers(headers).build())
			.withMessage("'headers' value of 'X-Empty' must not be null");
	}

	@Test
	void requiresSessionTokenAndUri() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioConnectorOptions.builder().token("t").uri("ws://a.example.com").build())
			.withMessage("'sessionId' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().token("").build())
			.withMessage("'token' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().uri(" ").build())
			.withMessage("'uri' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().sessionId("a b").build())
			.withMessageStartingWith("'sessionId' must be an OpenTok session id");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().streams("s1", "").build())
			.withMessage("'streams[1]' must not be blank");
	}

	@Test
	void neverShowsTheToken() {
		assertThat(builder().token("secret-client-token").build().toString()).doesNotContain("secret-client-token")
			.contains("token=******");
		assertThat(builder().token("secret-client-token")
			.audioRate(24000)
			.audioTransport(AudioTransport.builder().json().staticField("event", "media").build())
			.build()
			.toString()).doesNotContain("secret-client-token")
			.contains("token=******", "audioRate=24000", "audioTransport=AudioTransport[transport=JSON");
	}

	private static AudioConnectorOptions.Builder builder() {
		return AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("wss://audio.example.com/ws");
	}

}
