package org.opentok.spring.boot.autoconfigure;

import java.util.List;

/**
 * Either account credential property has a non-blank value.
 */
class OpenTokAccountCredentialsCondition extends AnyPropertyHasTextCondition {

	OpenTokAccountCredentialsCondition() {
		super("OpenTok account credentials", List.of("opentok.account.api-key", "opentok.account.api-secret"));
	}

}
