package org.opentok.spring.sample.room;

import org.opentok.spring.client.session.MediaMode;

/**
 * A room was asked for with a media mode other than the one it has: a room's media mode
 * never changes, so the caller would get a room that does not do what they asked.
 *
 * @since 0.1.0
 */
public class RoomMediaModeConflictException extends RuntimeException {

	private final MediaMode mediaMode;

	/**
	 * Creates the exception.
	 * @param name the room's name
	 * @param mediaMode the media mode the room has
	 * @param asked the media mode asked for
	 */
	public RoomMediaModeConflictException(String name, MediaMode mediaMode, MediaMode asked) {
		super("Room '" + name + "' exists as " + mediaMode + ", not " + asked + ": ask for it without a body or with "
				+ "mediaMode " + mediaMode + ", or pick another name");
		this.mediaMode = mediaMode;
	}

	/**
	 * Returns the media mode the room has.
	 * @return the room's media mode
	 */
	public MediaMode getMediaMode() {
		return this.mediaMode;
	}

}
