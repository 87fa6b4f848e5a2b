package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.AbsentBooleans;

/**
 * The transcription of an archive started with transcription on.
 *
 * @param rawStatus the status exactly as OpenTok sent it, or {@code null}; read it when
 * {@link #status()} returns {@link TranscriptionStatus#UNKNOWN}
 * @param url where to download it, or {@code null} until it is available
 * @param reason why it failed, or {@code null}
 * @param primaryLanguageCode the spoken language, such as {@code en-US}, or {@code null}
 * @param hasSummary whether a summary is produced as well
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Transcription(@JsonProperty("status") @Nullable String rawStatus,
		@JsonProperty("url") @Nullable String url, @JsonProperty("reason") @Nullable String reason,
		@JsonProperty("primaryLanguageCode") @Nullable String primaryLanguageCode,
		@JsonProperty("hasSummary") @JsonDeserialize(using = AbsentBooleans.FalseWhenAbsent.class) boolean hasSummary) {

	/**
	 * Returns where the transcription is in its life.
	 * @return the status; {@link TranscriptionStatus#UNKNOWN} when OpenTok sent none or
	 * one this version does not know ({@link #rawStatus()} has it)
	 */
	public TranscriptionStatus status() {
		return TranscriptionStatus.fromWire(this.rawStatus);
	}

}
