package org.opentok.spring.client.token;

/**
 * Told how many tokens a {@link TokenGenerator} made, for metrics. Called on the
 * generating thread once per call (once per bulk call, once per token of a stream, and so
 * from several threads at once for a parallel stream), so it must be thread-safe, cheap,
 * and must not throw.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TokenGenerationListener {

	/**
	 * A listener that does nothing.
	 */
	TokenGenerationListener NONE = (role, format, count) -> {
	};

	/**
	 * Called after tokens were made.
	 * @param role the tokens' role
	 * @param format the tokens' format
	 * @param count how many were made
	 */
	void tokensGenerated(Role role, TokenFormat format, int count);

}
