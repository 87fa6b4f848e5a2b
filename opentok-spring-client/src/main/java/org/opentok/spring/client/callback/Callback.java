package org.opentok.spring.client.callback;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.EpochMillisDeserializer;

/**
 * A callback URL registered for one kind of event.
 *
 * @param id the registration's id, to unregister it with
 * @param group the event group as OpenTok returned it, such as {@code connection}
 * @param event the event as OpenTok returned it, such as {@code created}
 * @param url the URL OpenTok posts the events to
 * @param createdAt when the URL was registered, or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Callback(@JsonProperty("id") String id, @JsonProperty("group") String group,
		@JsonProperty("event") String event, @JsonProperty("url") String url,
		@JsonProperty("createdAt") @JsonDeserialize(
				using = EpochMillisDeserializer.class) @Nullable Instant createdAt) {

	/**
	 * Returns the group and event as a constant.
	 * @return the constant, or {@link CallbackEvent#UNKNOWN} for a pair this version of
	 * the client does not know
	 */
	public CallbackEvent callbackEvent() {
		return CallbackEvent.of(this.group, this.event);
	}

}
