package org.opentok.spring.client.token;

/**
 * Turns a {@link TokenTemplate} into a signed token of one format. Thread-safe.
 */
interface TokenSigner {

	String sign(TokenTemplate template, int nonce, TokenEntropy entropy);

}
