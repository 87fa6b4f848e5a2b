package org.opentok.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link OpenTokConfigurationException} at start-up: which property is wrong
 * and which to set or remove.
 *
 * @since 0.1.0
 */
public class OpenTokConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<OpenTokConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, OpenTokConfigurationException cause) {
		return new FailureAnalysis("OpenTok is not configured correctly: " + cause.getReason(), cause.getAction(),
				cause);
	}

}
