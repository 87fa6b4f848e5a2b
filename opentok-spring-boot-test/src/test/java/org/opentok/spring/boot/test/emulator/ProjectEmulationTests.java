package org.opentok.spring.boot.test.emulator;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.RetryPolicy;
import org.opentok.spring.client.project.Project;
import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.project.ProjectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code ProjectClient} with account credentials: projects made here work with the rest
 * of the emulator.
 */
class ProjectEmulationTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private static final ProjectClient projects = fixture.openTok().projects();

	private static OpenTok clientOf(Project project) {
		return OpenTok.builder(project.id(), project.secret())
			.apiUrl(fixture.emulator().baseUrl())
			.retryPolicy(RetryPolicy.none())
			.build();
	}

	@Test
	void createsProjectsThatCanCallTheApi() {
		Project named = projects.create("example");
		Project unnamed = projects.create();
		assertThat(named.name()).isEqualTo("example");
		assertThat(named.secret()).hasSize(40);
		assertThat(named.status()).isEqualTo(ProjectStatus.VALID);
		assertThat(named.environmentName()).isEqualTo("default");
		assertThat(unnamed.name()).isNull();
		assertThat(projects.get(named.id()).name()).isEqualTo("example");
		assertThat(projects.list()).extracting(Project::id)
			.contains(fixture.emulator().credentials().apiKey(), named.id(), unnamed.id());
		assertThat(clientOf(named).sessions().create().sessionId()).isNotBlank();
	}

	@Test
	void suspendsAndReactivatesAProject() {
		Project project = projects.create("suspended");
		assertThat(projects.changeStatus(project.id(), ProjectStatus.SUSPENDED).status())
			.isEqualTo(ProjectStatus.SUSPENDED);
		assertThatExceptionOfType(OpenTokAuthenticationException.class)
			.isThrownBy(() -> clientOf(project).sessions().create())
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("suspended"));
		projects.changeStatus(project.id(), ProjectStatus.ACTIVE);
		assertThat(clientOf(project).sessions().create()).isNotNull();
		assertThat(fixture.send("PUT", "/v2/project/" + project.id(),
				Map.of("X-OPENTOK-AUTH", accountJwt(), "Content-Type", "application/json"), "{\"status\":\"VALID\"}")
			.status()).isEqualTo(400);
	}

	@Test
	void refreshesTheSecretSoThatTheOldOneStopsWorking() {
		Project project = projects.create();
		Project refreshed = projects.refreshSecret(project.id());
		assertThat(refreshed.secret()).isNotEqualTo(project.secret());
		assertThatExceptionOfType(OpenTokAuthenticationException.class)
			.isThrownBy(() -> clientOf(project).sessions().create());
		assertThat(clientOf(refreshed).sessions().create()).isNotNull();
		assertThat(fixture.emulator().credentials(project.id()).apiSecret()).isEqualTo(refreshed.secret());
	}

	@Test
	void deletesAProject() {
		Project project = projects.create();
		projects.delete(project.id());
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> projects.get(project.id()));
		assertThatExceptionOfType(OpenTokNotFoundException.class).isThrownBy(() -> projects.delete(project.id()));
		assertThatExceptionOfType(OpenTokAuthenticationException.class)
			.isThrownBy(() -> clientOf(project).sessions().create());
	}

	@Test
	void refusesProjectCallsSignedWithProjectCredentials() {
		Instant now = Instant.now();
		String projectJwt = EmulatorFixture.authJwt(fixture.emulator().credentials(), "account", now,
				now.plusSeconds(60));
		EmulatorFixture.Raw answer = fixture.send("GET", "/v2/project", Map.of("X-OPENTOK-AUTH", projectJwt), null);
		assertThat(answer.status()).isEqualTo(403);
		assertThat(fixture.send("GET", "/v2/project", Map.of("X-OPENTOK-AUTH", accountJwt()), null).status())
			.isEqualTo(200);
	}

	private static String accountJwt() {
		Instant now = Instant.now();
		return EmulatorFixture.authJwt(fixture.emulator().account(), "account", now, now.plusSeconds(60));
	}

}
