package org.opentok.spring.client.token;

/**
 * Turns a {@link TokenTemplate} into signed tokens of one format. Thread-safe.
 */
interface TokenSigner {

	/**
	 * Writes everything of a template's tokens but the nonce and JWT id once, so that
	 * each token only adds those and signs. Costs a few small arrays; the generator keeps
	 * the last one it prepared, as apps make many tokens for one session in the same
	 * second.
	 */
	Prepared prepare(TokenTemplate template);

	/**
	 * Signs tokens of one template. Thread-safe.
	 */
	interface Prepared {

		String sign(int nonce, TokenEntropy entropy);

	}

}
