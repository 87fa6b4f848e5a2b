package org.opentok.spring.client.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * The body of {@code POST .../session/{sessionId}/mute}. The exclusion key is
 * {@code excludedStreamIds} and {@code active} a JSON boolean, as the maintained typed
 * SDKs send them; some older SDKs send {@code excludedStreams} or {@code "true"}.
 *
 * @param active {@code true} to mute every stream, {@code false} to end a mute-all
 * @param excludedStreamIds the streams left unmuted, only with {@code active}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MuteRequest(@JsonProperty("active") Boolean active,
		@JsonProperty("excludedStreamIds") @Nullable List<String> excludedStreamIds) {

	private static final MuteRequest DISABLE = new MuteRequest(false, null);

	/**
	 * Returns the body that mutes every stream but the excluded ones.
	 * @param excludedStreamIds the streams to leave unmuted, possibly none
	 * @return the body; the exclusion list is sent even when empty
	 */
	static MuteRequest muteAll(Collection<String> excludedStreamIds) {
		Arguments.requireNonNull(excludedStreamIds, "excludedStreamIds");
		Arguments.requireMaxSize(excludedStreamIds, ModerationClient.MAX_EXCLUDED_STREAMS, "excludedStreamIds");
		List<String> ids = new ArrayList<>(excludedStreamIds.size());
		for (String streamId : excludedStreamIds) {
			ids.add(Arguments.requireId(streamId, "excludedStreamIds[" + ids.size() + "]"));
		}
		return new MuteRequest(true, List.copyOf(ids));
	}

	/**
	 * Returns the body that ends a mute-all.
	 * @return {@code {"active":false}}
	 */
	static MuteRequest disable() {
		return DISABLE;
	}

}
