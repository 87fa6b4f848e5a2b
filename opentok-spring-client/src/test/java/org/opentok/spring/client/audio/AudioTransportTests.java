package org.opentok.spring.client.audio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AudioTransport}: the combinations OpenTok accepts, and the copy of the
 * static fields.
 */
class AudioTransportTests {

	@Test
	void binaryIsTheTransportAlone() {
		assertThat(AudioTransport.binary())
			.isEqualTo(new AudioTransport(AudioTransportType.BINARY, null, null, null, null));
	}

	@Test
	void jsonCarriesItsOnlyEncoding() {
		assertThat(AudioTransport.json())
			.isEqualTo(new AudioTransport(AudioTransportType.JSON, AudioEncoding.BASE64, null, null, null));
		assertThat(AudioTransport.builder().json().build()).isEqualTo(AudioTransport.json());
	}

	@Test
	void leavesEverythingUnsetWhenNothingIsSet() {
		assertThat(AudioTransport.builder().build()).isEqualTo(new AudioTransport(null, null, null, null, null));
	}

	@Test
	void namesTheWireValues() {
		assertThat(AudioTransportType.BINARY.wireValue()).isEqualTo("binary");
		assertThat(AudioTransportType.JSON.wireValue()).isEqualTo("json");
		assertThat(AudioEncoding.BASE64.wireValue()).isEqualTo("base64");
	}

	@Test
	void buildsEveryJsonOption() {
		AudioTransport transport = AudioTransport.builder()
			.json()
			.audioField("payload")
			.receiveAudioField("reply")
			.staticField("event", "media")
			.staticFields(Map.of("rate", 24000))
			.build();
		assertThat(transport.transport()).isEqualTo(AudioTransportType.JSON);
		assertThat(transport.encoding()).isEqualTo(AudioEncoding.BASE64);
		assertThat(transport.audioField()).isEqualTo("payload");
		assertThat(transport.receiveAudioField()).isEqualTo("reply");
		assertThat(transport.staticFields()).containsExactly(Map.entry("event", "media"), Map.entry("rate", 24000));
	}

