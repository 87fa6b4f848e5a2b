package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * How an archive is transcribed, sent as {@code transcriptionProperties}.
 *
 * @param primaryLanguageCode the spoken language, such as {@code en-US}, or {@code null}
 * for the server's default
 * @param hasSummary whether a summary is produced as well, or {@code null} for the
 * server's default
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranscriptionProperties(@JsonProperty("primaryLanguageCode") @Nullable String primaryLanguageCode,
		@JsonProperty("hasSummary") @Nullable Boolean hasSummary) {

	/**
	 * Validates the properties.
	 * @param primaryLanguageCode the spoken language, or {@code null}
	 * @param hasSummary whether a summary is produced, or {@code null}
	 */
	public TranscriptionProperties {
		if (primaryLanguageCode != null) {
			Arguments.requireNonBlank(primaryLanguageCode, "primaryLanguageCode");
		}
	}

	/**
	 * Returns properties for a language, with or without a summary.
	 * @param primaryLanguageCode the spoken language, such as {@code en-US}
	 * @param hasSummary whether a summary is produced as well
	 * @return the properties
	 */
	public static TranscriptionProperties of(String primaryLanguageCode, boolean hasSummary) {
		return new TranscriptionProperties(primaryLanguageCode, hasSummary);
	}

}
