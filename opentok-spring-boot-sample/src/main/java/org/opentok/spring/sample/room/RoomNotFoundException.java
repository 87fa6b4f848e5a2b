package org.opentok.spring.sample.room;

/**
 * No room has the name asked for.
 *
 * @since 0.1.0
 */
public class RoomNotFoundException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param name the name asked for
	 */
	public RoomNotFoundException(String name) {
		super("No room named '" + name + "': create it with PUT /rooms/" + name);
	}

}
