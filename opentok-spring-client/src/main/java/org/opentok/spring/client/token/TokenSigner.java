package org.opentok.spring.client.token;

/**
 * Turns a {@link TokenTemplate} into signed tokens of one format. Thread-safe.
 */
interface TokenSigner {

	/**
	 * Signs one token, writing the template straight into a reused buffer.
	 */
	String sign(TokenTemplate template, int nonce, TokenEntropy entropy);

	/**
	 * Writes everything of a template's tokens but the nonce and JWT id once, so that
	 * each of many tokens only adds those and signs. Costs a few small arrays, which only
	 * pay off for more than one token.
	 */
	Prepared prepare(TokenTemplate template);

	/**
	 * Signs tokens of one template. Thread-safe.
	 */
	interface Prepared {

		String sign(int nonce, TokenEntropy entropy);

	}

}
