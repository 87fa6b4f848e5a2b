package org.opentok.spring.boot.autoconfigure;

import java.net.URI;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.session.SessionClient;
import org.opentok.spring.client.token.TokenGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests that {@link OpenTokConnectionDetails} and {@link OpenTokAccountConnectionDetails}
 * are the one way the starter learns where and as whom to connect: made from the
 * properties by default, replaced by a bean of the app's, which also activates the
 * starter without any property.
 */
class OpenTokConnectionDetailsTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	private static final String VAULT_SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final String ACCOUNT_SECRET = "fedcba9876543210fedcba9876543210fedcba98";

	private static final String SESSION_JSON = "[{\"session_id\":\"" + OpenTokAutoConfigurationTests.SESSION_ID
			+ "\",\"project_id\":\"654321\",\"partner_id\":\"654321\",\"create_dt\":\"Tue Nov 14 14:13:20 PST 2023\","
			+ "\"media_server_url\":\"\"}]";

	private static ClientAndServer server;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class));

	@BeforeAll
	static void startServer() {
		server = ClientAndServer.startClientAndServer(0);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.reset();
	}

	@Test
	void defaultBeansAreMadeFromTheProperties() {
		this.runner
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.api-url=https://opentok.example.com", "opentok.account.api-key=987654",
					"opentok.account.api-secret=" + ACCOUNT_SECRET)
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenTokConnectionDetails.class)
					.hasBean("openTokConnectionDetails")
					.hasSingleBean(OpenTokAccountConnectionDetails.class)
					.hasBean("openTokAccountConnectionDetails");
				OpenTokConnectionDetails details = context.getBean(OpenTokConnectionDetails.class);
				assertThat(details).isInstanceOf(PropertiesOpenTokConnectionDetails.class);
				assertThat(details.getCredentials()).isEqualTo(OpenTokCredentials.project("123456", SECRET));
				assertThat(details.getApiUrl()).isEqualTo(URI.create("https://opentok.example.com"));
				OpenTokAccountConnectionDetails account = context.getBean(OpenTokAccountConnectionDetails.class);
				assertThat(account.getAccountCredentials()).isEqualTo(new AccountCredentials("987654", ACCOUNT_SECRET));
				assertThat(account.getApiUrl()).isEqualTo(URI.create("https://opentok.example.com"));
			});
	}

	@Test
	void withoutAccountPropertiesThereAreNoAccountDetails() {
		this.runner.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET)
			.run((context) -> assertThat(context).hasSingleBean(OpenTokConnectionDetails.class)
				.doesNotHaveBean(OpenTokAccountConnectionDetails.class)
				.doesNotHaveBean(ProjectClient.class));
	}

	@Test
	void userBeanActivatesTheStarterWithoutAnyPropertyAndIsUsedForCalls() throws Exception {
		server.when(request().withMethod("POST").withPath("/session/create"))
			.respond(response().withStatusCode(200)
				.withHeader("Content-Type", "application/json")
				.withBody(SESSION_JSON));
		this.runner.withUserConfiguration(VaultConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(OpenTok.class)
				.hasSingleBean(OpenTokConnectionDetails.class)
				.doesNotHaveBean(PropertiesOpenTokConnectionDetails.class);
			assertThat(context.getBean(OpenTokTransport.class).projectId()).isEqualTo("654321");
			assertThatIllegalArgumentException()
				.isThrownBy(
						() -> context.getBean(TokenGenerator.class).generate(OpenTokAutoConfigurationTests.SESSION_ID))
				.withMessageContaining("not to this project's API key 654321");
			assertThat(context.getBean(SessionClient.class).create().projectId()).isEqualTo("654321");
			HttpRequest[] sent = server.retrieveRecordedRequests(request().withPath("/session/create"));
			assertThat(sent).hasSize(1);
			SignedJWT jwt = SignedJWT.parse(sent[0].getFirstHeader("X-OPENTOK-AUTH"));
			assertThat(jwt.verify(new MACVerifier(VAULT_SECRET))).isTrue();
			assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("654321");
		});
	}

	@Test
	void userBeanWinsOverTheProperties() {
		this.runner.withUserConfiguration(VaultConfiguration.class)
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.api-url=https://api.opentok.com")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PropertiesOpenTokConnectionDetails.class);
				OpenTokTransport transport = context.getBean(OpenTokTransport.class);
				assertThat(transport.projectId()).isEqualTo("654321");
				assertThat(transport.apiUrl()).isEqualTo(URI.create("http://localhost:" + server.getPort()));
			});
	}

	@Test
	void userBeanMeansHalfConfiguredPropertiesAreNotResolved() {
		this.runner.withUserConfiguration(VaultConfiguration.class)
			.withPropertyValues("opentok.api-key=123456")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(SessionClient.class));
	}

	@Test
	void userAccountBeanGivesTheProjectClient() throws Exception {
		server.when(request().withPath("/v2/project"))
			.respond(response().withStatusCode(200).withHeader("Content-Type", "application/json").withBody("[]"));
		this.runner.withUserConfiguration(VaultConfiguration.class, VaultAccountConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ProjectClient.class)
				.doesNotHaveBean(PropertiesOpenTokAccountConnectionDetails.class);
			assertThat(context.getBean(ProjectClient.class).list()).isEmpty();
			HttpRequest[] sent = server.retrieveRecordedRequests(request().withPath("/v2/project"));
			assertThat(sent).hasSize(1);
			SignedJWT jwt = SignedJWT.parse(sent[0].getFirstHeader("X-OPENTOK-AUTH"));
			assertThat(jwt.verify(new MACVerifier(ACCOUNT_SECRET))).isTrue();
			assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("987654");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class VaultConfiguration {

		@Bean
		OpenTokConnectionDetails vaultConnectionDetails() {
			return new OpenTokConnectionDetails() {

				@Override
				public OpenTokCredentials getCredentials() {
					return OpenTokCredentials.project("654321", VAULT_SECRET);
				}

				@Override
				public URI getApiUrl() {
					return URI.create("http://localhost:" + server.getPort());
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class VaultAccountConfiguration {

		@Bean
		OpenTokAccountConnectionDetails vaultAccountConnectionDetails() {
			return new OpenTokAccountConnectionDetails() {

				@Override
				public AccountCredentials getAccountCredentials() {
					return new AccountCredentials("987654", ACCOUNT_SECRET);
				}

				@Override
				public URI getApiUrl() {
					return URI.create("http://localhost:" + server.getPort());
				}

			};
		}

	}

}
