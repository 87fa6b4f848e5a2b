package org.opentok.spring.client.audio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * What {@link AudioConnectorClient#connect(AudioConnectorOptions)} sends: the session,
 * the client token the connector joins with, and the WebSocket to stream audio to.
 * Immutable; build with {@link #builder()}. {@link #toString()} never shows the token.
 *
 * @param sessionId the routed session whose audio is streamed
 * @param token the client token the connector joins with; its connection data is how
 * other clients recognise it
 * @param uri the WebSocket URI, starting with {@code ws://} or {@code wss://}, without
 * control characters
 * @param streams the ids of the streams to send, at most 1000; empty for all
 * @param headers headers OpenTok sends to the WebSocket server, names and values without
 * control characters (CR, LF, NUL, TAB, ...), at most 512 bytes of names and values in
 * all; empty for none
 * @param audioRate the sample rate in Hz, 8000, 16000 or 24000 (wideband, for voice AI),
 * or {@code null} for OpenTok's default (8000)
 * @param bidirectional whether audio from the WebSocket is played into the session, or
 * {@code null} for OpenTok's default ({@code false})
 * @param audioTransport how audio frames are sent on the WebSocket (binary, or JSON
 * messages), or {@code null} for OpenTok's default (binary); a
 * {@link AudioTransport#receiveAudioField() receiveAudioField} needs
 * {@code bidirectional} {@code true}
 * @since 0.1.0
 */
public record AudioConnectorOptions(String sessionId, String token, String uri, List<String> streams,
		Map<String, String> headers, @Nullable Integer audioRate, @Nullable Boolean bidirectional,
		@Nullable AudioTransport audioTransport) {

	/**
	 * The most bytes (UTF-8) the header names and values may take in all.
	 */
	public static final int MAX_HEADERS_BYTES = 512;

	/**
	 * The most streams one connector can be given to send.
	 */
	public static final int MAX_STREAMS = 1000;

	private static final List<Integer> AUDIO_RATES = List.of(8000, 16000, 24000);

	/**
	 * Validates the options.
	 * @param sessionId the session
	 * @param token the client token of the connector
	 * @param uri the WebSocket URI
	 * @param streams the streams to send; empty for all
	 * @param headers headers for the WebSocket server
	 * @param audioRate 8000, 16000 or 24000, or {@code null}
	 * @param bidirectional whether audio flows back, or {@code null}
	 * @param audioTransport how frames are sent, or {@code null}
	 */
	public AudioConnectorOptions {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireNonBlank(token, "token");
		Arguments.requireNonBlank(uri, "uri");
		Arguments.requireNoControlCharacters(uri, "uri");
		if (!uri.startsWith("ws://") && !uri.startsWith("wss://")) {
			throw new IllegalArgumentException("'uri' must start with 'ws://' or 'wss://', got '" + uri + "'");
		}
		streams = copyStreams(streams);
		headers = copyHeaders(headers);
		if (audioRate != null && !AUDIO_RATES.contains(audioRate)) {
			throw new IllegalArgumentException("'audioRate' must be 8000, 16000 or 24000, got " + audioRate);
		}
		if (audioTransport != null && audioTransport.receiveAudioField() != null
				&& !Boolean.TRUE.equals(bidirectional)) {
			throw new IllegalArgumentException("'audioTransport.receiveAudioField' requires 'bidirectional' true, got "
					+ ((bidirectional != null) ? bidirectional : "none (false is the default)"));
		}
	}

	private static List<String> copyStreams(@Nullable List<String> streams) {
		if (streams == null || streams.isEmpty()) {
			return List.of();
		}
		Arguments.requireMaxSize(streams, MAX_STREAMS, "streams");
		List<String> copy = new ArrayList<>(streams.size());
		for (String streamId : streams) {
			copy.add(Arguments.requireId(streamId, "streams[" + copy.size() + "]"));
		}
		return List.copyOf(copy);
	}

	private static Map<String, String> copyHeaders(@Nullable Map<String, String> headers) {
		if (headers == null || headers.isEmpty()) {
			return Map.of();
		}
		// each header takes at least a byte: refuse before copying
		if (headers.size() > MAX_HEADERS_BYTES) {
			throw headersTooLarge(headers.size() + " headers");
		}
		Map<String, String> copy = new LinkedHashMap<>();
		long bytes = 0;
		for (Map.Entry<String, String> header : headers.entrySet()) {
			String name = Arguments.requireNonBlank(header.getKey(), "headers");
			Arguments.requireNoControlCharacters(name, "headers");
			String value = header.getValue();
			if (value == null) {
				throw new IllegalArgumentException("'headers' value of '" + name + "' must not be null");
			}
			Arguments.requireNoControlCharacters(value, "headers[" + name + "]");
			bytes += Arguments.utf8Length(name) + Arguments.utf8Length(value);
			if (bytes > MAX_HEADERS_BYTES) {
				throw headersTooLarge(String.valueOf(bytes));
			}
			copy.put(name, value);
		}
		return Collections.unmodifiableMap(copy);
	}

	private static IllegalArgumentException headersTooLarge(String got) {
		return new IllegalArgumentException("'headers' must be at most " + MAX_HEADERS_BYTES
				+ " bytes in all (names and values, UTF-8), got " + got);
	}

	/**
	 * Starts building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "AudioConnectorOptions[sessionId=" + this.sessionId + ", token=******, uri=" + this.uri + ", streams="
				+ this.streams + ", headers=" + this.headers + ", audioRate=" + this.audioRate + ", bidirectional="
				+ this.bidirectional + ", audioTransport=" + this.audioTransport + "]";
	}

	/**
	 * Builds {@link AudioConnectorOptions}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable String token;

		private @Nullable String uri;

		private final List<String> streams = new ArrayList<>();

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable Integer audioRate;

		private @Nullable Boolean bidirectional;

		private @Nullable AudioTransport audioTransport;

		private Builder() {
		}

		/**
		 * Sets the routed session whose audio is streamed (required).
		 * @param sessionId the session id
		 * @return this builder
		 */
		public Builder sessionId(String sessionId) {
			this.sessionId = sessionId;
			return this;
		}

		/**
		 * Sets the client token the connector joins with (required).
		 * @param token the client token
		 * @return this builder
		 */
		public Builder token(String token) {
			this.token = token;
			return this;
		}

		/**
		 * Sets the WebSocket URI to stream to (required).
		 * @param uri the URI, starting with {@code ws://} or {@code wss://}
		 * @return this builder
		 */
		public Builder uri(String uri) {
			this.uri = uri;
			return this;
		}

		/**
		 * Adds streams to send; with none, every stream is sent.
		 * @param streamIds the stream ids
		 * @return this builder
		 */
		public Builder streams(String... streamIds) {
			Collections.addAll(this.streams, streamIds);
			return this;
		}

		/**
		 * Adds a header OpenTok sends to the WebSocket server.
		 * @param name the header name, without control characters
		 * @param value the header value, without control characters
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/**
		 * Adds headers OpenTok sends to the WebSocket server.
		 * @param headers the header names and values
		 * @return this builder
		 */
		public Builder headers(Map<String, String> headers) {
			this.headers.putAll(headers);
			return this;
		}

		/**
		 * Sets the sample rate of the audio; voice-AI pipelines typically use 24000.
		 * @param audioRate 8000, 16000 or 24000 Hz
		 * @return this builder
		 */
		public Builder audioRate(int audioRate) {
			this.audioRate = audioRate;
			return this;
		}

		/**
		 * Sets whether audio the WebSocket server sends back is played into the session.
		 * @param bidirectional {@code true} for audio in both directions
		 * @return this builder
		 */
		public Builder bidirectional(boolean bidirectional) {
			this.bidirectional = bidirectional;
			return this;
		}

		/**
		 * Sets how audio frames are sent on the WebSocket, such as JSON messages for a
		 * voice-AI service (OpenTok's default: binary frames).
		 * @param audioTransport the transport, or {@code null} to leave it to OpenTok
		 * @return this builder
		 */
		public Builder audioTransport(@Nullable AudioTransport audioTransport) {
			this.audioTransport = audioTransport;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value is missing or not allowed
		 */
		public AudioConnectorOptions build() {
			return new AudioConnectorOptions(Arguments.requireNonNull(this.sessionId, "sessionId"),
					Arguments.requireNonNull(this.token, "token"), Arguments.requireNonNull(this.uri, "uri"),
					this.streams, this.headers, this.audioRate, this.bidirectional, this.audioTransport);
		}

	}

}
