package org.opentok.spring.client.archive;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.core.StreamMode;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.opentok.spring.client.support.MockOpenTok.SESSION_ID;

/**
 * Limits of {@link ArchiveOptions}, each refused before anything is sent.
 */
class ArchiveOptionsTests {

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ArchiveClient client = new ArchiveClient(openTok.transport());

	static Stream<Arguments> refusedOptions() {
		return Stream.of(refused("no session id", (b) -> b.sessionId(null), "'sessionId' must not be blank"),
				refused("blank session id", (b) -> b.sessionId(" "), "'sessionId' must not be blank"),
				refused("session id with a slash", (b) -> b.sessionId("1_MX4/x"),
						"'sessionId' must be an OpenTok session id"),
				refused("no audio and no video", (b) -> b.hasAudio(false).hasVideo(false),
						"'hasAudio' and 'hasVideo' must not both be false"),
				refused("resolution with individual output",
						(b) -> b.outputMode(OutputMode.INDIVIDUAL).resolution(Resolution.HD_HORIZONTAL),
						"'resolution' is only allowed with 'outputMode' COMPOSED"),
				refused("layout with individual output",
						(b) -> b.outputMode(OutputMode.INDIVIDUAL).layout(Layout.of(LayoutType.PIP)),
						"'layout' is only allowed with 'outputMode' COMPOSED"),
				refused("maxBitrate with individual output",
						(b) -> b.outputMode(OutputMode.INDIVIDUAL).maxBitrate(1_000_000),
						"'maxBitrate' is only allowed with 'outputMode' COMPOSED"),
				refused("quantizationParameter with individual output",
						(b) -> b.outputMode(OutputMode.INDIVIDUAL).quantizationParameter(20),
						"'quantizationParameter' is only allowed with 'outputMode' COMPOSED"),
				refused("maxBitrate below 100000", (b) -> b.maxBitrate(99_999),
						"'maxBitrate' must be between 100000 and 6000000, got 99999"),
				refused("maxBitrate above 6000000", (b) -> b.maxBitrate(6_000_001),
						"'maxBitrate' must be between 100000 and 6000000, got 6000001"),
				refused("quantizationParameter below 15", (b) -> b.quantizationParameter(14),
						"'quantizationParameter' must be between 15 and 40, got 14"),
				refused("quantizationParameter above 40", (b) -> b.quantizationParameter(41),
						"'quantizationParameter' must be between 15 and 40, got 41"),
				refused("maxBitrate and quantizationParameter",
						(b) -> b.maxBitrate(1_000_000).quantizationParameter(20),
						"'maxBitrate' and 'quantizationParameter' must not both be set"),
				refused("unknown output mode", (b) -> b.outputMode(OutputMode.UNKNOWN),
						"'outputMode' must not be UNKNOWN"),
				refused("unknown resolution", (b) -> b.resolution(Resolution.UNKNOWN),
						"'resolution' must not be UNKNOWN"),
				refused("unknown stream mode", (b) -> b.streamMode(StreamMode.UNKNOWN),
						"'streamMode' must not be UNKNOWN"),
				refused("blank multiArchiveTag", (b) -> b.multiArchiveTag(""), "'multiArchiveTag' must not be blank"),
				refused("blank transcription language",
						(b) -> b.outputMode(OutputMode.INDIVIDUAL)
							.hasTranscription(true)
							.transcriptionProperties(new TranscriptionProperties(" ", null)),
						"'primaryLanguageCode' must not be blank"),
				refused("transcription of a composed archive",
						(b) -> b.outputMode(OutputMode.COMPOSED).hasTranscription(true),
						"'hasTranscription' requires 'outputMode' INDIVIDUAL, got COMPOSED"),
				refused("transcription without an output mode", (b) -> b.hasTranscription(true),
						"'hasTranscription' requires 'outputMode' INDIVIDUAL, got none (COMPOSED is the default)"),
				refused("transcription with properties without an output mode",
						(b) -> b.hasTranscription(true)
							.transcriptionProperties(TranscriptionProperties.of("en-US", true)),
						"'hasTranscription' requires 'outputMode' INDIVIDUAL, got none (COMPOSED is the default)"),
				refused("transcription without audio",
						(b) -> b.outputMode(OutputMode.INDIVIDUAL).hasAudio(false).hasTranscription(true),
						"'hasTranscription' requires 'hasAudio' true, got false"));
	}

