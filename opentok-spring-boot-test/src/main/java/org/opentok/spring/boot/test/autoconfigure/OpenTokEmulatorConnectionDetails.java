package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;

import org.opentok.spring.boot.autoconfigure.OpenTokAccountConnectionDetails;
import org.opentok.spring.boot.autoconfigure.OpenTokConnectionDetails;
import org.opentok.spring.boot.test.emulator.EmulatorCredentials;
import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.core.OpenTokCredentials;

/**
 * Points the OpenTok client at a running emulator: its base URL, its project's
 * credentials and its account's, for project management. The one way the emulator is
 * wired into an application context, registered as the primary connection details so that
 * it wins over the app's own.
 */
final class OpenTokEmulatorConnectionDetails implements OpenTokConnectionDetails, OpenTokAccountConnectionDetails {

	static final String BEAN_NAME = "openTokEmulatorConnectionDetails";

	private final OpenTokEmulator emulator;

	OpenTokEmulatorConnectionDetails(OpenTokEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public OpenTokCredentials getCredentials() {
		EmulatorCredentials project = this.emulator.credentials();
		return OpenTokCredentials.project(project.apiKey(), project.apiSecret());
	}

	@Override
	public AccountCredentials getAccountCredentials() {
		EmulatorCredentials account = this.emulator.account();
		return new AccountCredentials(account.apiKey(), account.apiSecret());
	}

	@Override
	public URI getApiUrl() {
		return this.emulator.baseUrl();
	}

}
