package org.opentok.spring.client.token;

/**
 * Turns a {@link TokenTemplate} into signed tokens of one format. Thread-safe.
 */
interface TokenSigner {

	/**
	 * Writes everything of a template's tokens but the nonce and JWT id, once, so that
	 * each token only adds those and signs.
	 */
	Prepared prepare(TokenTemplate template);

	/**
	 * Signs tokens of one template. Thread-safe.
	 */
	interface Prepared {

		String sign(int nonce, TokenEntropy entropy);

	}

}
