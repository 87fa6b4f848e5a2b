package org.opentok.spring.client.broadcast;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The HLS output of a new broadcast ({@code outputs.hls}). Immutable; build with
 * {@link #builder()}, or take {@link #defaults()}. A value not set is left to OpenTok
 * (off).
 *
 * @param dvr whether viewers can rewind (DVR; the playlist URL then ends in
 * {@code ?DVR}), or {@code null}
 * @param lowLatency whether to use low-latency HLS, or {@code null}; not together with
 * DVR
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HlsOptions(@JsonProperty("dvr") @Nullable Boolean dvr,
		@JsonProperty("lowLatency") @Nullable Boolean lowLatency) {

	private static final HlsOptions DEFAULTS = new HlsOptions(null, null);

	/**
	 * Validates the options.
	 * @param dvr whether viewers can rewind, or {@code null}
	 * @param lowLatency whether to use low-latency HLS, or {@code null}
	 */
	public HlsOptions {
		if (Boolean.TRUE.equals(dvr) && Boolean.TRUE.equals(lowLatency)) {
			throw new IllegalArgumentException("'dvr' and 'lowLatency' cannot both be true");
		}
	}

	/**
	 * Returns HLS with OpenTok's defaults (sent as {@code {}}).
	 * @return the options
	 */
	public static HlsOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Starts building options; unset values are left to OpenTok.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link HlsOptions}.
	 */
	public static final class Builder {

		private @Nullable Boolean dvr;

		private @Nullable Boolean lowLatency;

		private Builder() {
		}

		/**
		 * Sets whether viewers can rewind the stream (DVR).
		 * @param dvr {@code true} for DVR
		 * @return this builder
		 */
		public Builder dvr(boolean dvr) {
			this.dvr = dvr;
			return this;
		}

		/**
		 * Sets whether to use low-latency HLS.
		 * @param lowLatency {@code true} for low latency
		 * @return this builder
		 */
		public Builder lowLatency(boolean lowLatency) {
			this.lowLatency = lowLatency;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if DVR and low latency are both on
		 */
		public HlsOptions build() {
			return new HlsOptions(this.dvr, this.lowLatency);
		}

	}

}
