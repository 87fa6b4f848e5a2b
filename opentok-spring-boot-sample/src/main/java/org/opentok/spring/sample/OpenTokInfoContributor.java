package org.opentok.spring.sample;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Tells {@code /actuator/info} whether the sample talks to the real OpenTok or to the
 * embedded emulator, and where.
 *
 * @since 0.1.0
 */
@Component
class OpenTokInfoContributor implements InfoContributor {

	private final OpenTokTransport transport;

	private final ObjectProvider<OpenTokEmulator> emulator;

	OpenTokInfoContributor(OpenTokTransport openTokTransport, ObjectProvider<OpenTokEmulator> emulator) {
		this.transport = openTokTransport;
		this.emulator = emulator;
	}

	@Override
	public void contribute(Info.Builder builder) {
		boolean emulated = this.emulator.getIfAvailable() != null;
		builder.withDetail("opentok", Map.of("mode", emulated ? "emulator" : "opentok", "apiUrl",
				this.transport.apiUrl().toString(), "projectId", this.transport.projectId()));
	}

}
