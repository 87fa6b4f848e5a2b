package org.opentok.spring.boot.autoconfigure;

import java.util.List;

/**
 * Any of the OpenTok credential properties has a non-blank value.
 */
class OpenTokCredentialsCondition extends AnyPropertyHasTextCondition {

	OpenTokCredentialsCondition() {
		super("OpenTok credential properties", List.of("opentok.api-key", "opentok.api-secret",
				"opentok.application-id", "opentok.private-key", "opentok.private-key-location"));
	}

}
