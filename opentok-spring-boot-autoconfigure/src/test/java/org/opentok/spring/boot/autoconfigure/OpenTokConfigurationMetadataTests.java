package org.opentok.spring.boot.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the generated configuration metadata describes every {@code opentok.*} key.
 */
class OpenTokConfigurationMetadataTests {

	@Test
	void everyOpenTokPropertyHasADescription() throws Exception {
		JsonNode metadata;
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			metadata = JsonMapper.builder().build().readTree(in);
		}
		List<String> names = new ArrayList<>();
		List<String> undescribed = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			String name = property.get("name").asString();
			if (name.startsWith("opentok.")) {
				names.add(name);
				JsonNode description = property.get("description");
				if (description == null || description.asString().isBlank()) {
					undescribed.add(name);
				}
			}
		}
		assertThat(names).contains("opentok.api-key", "opentok.api-secret", "opentok.application-id",
				"opentok.private-key", "opentok.private-key-location", "opentok.api-url", "opentok.connect-timeout",
				"opentok.read-timeout", "opentok.call-timeout", "opentok.max-connections", "opentok.token.format",
				"opentok.token.default-role", "opentok.token.default-ttl", "opentok.retry.max-attempts",
				"opentok.retry.initial-backoff", "opentok.health.cache-ttl", "opentok.health.timeout",
				"opentok.account.api-key", "opentok.account.api-secret", "opentok.webhook.enabled",
				"opentok.webhook.path", "opentok.webhook.secret", "opentok.webhook.secrets",
				"opentok.webhook.signature-secret", "opentok.webhook.signature-secrets",
				"opentok.webhook.max-body-size", "opentok.webhook.fail-on-listener-error", "opentok.proxy.host",
				"opentok.proxy.port", "opentok.proxy.type", "opentok.proxy.username", "opentok.proxy.password",
				"opentok.proxy.non-proxy-hosts");
		assertThat(undescribed).isEmpty();
	}

}
