package org.opentok.spring.docs.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration;
import org.opentok.spring.boot.autoconfigure.OpenTokProperties;
import org.opentok.spring.boot.autoconfigure.webhook.OpenTokWebhookAutoConfiguration;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.project.ProjectClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the OpenTok auto-configuration with each of the README's YAML snippets, the
 * variables they name set as the environment would, and checks what they configure.
 */
class ReadmeYamlTests {

	private static final String SECRET = "project-secret-of-at-least-32-characters";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class));

	@Test
	void applicationProperties() {
		this.runner.withInitializer(yaml("readme/application.yml"))
			.withPropertyValues("OPENTOK_API_KEY=123456", "OPENTOK_API_SECRET=" + SECRET)
			.run((context) -> {
				OpenTokTransport transport = context.getBean(OpenTokTransport.class);
				assertThat(transport.projectId()).isEqualTo("123456");
				assertThat(transport.apiUrl()).isEqualTo(URI.create("https://api.opentok.com"));
				assertThat(context.getBean(OpenTokProperties.class).apiSecret()).isEqualTo(SECRET);
			});
	}

	@Test
	void accountProperties() {
		this.runner.withInitializer(yaml("readme/application.yml"))
			.withInitializer(yaml("readme/account.yml"))
			.withPropertyValues("OPENTOK_API_KEY=123456", "OPENTOK_API_SECRET=" + SECRET,
					"OPENTOK_ACCOUNT_APISECRET=account-" + SECRET)
			.run((context) -> {
				assertThat(context).hasSingleBean(ProjectClient.class);
				OpenTokProperties.Account account = context.getBean(OpenTokProperties.class).account();
				assertThat(account.apiKey()).isEqualTo("987654");
				assertThat(account.apiSecret()).isEqualTo("account-" + SECRET);
			});
	}

	@Test
	void vonageApplicationProperties(@TempDir Path directory) throws Exception {
		Path privateKey = directory.resolve("private.key");
		Files.writeString(privateKey, pkcs8Pem());
		this.runner.withInitializer(yaml("readme/vonage.yml"))
			.withPropertyValues("opentok.private-key-location=" + privateKey.toUri())
			.run((context) -> {
				OpenTokTransport transport = context.getBean(OpenTokTransport.class);
				assertThat(transport.projectId()).isEqualTo("1f6c3c43-8a5c-4e8a-9b67-8f2b1c1f0a11");
				assertThat(transport.apiUrl()).isEqualTo(URI.create("https://video.api.vonage.com"));
			});
	}

	@Test
	void vonageApplicationPropertiesAsWrittenReadTheKeyFromEtc() {
		this.runner.withInitializer(yaml("readme/vonage.yml"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("opentok.private-key-location")
				.hasMessageContaining("/etc/opentok/private.key"));
	}

	@Test
	void signatureSecretsProperties() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenTokWebhookAutoConfiguration.class))
			.withInitializer(yaml("readme/signature-secrets.yml"))
			.withPropertyValues("OPENTOK_SESSION_MONITORING_SECRET=monitoring-" + SECRET,
					"OPENTOK_ARCHIVE_SECRET=archive-" + SECRET)
			.run((context) -> {
				OpenTokProperties.Webhook webhook = context.getBean(OpenTokProperties.class).webhook();
				assertThat(webhook.enabled()).isTrue();
				assertThat(webhook.signatureSecrets()).containsExactly("monitoring-" + SECRET, "archive-" + SECRET);
			});
	}

	private static ApplicationContextInitializer<ConfigurableApplicationContext> yaml(String location) {
		return (context) -> {
			try {
				List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(location,
						new ClassPathResource(location));
				sources.forEach(context.getEnvironment().getPropertySources()::addLast);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	private static String pkcs8Pem() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
		return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
				+ "\n-----END PRIVATE KEY-----\n";
	}

}
