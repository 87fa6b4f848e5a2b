package org.opentok.spring.client.sip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * What {@link SipClient#dial(SipDialOptions)} sends: the session, the client token the
 * SIP participant joins with, and the SIP endpoint. Immutable; build with
 * {@link #builder()}. {@link #toString()} never shows the token or the SIP password.
 *
 * @param sessionId the routed session to dial into
 * @param token the client token the SIP participant joins with; its connection data is
 * how other clients recognise the SIP participant
 * @param uri the SIP URI to dial, starting with {@code sip:} or {@code sips:};
 * {@code ;transport=tls} makes signalling use TLS; no control characters
 * @param from the caller, {@code user@host}, or {@code null}; no control characters
 * @param headers custom headers added to the SIP INVITE, sent exactly as given: any valid
 * HTTP header name (letters, digits and {@code !#$%&'*+-.^_`|~}; {@code X-} is no longer
 * required), values without control characters (CR, LF, NUL, TAB, ...), at most 8192
 * bytes of names and values in all; empty for none
 * @param auth digest authentication credentials, or {@code null}
 * @param secure whether media is encrypted (SRTP), or {@code null} for OpenTok's default
 * ({@code false})
 * @param video whether the SIP participant sends and receives video, or {@code null} for
 * OpenTok's default ({@code false})
 * @param observeForceMute whether the SIP participant honours force-mute, or {@code null}
 * for OpenTok's default ({@code false})
 * @param streams the ids of the streams the SIP participant receives, at most 1000; empty
 * for all
 * @since 0.1.0
 */
public record SipDialOptions(String sessionId, String token, String uri, @Nullable String from,
		Map<String, String> headers, @Nullable SipAuth auth, @Nullable Boolean secure, @Nullable Boolean video,
		@Nullable Boolean observeForceMute, List<String> streams) {

	/**
	 * The most streams a SIP participant can be given to receive.
	 */
	public static final int MAX_STREAMS = 1000;

	/**
	 * The most bytes (UTF-8) the custom header names and values may take in all.
	 */
	public static final int MAX_HEADERS_BYTES = 8192;

	/**
	 * Validates the options.
	 * @param sessionId the session to dial into
	 * @param token the client token of the SIP participant
	 * @param uri the SIP URI
	 * @param from the caller, or {@code null}
	 * @param headers custom INVITE headers: valid header names, values without control
	 * characters
	 * @param auth digest credentials, or {@code null}
	 * @param secure whether media is encrypted, or {@code null}
	 * @param video whether video is included, or {@code null}
	 * @param observeForceMute whether force-mute applies, or {@code null}
	 * @param streams the streams to receive; empty for all
	 */
	public SipDialOptions {
		Arguments.requireSessionId(sessionId, "sessionId");
		Arguments.requireNonBlank(token, "token");
		Arguments.requireNonBlank(uri, "uri");
		Arguments.requireNoControlCharacters(uri, "uri");
		if (!startsWithIgnoringCase(uri, "sip:") && !startsWithIgnoringCase(uri, "sips:")) {
			throw new IllegalArgumentException("'uri' must start with 'sip:' or 'sips:', got '" + uri + "'");
		}
		if (from != null) {
			Arguments.requireNonBlank(from, "from");
			Arguments.requireNoControlCharacters(from, "from");
		}
		headers = SipHeaders.copy(headers);
		streams = copyStreams(streams);
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

	private static boolean startsWithIgnoringCase(String value, String prefix) {
		return value.regionMatches(true, 0, prefix, 0, prefix.length());
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
		return "SipDialOptions[sessionId=" + this.sessionId + ", token=******, uri=" + this.uri + ", from=" + this.from
				+ ", headers=" + this.headers + ", auth=" + this.auth + ", secure=" + this.secure + ", video="
				+ this.video + ", observeForceMute=" + this.observeForceMute + ", streams=" + this.streams + "]";
	}

	/**
	 * Builds {@link SipDialOptions}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable String token;

		private @Nullable String uri;

		private @Nullable String from;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable SipAuth auth;

		private @Nullable Boolean secure;

		private @Nullable Boolean video;

		private @Nullable Boolean observeForceMute;

		private final List<String> streams = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Sets the routed session to dial into (required).
		 * @param sessionId the session id
		 * @return this builder
		 */
		public Builder sessionId(String sessionId) {
			this.sessionId = sessionId;
			return this;
		}

		/**
		 * Sets the client token the SIP participant joins with (required).
		 * @param token the client token
		 * @return this builder
		 */
		public Builder token(String token) {
			this.token = token;
			return this;
		}

		/**
		 * Sets the SIP URI to dial (required).
		 * @param uri the URI, starting with {@code sip:} or {@code sips:}
		 * @return this builder
		 */
		public Builder uri(String uri) {
			this.uri = uri;
			return this;
		}

		/**
		 * Sets the caller, {@code user@host}; a numeric user shows as the caller number.
		 * @param from the caller
		 * @return this builder
		 */
		public Builder from(@Nullable String from) {
			this.from = from;
			return this;
		}

		/**
		 * Adds a custom header to the SIP INVITE, such as {@code P-Asserted-Identity} or
		 * {@code X-Account}.
		 * @param name the header name: letters, digits and {@code !#$%&'*+-.^_`|~}
		 * @param value the header value, without control characters (CR, LF, NUL, TAB,
		 * ...)
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/**
		 * Adds custom headers to the SIP INVITE.
		 * @param headers header names (letters, digits and {@code !#$%&'*+-.^_`|~}) and
		 * values (without control characters)
		 * @return this builder
		 */
		public Builder headers(Map<String, String> headers) {
			this.headers.putAll(headers);
			return this;
		}

		/**
		 * Sets digest authentication credentials.
		 * @param username the user name
		 * @param password the password, or {@code null}
		 * @return this builder
		 */
		public Builder auth(String username, @Nullable String password) {
			this.auth = new SipAuth(username, password);
			return this;
		}

		/**
		 * Sets digest authentication credentials.
		 * @param auth the credentials, or {@code null} for none
		 * @return this builder
		 */
		public Builder auth(@Nullable SipAuth auth) {
			this.auth = auth;
			return this;
		}

		/**
		 * Sets whether media is encrypted with SRTP.
		 * @param secure {@code true} to encrypt media
		 * @return this builder
		 */
		public Builder secure(boolean secure) {
			this.secure = secure;
			return this;
		}

		/**
		 * Sets whether the SIP participant sends and receives video (a composed grid of
		 * up to 9 streams).
		 * @param video {@code true} to include video
		 * @return this builder
		 */
		public Builder video(boolean video) {
			this.video = video;
			return this;
		}

		/**
		 * Sets whether the SIP participant honours force-mute requests.
		 * @param observeForceMute {@code true} to honour force-mute
		 * @return this builder
		 */
		public Builder observeForceMute(boolean observeForceMute) {
			this.observeForceMute = observeForceMute;
			return this;
		}

		/**
		 * Adds streams the SIP participant receives; with none it receives all.
		 * @param streamIds the stream ids
		 * @return this builder
		 */
		public Builder streams(String... streamIds) {
			Collections.addAll(this.streams, streamIds);
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value is missing or not allowed
		 */
		public SipDialOptions build() {
			return new SipDialOptions(Arguments.requireNonNull(this.sessionId, "sessionId"),
					Arguments.requireNonNull(this.token, "token"), Arguments.requireNonNull(this.uri, "uri"), this.from,
					this.headers, this.auth, this.secure, this.video, this.observeForceMute, this.streams);
		}

	}

}
