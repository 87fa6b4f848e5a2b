package org.opentok.spring.boot.autoconfigure;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.audio.AudioConnectorClient;
import org.opentok.spring.client.broadcast.BroadcastClient;
import org.opentok.spring.client.callback.CallbackClient;
import org.opentok.spring.client.caption.CaptionClient;
import org.opentok.spring.client.connection.ConnectionClient;
import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.render.RenderClient;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.sip.SipClient;
import org.opentok.spring.client.stream.StreamClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests that every API area is a bean, replaceable, handed out by the facade, and that
 * the project management client exists only with account credentials and signs as the
 * account.
 */
class OpenTokApiClientsWiringTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	private static final String ACCOUNT_SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static ClientAndServer server;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTokAutoConfiguration.class))
		.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET);

	@BeforeAll
	static void startServer() {
		server = ClientAndServer.startClientAndServer(0);
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@Test
	void createsABeanPerApiAreaAndTheFacadeHandsThemOut() {
		this.runner.run((context) -> {
			assertThat(context).hasBean("openTokArchiveClient")
				.hasBean("openTokBroadcastClient")
				.hasBean("openTokStreamClient")
				.hasBean("openTokConnectionClient")
				.hasBean("openTokSignalClient")
				.hasBean("openTokModerationClient")
				.hasBean("openTokSipClient")
				.hasBean("openTokAudioConnectorClient")
				.hasBean("openTokRenderClient")
				.hasBean("openTokCaptionClient")
				.hasBean("openTokCallbackClient");
			OpenTok openTok = context.getBean(OpenTok.class);
			assertThat(openTok.archives()).isSameAs(context.getBean(ArchiveClient.class));
			assertThat(openTok.broadcasts()).isSameAs(context.getBean(BroadcastClient.class));
			assertThat(openTok.streams()).isSameAs(context.getBean(StreamClient.class));
			assertThat(openTok.connections()).isSameAs(context.getBean(ConnectionClient.class));
			assertThat(openTok.signals()).isSameAs(context.getBean(SignalClient.class));
			assertThat(openTok.moderation()).isSameAs(context.getBean(ModerationClient.class));
			assertThat(openTok.sip()).isSameAs(context.getBean(SipClient.class));
			assertThat(openTok.audioConnector()).isSameAs(context.getBean(AudioConnectorClient.class));
			assertThat(openTok.renders()).isSameAs(context.getBean(RenderClient.class));
			assertThat(openTok.captions()).isSameAs(context.getBean(CaptionClient.class));
			assertThat(openTok.callbacks()).isSameAs(context.getBean(CallbackClient.class));
		});
	}

	@Test
	void userArchiveClientWinsAndIsWhatTheFacadeHandsOut() {
		this.runner.withUserConfiguration(UserArchiveClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ArchiveClient.class).doesNotHaveBean("openTokArchiveClient");
			assertThat(context.getBean(OpenTok.class).archives()).isSameAs(context.getBean("myArchiveClient"));
		});
	}

	@Test
	void hasNoProjectClientWithoutAccountCredentials() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(ProjectClient.class);
			assertThatIllegalStateException().isThrownBy(() -> context.getBean(OpenTok.class).projects())
				.withMessageContaining("opentok.account.api-key");
		});
	}

	@Test
	void projectClientSignsWithTheAccountCredentials() {
		server.reset();
		server.when(request().withPath("/v2/project"))
			.respond(response().withStatusCode(200).withHeader("Content-Type", "application/json").withBody("[]"));
		this.runner
			.withPropertyValues("opentok.account.api-key=987654", "opentok.account.api-secret=" + ACCOUNT_SECRET,
					"opentok.api-url=http://localhost:" + server.getPort())
			.run((context) -> {
				assertThat(context).hasBean("openTokProjectClient");
				assertThat(context.getBean(OpenTok.class).projects()).isSameAs(context.getBean(ProjectClient.class));
				assertThat(context.getBean(ProjectClient.class).list()).isEmpty();
				HttpRequest[] sent = server.retrieveRecordedRequests(request().withPath("/v2/project"));
				assertThat(sent).hasSize(1);
				SignedJWT jwt = SignedJWT.parse(sent[0].getFirstHeader("X-OPENTOK-AUTH"));
				assertThat(jwt.verify(new MACVerifier(ACCOUNT_SECRET))).isTrue();
				JWTClaimsSet claims = jwt.getJWTClaimsSet();
				assertThat(claims.getIssuer()).isEqualTo("987654");
				assertThat(claims.getStringClaim("ist")).isEqualTo("account");
			});
	}

	@Test
	void halfConfiguredAccountCredentialsFailWithTheAnalyzersWords() {
		this.runner.withPropertyValues("opentok.account.api-key=987654").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new OpenTokConfigurationFailureAnalyzer(new StandardEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.contains("opentok.account.api-key is set but opentok.account.api-secret is not");
			assertThat(analysis.getAction()).startsWith("Set opentok.account.api-secret");
		});
		this.runner.withPropertyValues("opentok.account.api-secret=" + ACCOUNT_SECRET).run((context) -> {
			FailureAnalysis analysis = new OpenTokConfigurationFailureAnalyzer(new StandardEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis.getAction()).startsWith("Set opentok.account.api-key");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(ACCOUNT_SECRET);
		});
	}

	@Test
	void accountSecretIsMaskedInProperties() {
		this.runner.withPropertyValues("opentok.account.api-key=987654", "opentok.account.api-secret=" + ACCOUNT_SECRET)
			.run((context) -> assertThat(context.getBean(OpenTokProperties.class).toString())
				.contains("account=Account[apiKey=987654, apiSecret=******]")
				.doesNotContain(ACCOUNT_SECRET)
				.doesNotContain(SECRET));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserArchiveClientConfiguration {

		@Bean
		ArchiveClient myArchiveClient() {
			return new ArchiveClient(OpenTokTransport.builder(OpenTokCredentials.project("654321", SECRET)).build());
		}

	}

}
