package org.opentok.spring.boot.test.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the local OpenTok emulator that {@code opentok.emulator.enabled=true} runs
 * inside the app, for development without OpenTok.
 *
 * @param enabled Whether to start a local OpenTok emulator and point the OpenTok client
 * at it instead of OpenTok. For local development only.
 * @param port Port the emulator listens on, on the loopback address; 0 picks a free one.
 * @param apiKey API key of the emulated project. Made up when not set.
 * @param apiSecret API secret of the emulated project, at least 32 characters. Made up
 * when not set.
 * @param webhookUrl URL the emulator POSTs OpenTok's callbacks to, such as
 * http://localhost:${server.port}/opentok/events. Placeholders are resolved at each
 * delivery. None when not set.
 * @param webhookSecret Secret that callbacks are signed with (an HS256 JWT in the
 * Authorization header), at least 32 characters. Unsigned when not set.
 * @param archiveProcessingTime How long a stopped archive takes to become available.
 * @param stateDirectory Directory that keeps the emulated projects (credentials included,
 * readable by the owner only) and sessions across restarts, so that a restarted app keeps
 * its API key and its sessions stay usable. Created if missing; used by one emulator at a
 * time. In memory only when not set.
 * @since 0.1.0
 */
@ConfigurationProperties("opentok.emulator")
public record OpenTokEmulatorProperties(boolean enabled, int port, @Nullable String apiKey, @Nullable String apiSecret,
		@Nullable String webhookUrl, @Nullable String webhookSecret, @DefaultValue("0s") Duration archiveProcessingTime,
		@Nullable Path stateDirectory) {

	@Override
	public String toString() {
		return "OpenTokEmulatorProperties[enabled=" + this.enabled + ", port=" + this.port + ", apiKey=" + this.apiKey
				+ ", apiSecret=" + ((this.apiSecret != null) ? "******" : null) + ", webhookUrl=" + this.webhookUrl
				+ ", webhookSecret=" + ((this.webhookSecret != null) ? "******" : null) + ", archiveProcessingTime="
				+ this.archiveProcessingTime + ", stateDirectory=" + this.stateDirectory + "]";
	}

}
