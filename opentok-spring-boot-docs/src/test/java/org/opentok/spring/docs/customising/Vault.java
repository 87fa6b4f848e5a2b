package org.opentok.spring.docs.customising;

import java.util.Map;

/**
 * Stands in for a secrets manager client in the README's connection-details snippet.
 *
 * @param secrets the secrets by path
 */
record Vault(Map<String, String> secrets) {

	String read(String path) {
		String secret = this.secrets.get(path);
		if (secret == null) {
			throw new IllegalStateException("No secret at " + path);
		}
		return secret;
	}

}
