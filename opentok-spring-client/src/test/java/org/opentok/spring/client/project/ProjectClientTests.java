package org.opentok.spring.client.project;

import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.AccountCredentials;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokAuthenticationException;
import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokInvalidResponseException;
import org.opentok.spring.client.core.OpenTokNotFoundException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.support.MockOpenTok.json;

/**
 * Tests for {@link ProjectClient} against a MockServer, with account credentials.
 */
class ProjectClientTests {

	private static final String ACCOUNT_KEY = "987654";

	private static final String ACCOUNT_SECRET = "0123456789abcdef0123456789abcdef01234567";

	private static final String PROJECT_KEY = "40000001";

	private static final String PROJECT_SECRET = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private final ProjectClient client = new ProjectClient(
			OpenTokTransport.accountBuilder(new AccountCredentials(ACCOUNT_KEY, ACCOUNT_SECRET))
				.apiUrl(URI.create("http://localhost:" + openTok.server().getPort()))
				.readTimeout(Duration.ofSeconds(2))
				.build());

	@Test
	void createWithoutNameSendsNoBodyAndNoContentType() {
		openTok.respond(request().withPath("/v2/project"), json(200, project("VALID", PROJECT_SECRET)));
		Project project = this.client.create();
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project");
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		assertAccountAuth(sent);
		MockOpenTok.assertNoBody(sent);
		assertThat(project).isEqualTo(new Project(PROJECT_KEY, PROJECT_SECRET, "VALID", "example",
				Instant.ofEpochMilli(1579163008000L), "default", "Standard Environment"));
		assertThat(project.status()).isEqualTo(ProjectStatus.VALID);
	}

	@Test
	void createWithNameSendsTheNameAsJson() {
		openTok.respond(request().withPath("/v2/project"), json(200, project("VALID", PROJECT_SECRET)));
		this.client.create("Team \"blue\"");
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project");
		assertAccountAuth(sent);
		MockOpenTok.assertJsonBody(sent, "{\"name\": \"Team \\\"blue\\\"\"}");
	}

	@Test
	void getSendsAGetAndReadsLowerCaseStatusAndNumericKeys() {
		openTok.respond(request().withPath("/v2/project/" + PROJECT_KEY), json(200, """
				{"id": 40000001, "secret": "%s", "status": "active", "name": "example",
				 "createdAt": "1579163008000", "environmentName": "default",
				 "environmentDescription": "Standard Environment", "somethingNew": [1]}
				""".formatted(PROJECT_SECRET)));
		Project project = this.client.get(PROJECT_KEY);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/" + PROJECT_KEY);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		assertAccountAuth(sent);
		assertThat(project.id()).isEqualTo(PROJECT_KEY);
		assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
		assertThat(project.rawStatus()).isEqualTo("active");
		assertThat(project.createdAt()).isEqualTo(Instant.ofEpochMilli(1579163008000L));
	}

	@Test
	void getReadsAnUnknownStatus() {
		openTok.respond(request().withPath("/v2/project/" + PROJECT_KEY),
				json(200, "{\"id\": \"" + PROJECT_KEY + "\", \"status\": \"ARCHIVED\"}"));
		Project project = this.client.get(PROJECT_KEY);
		assertThat(project.status()).isEqualTo(ProjectStatus.UNKNOWN);
		assertThat(project.rawStatus()).isEqualTo("ARCHIVED");
		assertThat(project.secret()).isNull();
	}

	@Test
	void getReadsAMissingStatusAsUnknown() {
		openTok.respond(request().withPath("/v2/project/" + PROJECT_KEY),
				json(200, "{\"id\": \"" + PROJECT_KEY + "\"}"));
		Project project = this.client.get(PROJECT_KEY);
		assertThat(project.status()).isEqualTo(ProjectStatus.UNKNOWN);
		assertThat(project.rawStatus()).isNull();
	}

