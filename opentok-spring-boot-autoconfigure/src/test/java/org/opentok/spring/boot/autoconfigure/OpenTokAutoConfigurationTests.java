package org.opentok.spring.boot.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.VonageCredentials;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenDefaults;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokAutoConfiguration}: activation, beans and their replacement.
 */
class OpenTokAutoConfigurationTests {

	static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	static final String SESSION_ID = "1_MX4xMjM0NTZ-fjE3MDAwMDAwMDAwMDB-a0QzcVB6WDlWYlQ3d0wybU44c1I0eUhjfn4";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class));

	@Test
	void backsOffWithoutCredentials() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(OpenTok.class)
			.doesNotHaveBean(SessionClient.class)
			.doesNotHaveBean(TokenGenerator.class)
			.doesNotHaveBean(OpenTokTransport.class)
			.doesNotHaveBean(OpenTokProperties.class));
	}

	@Test
	void backsOffWhenCredentialPropertiesAreBlank() {
		this.runner.withPropertyValues("opentok.api-key=", "opentok.api-secret= ", "opentok.application-id=")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenTok.class));
	}

	@Test
	void backsOffWhenTheClientIsNotOnTheClassPath() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET)
			.withClassLoader(new FilteredClassLoader(OpenTok.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SessionClient.class));
	}

	@Test
	void createsEveryBeanWithProjectCredentials() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET).run((context) -> {
			assertThat(context).hasSingleBean(OpenTok.class)
				.hasBean("openTok")
				.hasBean("openTokSessionClient")
				.hasBean("openTokTokenGenerator")
				.hasBean("openTokTransport");
			OpenTok openTok = context.getBean(OpenTok.class);
			assertThat(openTok.sessions()).isSameAs(context.getBean(SessionClient.class));
			assertThat(openTok.tokens()).isSameAs(context.getBean(TokenGenerator.class));
			OpenTokTransport transport = context.getBean(OpenTokTransport.class);
			assertThat(transport.apiUrl()).hasToString("https://api.opentok.com");
			assertThat(transport.projectId()).isEqualTo("123456");
		});
	}

	@Test
	void createsEveryBeanWithVonageCredentialsAndUsesTheVonageApiUrl() {
		this.runner
			.withPropertyValues("opentok.application-id=1f6c3c43-8a5c-4e8a-9b67-8f2b1c1f0a11",
					"opentok.private-key=" + TestKeys.PRIVATE_KEY_PEM)
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenTok.class);
				OpenTokTransport transport = context.getBean(OpenTokTransport.class);
				assertThat(transport.apiUrl()).isEqualTo(VonageCredentials.VONAGE_API_URL);
				assertThat(transport.projectId()).isEqualTo("1f6c3c43-8a5c-4e8a-9b67-8f2b1c1f0a11");
				assertThat(context.getBean(TokenGenerator.class).generate(SESSION_ID)).startsWith("eyJ");
			});
	}

	@Test
	void readsTheVonagePrivateKeyFromALocation(@TempDir Path directory) throws Exception {
		Path keyFile = Files.writeString(directory.resolve("private.key"), TestKeys.PRIVATE_KEY_PEM);
		this.runner
			.withPropertyValues("opentok.application-id=app-1", "opentok.private-key-location=" + keyFile.toUri())
			.run((context) -> assertThat(context.getBean(OpenTokTransport.class).projectId()).isEqualTo("app-1"));
	}

	@Test
	void usesTheConfiguredApiUrl() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.api-url=http://localhost:8089")
			.run((context) -> assertThat(context.getBean(OpenTokTransport.class).apiUrl())
				.hasToString("http://localhost:8089"));
	}

	@Test
	void bindsTimeoutsInEitherDurationFormat() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET, "opentok.connect-timeout=2s",
					"opentok.read-timeout=PT2S")
			.run((context) -> {
				OpenTokProperties properties = context.getBean(OpenTokProperties.class);
				assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(2));
			});
	}

	@Test
	void defaultsTimeoutsAndTokenDefaults() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET).run((context) -> {
			OpenTokProperties properties = context.getBean(OpenTokProperties.class);
			assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.token()).isEqualTo(
					new OpenTokProperties.Token(TokenFormat.JWT, Role.PUBLISHER, TokenDefaults.standard().ttl()));
		});
	}

	@Test
	void appliesTokenDefaultsFromProperties() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET, "opentok.token.format=t1",
					"opentok.token.default-role=publisher-only", "opentok.token.default-ttl=2h")
			.withBean(Clock.class, () -> Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC))
			.run((context) -> {
				String token = context.getBean(TokenGenerator.class).generate(SESSION_ID);
				assertThat(token).startsWith("T1==");
				String inner = new String(java.util.Base64.getDecoder().decode(token.substring(4)));
				assertThat(inner).contains("role=publisheronly")
					.contains("create_time=1700000000")
					.contains("expire_time=" + (1700000000 + 7200));
			});
	}

	@Test
	void userSessionClientWinsAndIsWhatTheFacadeHandsOut() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET)
			.withUserConfiguration(UserSessionClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(SessionClient.class).doesNotHaveBean("openTokSessionClient");
				assertThat(context.getBean(OpenTok.class).sessions()).isSameAs(context.getBean("mySessionClient"));
			});
	}

	@Test
	void userTokenGeneratorWins() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET)
			.withUserConfiguration(UserTokenGeneratorConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(TokenGenerator.class).doesNotHaveBean("openTokTokenGenerator");
				assertThat(context.getBean(OpenTok.class).tokens()).isSameAs(context.getBean("myTokenGenerator"));
			});
	}

	@Test
	void userFacadeWins() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET)
			.withUserConfiguration(UserFacadeConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(OpenTok.class)
				.hasBean("myOpenTok")
				.doesNotHaveBean("openTok"));
	}

	@Test
	void propertiesToStringMasksSecrets() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET).run((context) -> {
			String text = context.getBean(OpenTokProperties.class).toString();
			assertThat(text).contains("apiKey=123456").contains("apiSecret=******").doesNotContain(SECRET);
			assertThat(context.getBean(OpenTokTransport.class).toString()).doesNotContain(SECRET);
			assertThat(context.getBean(TokenGenerator.class).toString()).doesNotContain(SECRET);
		});
		this.runner
			.withPropertyValues("opentok.application-id=app-1", "opentok.private-key=" + TestKeys.PRIVATE_KEY_PEM)
			.run((context) -> assertThat(context.getBean(OpenTokProperties.class).toString())
				.contains("privateKey=******")
				.doesNotContain("PRIVATE KEY"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserSessionClientConfiguration {

		@Bean
		SessionClient mySessionClient() {
			return new SessionClient(OpenTokTransport
				.builder(org.opentok.spring.client.core.OpenTokCredentials.project("654321", SECRET))
				.build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTokenGeneratorConfiguration {

		@Bean
		TokenGenerator myTokenGenerator() {
			return new TokenGenerator(org.opentok.spring.client.core.OpenTokCredentials.project("654321", SECRET));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFacadeConfiguration {

		@Bean
		OpenTok myOpenTok() {
			return OpenTok.builder("654321", SECRET).build();
		}

	}

}
