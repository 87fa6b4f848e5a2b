package org.opentok.spring.boot.test.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streams an archive or broadcast in manual stream mode includes, changed with
 * {@code PATCH .../streams}. Guarded by the {@link EmulatorState} lock.
 *
 * @since 0.1.0
 */
final class StreamSelection {

	private final Map<String, Tracks> streams = new LinkedHashMap<>();

	/**
	 * Applies one change: {@code {"addStream":id,"hasAudio":..,"hasVideo":..}} or
	 * {@code {"removeStream":id}}.
	 * @param change the request body
	 * @param session the session the streams must belong to
	 */
	void change(JsonBody change, SessionState session) {
		String added = change.optionalString("addStream");
		String removed = change.optionalString("removeStream");
		if ((added == null) == (removed == null)) {
			throw ApiError.badRequest("Give exactly one of 'addStream' and 'removeStream'");
		}
		if (added != null) {
			session.stream(added);
			this.streams.put(added, new Tracks(change.booleanOr("hasAudio", true), change.booleanOr("hasVideo", true)));
		}
		else if (this.streams.remove(removed) == null) {
			throw ApiError.notFound("Stream " + removed + " is not included");
		}
	}

	ArrayNode toJson() {
		ArrayNode array = Json.array();
		this.streams.forEach((streamId, tracks) -> {
			ObjectNode stream = array.addObject();
			stream.put("streamId", streamId);
			stream.put("hasAudio", tracks.hasAudio());
			stream.put("hasVideo", tracks.hasVideo());
		});
		return array;
	}

	private record Tracks(boolean hasAudio, boolean hasVideo) {

	}

}
