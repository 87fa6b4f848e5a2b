package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The output settings of a broadcast, as OpenTok echoes them ({@code settings}).
 *
 * @param hls the HLS settings, or {@code null} when the broadcast has no HLS output
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadcastSettings(@JsonProperty("hls") @Nullable HlsSettings hls) {

}
