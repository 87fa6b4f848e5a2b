package org.opentok.spring.client.audio;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * How the Audio Connector frames audio on the WebSocket, sent as
 * {@code websocket.audioTransport}: raw binary PCM frames (OpenTok's default), or JSON
 * messages with the audio Base64-encoded under a key of your choice, as voice-AI services
 * expect. Immutable; take {@link #binary()} or {@link #json()}, or build with
 * {@link #builder()}. What is not set is not sent.
 *
 * <pre class="code">
 * AudioTransport.builder().json().audioField("payload").staticField("event", "media").build()
 * </pre>
 *
 * @param transport binary or JSON messages, or {@code null} for OpenTok's default
 * ({@link AudioTransportType#BINARY})
 * @param encoding how the audio is encoded in JSON messages; required with
 * {@link AudioTransportType#JSON}
 * @param audioField the JSON key of the audio OpenTok sends (JSON only), or {@code null}
 * for OpenTok's default ({@value #DEFAULT_AUDIO_FIELD})
 * @param receiveAudioField the JSON key of the audio OpenTok receives when the connector
 * is bidirectional (JSON only), or {@code null} for the same key as {@code audioField}
 * @param staticFields key/values OpenTok adds to every JSON message it sends (JSON only),
 * sent exactly as given; strings, numbers, booleans, lists and maps only, at most 1000
 * keys and list elements in all, and never redefining an audio key; or {@code null} for
 * none
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AudioTransport(@JsonProperty("transport") @Nullable AudioTransportType transport,
		@JsonProperty("encoding") @Nullable AudioEncoding encoding,
		@JsonProperty("audio_field") @Nullable String audioField,
		@JsonProperty("receive_audio_field") @Nullable String receiveAudioField,
		@JsonProperty("static_fields") @Nullable Map<String, Object> staticFields) {

	/**
	 * The JSON key of the audio when {@code audioField} is not set.
	 */
	public static final String DEFAULT_AUDIO_FIELD = "audio";

	/**
	 * The most values the static fields may hold in all: keys and list elements, at every
	 * level.
	 */
	public static final int MAX_STATIC_FIELD_VALUES = 1000;

	private static final AudioTransport BINARY = new AudioTransport(AudioTransportType.BINARY, null, null, null, null);

	private static final AudioTransport JSON = builder().json().build();

	/**
	 * Validates the transport and copies the static fields.
	 * @param transport binary or JSON, or {@code null}
	 * @param encoding the encoding, required with JSON
	 * @param audioField the key of the audio sent, or {@code null}
	 * @param receiveAudioField the key of the audio received, or {@code null}
	 * @param staticFields key/values added to every message, or {@code null}
	 */
	public AudioTransport {
		if (transport == AudioTransportType.JSON && encoding == null) {
			throw new IllegalArgumentException("'transport' JSON requires 'encoding' BASE64, got none");
		}
		if (audioField != null) {
			requireJson(transport, "audioField");
			Arguments.requireNonBlank(audioField, "audioField");
		}
		if (receiveAudioField != null) {
			requireJson(transport, "receiveAudioField");
			Arguments.requireNonBlank(receiveAudioField, "receiveAudioField");
		}
		if (staticFields != null) {
			requireJson(transport, "staticFields");
			staticFields = StaticFields.copy(staticFields);
			requireNotRedefined(staticFields, (audioField != null) ? audioField : DEFAULT_AUDIO_FIELD,
					(audioField != null) ? "'audioField'" : "default of 'audioField'");
			if (receiveAudioField != null) {
				requireNotRedefined(staticFields, receiveAudioField, "'receiveAudioField'");
			}
		}
	}

	private static void requireJson(@Nullable AudioTransportType transport, String name) {
		if (transport != AudioTransportType.JSON) {
			throw new IllegalArgumentException("'" + name + "' requires 'transport' JSON, got "
					+ ((transport != null) ? transport : "none (BINARY is the default)"));
		}
	}

	private static void requireNotRedefined(Map<String, Object> staticFields, String audioKey, String source) {
		if (staticFields.containsKey(audioKey)) {
			throw new IllegalArgumentException(
					"'staticFields' must not redefine '" + audioKey + "', the key of the audio (" + source + ")");
		}
	}

	/**
	 * Returns the binary transport, sent as {@code {"transport":"binary"}}.
	 * @return the binary transport
	 */
	public static AudioTransport binary() {
		return BINARY;
	}

	/**
	 * Returns the JSON transport with Base64 audio under OpenTok's default key, sent as
	 * {@code {"transport":"json","encoding":"base64"}}.
	 * @return the JSON transport
	 */
	public static AudioTransport json() {
		return JSON;
	}

	/**
	 * Starts building a transport; nothing is set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "AudioTransport[transport=" + this.transport + ", encoding=" + this.encoding + ", audioField="
				+ this.audioField + ", receiveAudioField=" + this.receiveAudioField + ", staticFields="
				+ ((this.staticFields != null) ? this.staticFields.keySet() : null) + "]";
	}

	/**
	 * Builds {@link AudioTransport}.
	 */
	public static final class Builder {

		private @Nullable AudioTransportType transport;

		private @Nullable AudioEncoding encoding;

		private @Nullable String audioField;

		private @Nullable String receiveAudioField;

		private @Nullable Map<String, @Nullable Object> staticFields;

		private Builder() {
		}

		/**
		 * Chooses JSON messages with Base64 audio: sets {@code transport} to
		 * {@link AudioTransportType#JSON} and {@code encoding} to
		 * {@link AudioEncoding#BASE64}.
		 * @return this builder
		 */
		public Builder json() {
			this.transport = AudioTransportType.JSON;
			this.encoding = AudioEncoding.BASE64;
			return this;
		}

		/**
		 * Sets how frames are sent (OpenTok's default {@link AudioTransportType#BINARY}).
		 * @param transport the transport, or {@code null} to leave it to OpenTok
		 * @return this builder
		 */
		public Builder transport(@Nullable AudioTransportType transport) {
			this.transport = transport;
			return this;
		}

		/**
		 * Sets how the audio is encoded in JSON messages (required with JSON).
		 * @param encoding the encoding, or {@code null}
		 * @return this builder
		 */
		public Builder encoding(@Nullable AudioEncoding encoding) {
			this.encoding = encoding;
			return this;
		}

		/**
		 * Sets the JSON key of the audio OpenTok sends (JSON only; OpenTok's default
		 * {@value AudioTransport#DEFAULT_AUDIO_FIELD}).
		 * @param audioField the key, not blank
		 * @return this builder
		 */
		public Builder audioField(@Nullable String audioField) {
			this.audioField = audioField;
			return this;
		}

		/**
		 * Sets the JSON key of the audio OpenTok receives from a bidirectional connector
		 * (JSON only; by default the same as the audio field).
		 * @param receiveAudioField the key, not blank
		 * @return this builder
		 */
		public Builder receiveAudioField(@Nullable String receiveAudioField) {
			this.receiveAudioField = receiveAudioField;
			return this;
		}

		/**
		 * Adds a key/value to every JSON message OpenTok sends, such as
		 * {@code "event": "media"} (JSON only).
		 * @param key the key, not blank and not an audio key
		 * @param value a string, number, boolean, list or map of these
		 * @return this builder
		 */
		public Builder staticField(String key, @Nullable Object value) {
			staticFieldsToFill().put(key, value);
			return this;
		}

		/**
		 * Adds key/values to every JSON message OpenTok sends (JSON only).
		 * @param staticFields keys (not blank, not an audio key) and values (strings,
		 * numbers, booleans, lists and maps of these), at most 1000 keys and list
		 * elements in all
		 * @return this builder
		 */
		public Builder staticFields(Map<String, ?> staticFields) {
			staticFieldsToFill().putAll(Arguments.requireNonNull(staticFields, "staticFields"));
			return this;
		}

		private Map<String, @Nullable Object> staticFieldsToFill() {
			if (this.staticFields == null) {
				this.staticFields = new LinkedHashMap<>();
			}
			return this.staticFields;
		}

		/**
		 * Builds the transport.
		 * @return the transport
		 * @throws IllegalArgumentException if a value or a combination is not allowed
		 */
		public AudioTransport build() {
			return new AudioTransport(this.transport, this.encoding, this.audioField, this.receiveAudioField,
					this.staticFields);
		}

	}

}
