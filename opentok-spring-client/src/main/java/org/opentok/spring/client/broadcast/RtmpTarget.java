package org.opentok.spring.client.broadcast;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * An RTMP server a new broadcast streams to (an element of {@code outputs.rtmp}).
 * Immutable; create with {@link #of(String, String)} or {@link #builder()}.
 * {@link #toString()} never shows the stream name, nor the user info or the query of the
 * server URL.
 *
 * @param id an id of your choice that OpenTok echoes in {@link RtmpOutput#id()}, or
 * {@code null}
 * @param serverUrl the server URL, {@code rtmp://} or {@code rtmps://}, without control
 * characters
 * @param streamName the stream name (stream key) on that server, without control
 * characters
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RtmpTarget(@JsonProperty("id") @Nullable String id, @JsonProperty("serverUrl") String serverUrl,
		@JsonProperty("streamName") String streamName) {

	private static final Pattern RTMP_URL = Pattern.compile("(?i)rtmps?://\\S+");

	/**
	 * Validates the target.
	 * @param id the id, or {@code null}
	 * @param serverUrl the server URL
	 * @param streamName the stream name
	 */
	public RtmpTarget {
		if (id != null) {
			Arguments.requireNonBlank(id, "id");
		}
		Arguments.requireNonBlank(serverUrl, "serverUrl");
		Arguments.requireNoControlCharacters(serverUrl, "serverUrl");
		if (!RTMP_URL.matcher(serverUrl).matches()) {
			throw new IllegalArgumentException(
					"'serverUrl' must be an rtmp:// or rtmps:// URL, got '" + serverUrl + "'");
		}
		Arguments.requireNonBlank(streamName, "streamName");
		Arguments.requireNoControlCharacters(streamName, "streamName");
	}

	@Override
	public String toString() {
		return "RtmpTarget[id=" + this.id + ", serverUrl=" + RtmpSecrets.maskedUrl(this.serverUrl) + ", streamName="
				+ RtmpSecrets.MASK + "]";
	}

	/**
	 * Returns a target without an id.
	 * @param serverUrl the server URL, {@code rtmp://} or {@code rtmps://}
	 * @param streamName the stream name
	 * @return the target
	 */
	public static RtmpTarget of(String serverUrl, String streamName) {
		return new RtmpTarget(null, serverUrl, streamName);
	}

	/**
	 * Returns a target with an id.
	 * @param id the id OpenTok echoes back
	 * @param serverUrl the server URL, {@code rtmp://} or {@code rtmps://}
	 * @param streamName the stream name
	 * @return the target
	 */
	public static RtmpTarget of(String id, String serverUrl, String streamName) {
		return new RtmpTarget(id, serverUrl, streamName);
	}

	/**
	 * Starts building a target.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link RtmpTarget}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String serverUrl;

		private @Nullable String streamName;

		private Builder() {
		}

		/**
		 * Sets an id that OpenTok echoes back.
		 * @param id the id
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Sets the server URL.
		 * @param serverUrl the URL, {@code rtmp://} or {@code rtmps://}
		 * @return this builder
		 */
		public Builder serverUrl(String serverUrl) {
			this.serverUrl = serverUrl;
			return this;
		}

		/**
		 * Sets the stream name (stream key).
		 * @param streamName the stream name
		 * @return this builder
		 */
		public Builder streamName(String streamName) {
			this.streamName = streamName;
			return this;
		}

		/**
		 * Builds the target.
		 * @return the target
		 * @throws IllegalArgumentException if the URL or the stream name is missing or
		 * invalid
		 */
		public RtmpTarget build() {
			return new RtmpTarget(this.id, Arguments.requireNonBlank(this.serverUrl, "serverUrl"),
					Arguments.requireNonBlank(this.streamName, "streamName"));
		}

	}

}
