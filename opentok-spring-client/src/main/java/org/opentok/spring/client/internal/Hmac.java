package org.opentok.spring.client.internal;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sets up JDK {@link Mac} instances; every JDK ships the HMAC algorithms used here.
 *
 * @since 0.1.0
 */
public final class Hmac {

	private Hmac() {
	}

	/**
	 * Returns a {@link Mac} initialised with the key.
	 * @param algorithm the JCA algorithm name, such as {@code HmacSHA1}
	 * @param key the key
	 * @return the initialised {@link Mac}
	 */
	public static Mac init(String algorithm, SecretKeySpec key) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(algorithm + " is not available", ex);
		}
	}

}
