package org.opentok.spring.client.token;

/**
 * Stands in for T1 signing with Vonage credentials, which have no API secret to sign T1
 * tokens with: refuses before any token is made.
 */
final class UnavailableT1Signer implements TokenSigner {

	@Override
	public Prepared prepare(TokenTemplate template) {
		throw new IllegalArgumentException("'format' T1 is not available with Vonage credentials: use JWT");
	}

}
