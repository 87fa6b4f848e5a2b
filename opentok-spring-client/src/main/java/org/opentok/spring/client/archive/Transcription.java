package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.core.AbsentBooleans;

/**
 * The transcription of an archive started with transcription on.
 *
 * @param status where the transcription is in its life
 * @param url where to download it, or {@code null} until it is available
 * @param reason why it failed, or {@code null}
 * @param primaryLanguageCode the spoken language, such as {@code en-US}, or {@code null}
 * @param hasSummary whether a summary is produced as well
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Transcription(@JsonProperty("status") TranscriptionStatus status,
		@JsonProperty("url") @Nullable String url, @JsonProperty("reason") @Nullable String reason,
		@JsonProperty("primaryLanguageCode") @Nullable String primaryLanguageCode,
		@JsonProperty("hasSummary") @JsonDeserialize(using = AbsentBooleans.FalseWhenAbsent.class) boolean hasSummary) {

	/**
	 * Applies the defaults of absent values.
	 * @param status the status, {@code null} for {@link TranscriptionStatus#UNKNOWN}
	 * @param url the download URL, or {@code null}
	 * @param reason why it failed, or {@code null}
	 * @param primaryLanguageCode the spoken language, or {@code null}
	 * @param hasSummary whether a summary is produced
	 */
	public Transcription {
		status = (status != null) ? status : TranscriptionStatus.UNKNOWN;
	}

}