	@Test
	void listReadsTheArray() {
		openTok.respond(request().withPath("/v2/project"),
				json(200, "[" + project("ACTIVE", PROJECT_SECRET) + ", " + project("SUSPENDED", PROJECT_SECRET) + "]"));
		List<Project> projects = this.client.list();
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("GET");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project");
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertThat(sent.getFirstHeader("Accept")).isEqualTo("application/json");
		assertAccountAuth(sent);
		assertThat(projects).extracting(Project::status).containsExactly(ProjectStatus.ACTIVE, ProjectStatus.SUSPENDED);
	}

	@ParameterizedTest
	@EnumSource(names = { "ACTIVE", "SUSPENDED" })
	void changeStatusPutsTheStatus(ProjectStatus status) {
		openTok.respond(request().withPath("/v2/project/" + PROJECT_KEY),
				json(200, project(status.wireValue(), PROJECT_SECRET)));
		Project project = this.client.changeStatus(PROJECT_KEY, status);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("PUT");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/" + PROJECT_KEY);
		assertThat(MockOpenTok.queryNames(sent)).isEmpty();
		assertAccountAuth(sent);
		MockOpenTok.assertJsonBody(sent, "{\"status\": \"" + status.wireValue() + "\"}");
		assertThat(project.status()).isEqualTo(status);
	}

