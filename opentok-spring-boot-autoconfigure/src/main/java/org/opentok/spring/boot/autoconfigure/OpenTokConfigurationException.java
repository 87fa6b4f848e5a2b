package org.opentok.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * The OpenTok properties are set but cannot be used: half a credential pair, both
 * credential kinds, an unreadable private key, a non-numeric API key, a value out of
 * range, a credential holding an unresolved {@code ${...}} placeholder. Reported at
 * start-up by {@link OpenTokConfigurationFailureAnalyzer}.
 *
 * @since 0.1.0
 */
public class OpenTokConfigurationException extends IllegalStateException {

	private final String property;

	private final String reason;

	private final String action;

	private final @Nullable String value;

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
		this.value = null;
	}

	/**
	 * Creates the exception for a property whose value cannot be used.
	 * @param property the property at fault, such as {@code opentok.retry.max-attempts}
	 * @param value the value as bound, never a secret; the report shows the value as
	 * written instead when the environment has it
	 * @param reason what is wrong, with what is allowed
	 * @param action what to set
	 */
	public OpenTokConfigurationException(String property, String value, String reason, String action) {
		super(property + " is '" + Arguments.printable(value) + "': " + reason + " " + action);
		this.property = property;
		this.reason = reason;
		this.action = action;
		this.value = value;
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

	/**
	 * Returns the value at fault as bound, when the fault is the property's value.
	 * @return the value, or {@code null}
	 */
	public @Nullable String getValue() {
		return this.value;
	}

}
