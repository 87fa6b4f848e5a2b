package org.opentok.spring.sample.page;

import java.net.URI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Tells the page whether video can work ({@code GET /config}): with the embedded emulator
 * there is no media server, so the page says so instead of loading OpenTok.js.
 *
 * @since 0.1.0
 */
@RestController
@EnableConfigurationProperties(PageProperties.class)
class PageController {

	private final PageProperties properties;

	private final ObjectProvider<OpenTokEmulator> emulator;

	PageController(PageProperties properties, ObjectProvider<OpenTokEmulator> emulator) {
		this.properties = properties;
		this.emulator = emulator;
	}

	@GetMapping("/config")
	PageConfig config() {
		return new PageConfig((this.emulator.getIfAvailable() != null) ? "emulator" : "opentok",
				this.properties.opentokJsUrl());
	}

	/**
	 * What the page needs.
	 *
	 * @param mode {@code emulator} (no video) or {@code opentok}
	 * @param opentokJsUrl where to load OpenTok.js from
	 */
	record PageConfig(String mode, URI opentokJsUrl) {
	}

}
