package org.opentok.spring.boot.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.project.ProjectClient;

/**
 * The OpenTok account credentials that the project management client
 * ({@link ProjectClient}) signs with. By default a bean made from the
 * {@code opentok.account.*} properties when they are set; declare a bean of this type to
 * take them from elsewhere. The {@code ProjectClient} bean exists exactly when a bean of
 * this type does, so that the condition evaluation report shows the decision. A class may
 * implement this and {@link OpenTokConnectionDetails} both.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface OpenTokAccountConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the account's credentials.
	 * @return the account credentials
	 */
	AccountCredentials getAccountCredentials();

	/**
	 * Returns the base URL of the account API, an absolute http or https URL without
	 * query or fragment.
	 * @return the base URL, or {@code null} for {@code https://api.opentok.com}
	 */
	default @Nullable URI getApiUrl() {
		return null;
	}

}
