package org.opentok.spring.client.token;

/**
 * Token entropy with a fixed nonce and JWT id, to reproduce known tokens.
 *
 * @param nonce the nonce of every token
 * @param jti the JWT id of every token
 */
record FixedEntropy(int nonce, String jti) implements TokenEntropy {

	static final FixedEntropy VECTORS = new FixedEntropy(424242, "9b2c7e1a-5d4f-4e3b-8a6c-1f0e2d3c4b5a");

}
