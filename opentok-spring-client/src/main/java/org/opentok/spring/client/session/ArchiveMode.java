package org.opentok.spring.client.session;

/**
 * Whether a session is archived automatically, sent as {@code archiveMode}.
 *
 * @since 0.1.0
 */
public enum ArchiveMode {

	/**
	 * Archives start only when asked ({@code manual}).
	 */
	MANUAL("manual"),

	/**
	 * An archive starts when the first client publishes ({@code always}); routed sessions
	 * only.
	 */
	ALWAYS("always");

	private final String wireValue;

	ArchiveMode(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * Returns the string OpenTok uses for this mode.
	 * @return {@code manual} or {@code always}
	 */
	public String wireValue() {
		return this.wireValue;
	}

}