	@Test
	void refusesJsonWithoutEncoding() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().transport(AudioTransportType.JSON).build())
			.withMessage("'transport' JSON requires 'encoding' BASE64, got none");
	}

	@Test
	void refusesJsonFieldsWithTheBinaryTransportNamingBothOptions() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> AudioTransport.builder().transport(AudioTransportType.BINARY).audioField("payload").build())
			.withMessage("'audioField' requires 'transport' JSON, got BINARY");
		assertThatIllegalArgumentException().isThrownBy(
				() -> AudioTransport.builder().transport(AudioTransportType.BINARY).receiveAudioField("reply").build())
			.withMessage("'receiveAudioField' requires 'transport' JSON, got BINARY");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder()
				.transport(AudioTransportType.BINARY)
				.staticField("event", "media")
				.build())
			.withMessage("'staticFields' requires 'transport' JSON, got BINARY");
	}

	@Test
	void refusesJsonFieldsWithoutATransportSinceBinaryIsTheDefault() {
		assertThatIllegalArgumentException().isThrownBy(() -> AudioTransport.builder().audioField("payload").build())
			.withMessage("'audioField' requires 'transport' JSON, got none (BINARY is the default)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().encoding(AudioEncoding.BASE64).staticFields(Map.of()).build())
			.withMessage("'staticFields' requires 'transport' JSON, got none (BINARY is the default)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t" })
	void refusesBlankFieldNames(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> AudioTransport.builder().json().audioField(name).build())
			.withMessage("'audioField' must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().receiveAudioField(name).build())
			.withMessage("'receiveAudioField' must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField(name, "x").build())
			.withMessage("'staticFields' keys must not be blank, got '" + name + "'");
	}

	@Test
	void refusesANullStaticFieldKeyOrValue() {
		Map<String, Object> nullKey = new HashMap<>();
		nullKey.put(null, "x");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticFields(nullKey).build())
			.withMessage("'staticFields' keys must not be blank, got null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("event", null).build())
			.withMessage("'staticFields.event' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> AudioTransport.builder().staticFields(null))
			.withMessage("'staticFields' must not be null");
	}

	@Test
	void refusesStaticFieldValuesThatAreNotJsonNamingWhereTheyAre() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("when", Instant.EPOCH).build())
			.withMessage("'staticFields.when' must be a string, number, boolean, list or map, got java.time.Instant");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("tags", List.of("a", new Object())).build())
			.withMessage("'staticFields.tags[1]' must be a string, number, boolean, list or map, got java.lang.Object");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder()
				.json()
				.staticField("meta", Map.of("inner", new StringBuilder("x")))
				.build())
			.withMessage("'staticFields.meta.inner' must be a string, number, boolean, list or map, "
					+ "got java.lang.StringBuilder");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("chars", new char[] { 'a' }).build())
			.withMessage("'staticFields.chars' must be a string, number, boolean, list or map, got char[]");
	}

	@Test
	void refusesNumbersJsonCannotHold() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("score", Double.NaN).build())
			.withMessage("'staticFields.score' must be a finite number, got NaN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder()
				.json()
				.staticField("levels", List.of(1.0f, Float.POSITIVE_INFINITY))
				.build())
			.withMessage("'staticFields.levels[1]' must be a finite number, got Infinity");
	}

	@Test
	void refusesNestedMapsWithKeysThatAreNotStrings() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("meta", Map.of(1, "one")).build())
			.withMessage("'staticFields.meta' keys must be strings, got java.lang.Integer");
		Map<String, Object> nullKey = new HashMap<>();
		nullKey.put(null, "x");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("meta", nullKey).build())
			.withMessage("'staticFields.meta' keys must not be blank, got null");
	}

	@Test
	void refusesStaticFieldsThatContainThemselves() {
		Map<String, Object> loop = new HashMap<>();
		loop.put("self", loop);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("loop", loop).build())
			.withMessage("'staticFields' must not nest deeper than 32 levels");
		List<Object> list = new ArrayList<>();
		list.add(list);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("list", list).build())
			.withMessage("'staticFields' must not nest deeper than 32 levels");
	}

	@Test
	void refusesStaticFieldsThatRedefineTheAudioKeys() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().staticField("audio", "x").build())
			.withMessage("'staticFields' must not redefine 'audio', the key of the audio (default of 'audioField')");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AudioTransport.builder().json().audioField("payload").staticField("payload", 1).build())
			.withMessage("'staticFields' must not redefine 'payload', the key of the audio ('audioField')");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> AudioTransport.builder().json().receiveAudioField("reply").staticField("reply", true).build())
			.withMessage("'staticFields' must not redefine 'reply', the key of the audio ('receiveAudioField')");
	}

	@Test
	void acceptsTheDefaultAudioKeyOnceTheAudioFieldIsRenamed() {
		AudioTransport transport = AudioTransport.builder()
			.json()
			.audioField("payload")
			.staticField("audio", "described elsewhere")
			.build();
		assertThat(transport.staticFields()).containsEntry("audio", "described elsewhere");
	}

	@Test
	void acceptsJsonScalarsListsAndMapsAndCopiesThemDeeply() {
		List<Object> tags = new ArrayList<>(List.of("a", 1));
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("callSid", "CA-1");
		meta.put("tags", tags);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("event", "media");
		fields.put("count", 3L);
		fields.put("ratio", 0.5);
		fields.put("price", new BigDecimal("1.10"));
		fields.put("live", true);
		fields.put("meta", meta);
		AudioTransport transport = AudioTransport.builder().json().staticFields(fields).build();
		fields.put("late", "x");
		meta.put("late", "x");
		tags.add("late");
		assertThat(transport.staticFields()).containsExactly(Map.entry("event", "media"), Map.entry("count", 3L),
				Map.entry("ratio", 0.5), Map.entry("price", new BigDecimal("1.10")), Map.entry("live", true),
				Map.entry("meta", Map.of("callSid", "CA-1", "tags", List.of("a", 1))));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> transport.staticFields().put("x", "y"));
		@SuppressWarnings("unchecked")
		Map<String, Object> copiedMeta = (Map<String, Object>) transport.staticFields().get("meta");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> copiedMeta.put("x", "y"));
		@SuppressWarnings("unchecked")
		List<Object> copiedTags = (List<Object>) copiedMeta.get("tags");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> copiedTags.add("x"));
	}

	@Test
	void showsTheStaticFieldKeysButNotTheirValues() {
		AudioTransport transport = AudioTransport.builder().json().staticField("apiKey", "secret-value").build();
		assertThat(transport.toString()).contains("apiKey").doesNotContain("secret-value");
	}

}
