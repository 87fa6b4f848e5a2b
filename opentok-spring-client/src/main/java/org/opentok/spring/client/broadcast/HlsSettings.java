package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.AbsentBooleans;

/**
 * The HLS settings of a running broadcast ({@code settings.hls}); a value OpenTok leaves
 * out reads as {@code false}.
 *
 * @param dvr whether viewers can rewind (DVR)
 * @param lowLatency whether low-latency HLS is on
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HlsSettings(
		@JsonProperty("dvr") @JsonDeserialize(using = AbsentBooleans.FalseWhenAbsent.class) boolean dvr,
		@JsonProperty("lowLatency") @JsonDeserialize(using = AbsentBooleans.FalseWhenAbsent.class) boolean lowLatency) {

}