	private static Arguments refused(String name, UnaryOperator<ArchiveOptions.Builder> options, String message) {
		return Arguments.of(name, options, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedOptions")
	void refusesBeforeSending(String name, UnaryOperator<ArchiveOptions.Builder> options, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.start(options.apply(ArchiveOptions.builder().sessionId(SESSION_ID)).build()))
			.withMessageStartingWith(message);
		openTok.assertNoRequest();
	}

	@Test
	void acceptsTheLimitsThemselves() {
		assertThat(ArchiveOptions.builder().sessionId(SESSION_ID).maxBitrate(100_000).build().maxBitrate())
			.isEqualTo(100_000);
		assertThat(ArchiveOptions.builder().sessionId(SESSION_ID).maxBitrate(6_000_000).build().maxBitrate())
			.isEqualTo(6_000_000);
		assertThat(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.quantizationParameter(15)
			.build()
			.quantizationParameter()).isEqualTo(15);
		assertThat(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.quantizationParameter(40)
			.build()
			.quantizationParameter()).isEqualTo(40);
	}

	@Test
	void acceptsOneTrackOffAndComposedSettingsWithoutAnOutputMode() {
		ArchiveOptions options = ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.hasAudio(false)
			.hasVideo(true)
			.resolution(Resolution.FHD_HORIZONTAL)
			.layout(Layout.of(LayoutType.PIP))
			.quantizationParameter(29)
			.build();
		assertThat(options.hasAudio()).isFalse();
		assertThat(options.outputMode()).isNull();
	}

	@Test
	void namesBothOptionsWhenRefusingATranscription() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArchiveOptions.builder()
				.sessionId(SESSION_ID)
				.outputMode(OutputMode.COMPOSED)
				.hasTranscription(true)
				.build())
			.withMessage("'hasTranscription' requires 'outputMode' INDIVIDUAL, got COMPOSED");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArchiveOptions.builder().sessionId(SESSION_ID).hasTranscription(true).build())
			.withMessage("'hasTranscription' requires 'outputMode' INDIVIDUAL, got none (COMPOSED is the default)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ArchiveOptions(SESSION_ID, null, false, true, OutputMode.INDIVIDUAL, null, null, null,
					null, null, null, true, null))
			.withMessage("'hasTranscription' requires 'hasAudio' true, got false");
	}

	@Test
	void acceptsTranscriptionOfAnIndividualArchiveWithAudio() {
		ArchiveOptions options = ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.outputMode(OutputMode.INDIVIDUAL)
			.hasAudio(true)
			.hasVideo(false)
			.hasTranscription(true)
			.transcriptionProperties(TranscriptionProperties.of("en-US", true))
			.build();
		assertThat(options.hasTranscription()).isTrue();
		assertThat(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.outputMode(OutputMode.INDIVIDUAL)
			.hasTranscription(true)
			.build()
			.hasAudio()).isNull();
	}

	@Test
	void acceptsTranscriptionSwitchedOffOnAnyArchive() {
		assertThat(ArchiveOptions.builder()
			.sessionId(SESSION_ID)
			.outputMode(OutputMode.COMPOSED)
			.hasAudio(false)
			.hasTranscription(false)
			.build()
			.hasTranscription()).isFalse();
		assertThat(ArchiveOptions.builder().sessionId(SESSION_ID).hasTranscription(false).build().hasTranscription())
			.isFalse();
	}

	@Test
	void leavesEveryOptionalValueUnsetByDefault() {
		assertThat(ArchiveOptions.of(SESSION_ID)).isEqualTo(
				new ArchiveOptions(SESSION_ID, null, null, null, null, null, null, null, null, null, null, null, null));
	}

}
