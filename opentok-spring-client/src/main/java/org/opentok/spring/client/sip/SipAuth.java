package org.opentok.spring.client.sip;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * Digest authentication credentials for the SIP endpoint, sent as {@code sip.auth:
 * {username, password}}. {@link #toString()} never shows the password.
 *
 * @param username the user name, required, without control characters
 * @param password the password, or {@code null} to send the user name alone
 * @since 0.1.0
 */
public record SipAuth(String username, @Nullable String password) {

	/**
	 * Validates the credentials.
	 * @param username the user name
	 * @param password the password, or {@code null}
	 */
	public SipAuth {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException(
					"'auth.username' must not be blank: SIP digest auth needs a user name, a password alone is not enough");
		}
		Arguments.requireNoControlCharacters(username, "auth.username");
		if (password != null) {
			Arguments.requireNonBlank(password, "auth.password");
		}
	}

	@Override
	public String toString() {
		return "SipAuth[username=" + this.username + ", password=" + ((this.password != null) ? "******" : "null")
				+ "]";
	}

}
