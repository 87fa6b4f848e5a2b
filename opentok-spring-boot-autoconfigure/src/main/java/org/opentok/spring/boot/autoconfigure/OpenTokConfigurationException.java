package org.opentok.spring.boot.autoconfigure;

/**
 * The OpenTok properties are set but cannot be used: half a credential pair, both
 * credential kinds, an unreadable private key, a non-numeric API key. Reported at
 * start-up by {@link OpenTokConfigurationFailureAnalyzer}.
 *
 * @since 0.1.0
 */
public class OpenTokConfigurationException extends IllegalStateException {

	private final String property;

	private final String reason;

	private final String action;

	/**
	 * Creates the exception.
	 * @param property the property at fault, such as {@code opentok.api-secret}
	 * @param reason what is wrong
	 * @param action what to do about it
	 */
	public OpenTokConfigurationException(String property, String reason, String action) {
		super(reason + " " + action);
		this.property = property;
		this.reason = reason;
		this.action = action;
	}

	/**
	 * Returns the property at fault.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Returns what is wrong.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

	/**
	 * Returns what to do about it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