	@ParameterizedTest
	@EnumSource(names = { "VALID", "UNKNOWN" })
	void changeStatusRefusesStatusesThatCannotBeSet(ProjectStatus status) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.changeStatus(PROJECT_KEY, status))
			.withMessage("'status' must be ACTIVE or SUSPENDED, got " + status);
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.changeStatus(PROJECT_KEY, null))
			.withMessage("'status' must not be null");
		openTok.assertNoRequest();
	}

	@Test
	void deleteSendsADeleteWithoutBody() {
		openTok.respond(request().withPath("/v2/project/" + PROJECT_KEY), response().withStatusCode(204));
		this.client.delete(PROJECT_KEY);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("DELETE");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/" + PROJECT_KEY);
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		assertAccountAuth(sent);
		MockOpenTok.assertNoBody(sent);
	}

	@Test
	void refreshSecretPostsWithoutBodyAndReadsTheNewSecret() {
		String newSecret = "ffffffffffffffffffffffffffffffffffffffff";
		openTok.respond(request().withPath("/v2/project/" + PROJECT_KEY + "/refreshSecret"),
				json(200, project("ACTIVE", newSecret)));
		Project project = this.client.refreshSecret(PROJECT_KEY);
		HttpRequest sent = openTok.onlyRequest();
		assertThat(sent.getMethod().getValue()).isEqualTo("POST");
		assertThat(sent.getPath().getValue()).isEqualTo("/v2/project/" + PROJECT_KEY + "/refreshSecret");
		assertThat(sent.containsHeader("Content-Type")).isFalse();
		assertAccountAuth(sent);
		MockOpenTok.assertNoBody(sent);
		assertThat(project.secret()).isEqualTo(newSecret);
	}

	@Test
	void neverShowsTheSecret() {
		Project project = new Project(PROJECT_KEY, PROJECT_SECRET, "ACTIVE", "example", null, null, null);
		assertThat(project.toString()).doesNotContain(PROJECT_SECRET)
			.contains("secret=******")
			.contains(PROJECT_KEY)
			.contains("rawStatus=ACTIVE");
	}

	@Test
	void refusesASuccessWithoutAProject() {
		openTok.respond(request().withPath("/v2/project"), response().withStatusCode(200));
		assertThatExceptionOfType(OpenTokInvalidResponseException.class).isThrownBy(() -> this.client.create())
			.withMessageStartingWith("project.create failed: invalid response");
	}

	static Stream<Arguments> errors() {
		return Stream.of(
				Arguments.of(OpenTokOperation.PROJECT_GET, 404, OpenTokNotFoundException.class,
						(Consumer<ProjectClient>) (client) -> client.get(PROJECT_KEY)),
				Arguments.of(OpenTokOperation.PROJECT_CREATE, 400, OpenTokBadRequestException.class,
						(Consumer<ProjectClient>) (client) -> client.create("x")),
				Arguments.of(OpenTokOperation.PROJECT_LIST, 403, OpenTokAuthenticationException.class,
						(Consumer<ProjectClient>) (client) -> client.list()),
				Arguments.of(OpenTokOperation.PROJECT_CHANGE_STATUS, 404, OpenTokNotFoundException.class,
						(Consumer<ProjectClient>) (client) -> client.changeStatus(PROJECT_KEY,
								ProjectStatus.SUSPENDED)),
				Arguments.of(OpenTokOperation.PROJECT_DELETE, 404, OpenTokNotFoundException.class,
						(Consumer<ProjectClient>) (client) -> client.delete(PROJECT_KEY)),
				Arguments.of(OpenTokOperation.PROJECT_REFRESH_SECRET, 403, OpenTokAuthenticationException.class,
						(Consumer<ProjectClient>) (client) -> client.refreshSecret(PROJECT_KEY)));
	}

	@ParameterizedTest
	@MethodSource("errors")
	void mapsErrorStatuses(OpenTokOperation operation, int status, Class<? extends OpenTokApiException> type,
			Consumer<ProjectClient> call) {
		openTok.respond(request(),
				json(status, "{\"code\":20001,\"message\":\"Project problem\",\"description\":\"Project problem\"}"));
		assertThatExceptionOfType(type).isThrownBy(() -> call.accept(this.client)).satisfies((ex) -> {
			assertThat(ex.getOperation()).isEqualTo(operation);
			assertThat(ex.getStatusCode()).isEqualTo(status);
			assertThat(ex.getErrorCode()).isEqualTo(20001);
			assertThat(ex.getErrorMessage()).isEqualTo("Project problem");
			assertThat(ex.getMessage())
				.isEqualTo(operation.operationName() + " failed: " + status + " Project problem");
		});
	}

	@Test
	void refusesBadArgumentsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.get("4000/0001"))
			.withMessageStartingWith("'projectKey' must be an OpenTok id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.delete(""))
			.withMessage("'projectKey' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.refreshSecret(null))
			.withMessage("'projectKey' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.changeStatus("a b", ProjectStatus.ACTIVE))
			.withMessageStartingWith("'projectKey' must be an OpenTok id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.create(" "))
			.withMessage("'name' must not be blank");
		openTok.assertNoRequest();
	}

	private static String project(String status, String secret) {
		return """
				{"id": "%s", "secret": "%s", "status": "%s", "name": "example", "createdAt": 1579163008000,
				 "environmentName": "default", "environmentDescription": "Standard Environment"}
				""".formatted(PROJECT_KEY, secret, status);
	}

	// MockOpenTok.assertProjectAuth expects
	// ist=project; account calls must say ist=account
	private static void assertAccountAuth(HttpRequest request) {
		String jwt = request.getFirstHeader("X-OPENTOK-AUTH");
		assertThat(jwt).as("X-OPENTOK-AUTH").isNotBlank();
		try {
			SignedJWT signed = SignedJWT.parse(jwt);
			assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
			assertThat(signed.verify(new MACVerifier(ACCOUNT_SECRET))).as("signed with the account secret").isTrue();
			assertThat(signed.verify(new MACVerifier(MockOpenTok.API_SECRET))).as("signed with a project secret")
				.isFalse();
			JWTClaimsSet claims = signed.getJWTClaimsSet();
			assertThat(claims.getIssuer()).isEqualTo(ACCOUNT_KEY);
			assertThat(claims.getStringClaim("ist")).isEqualTo("account");
			assertThat(claims.getJWTID()).isNotBlank();
			assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
			assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
				.isLessThanOrEqualTo(Duration.ofMinutes(5));
		}
		catch (ParseException | JOSEException ex) {
			throw new AssertionError("X-OPENTOK-AUTH is not a valid JWT", ex);
		}
	}

}
