package org.opentok.spring.client.core;

import java.security.KeyPairGenerator;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.opentok.spring.client.TestRsaKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OpenTokCredentials} and its implementations.
 */
class OpenTokCredentialsTests {

	private static final String SECRET = "abcdef0123456789abcdef0123456789abcdef01";

	private static final String APPLICATION_ID = "9f3c2b1a-0e4d-4c5b-8a7f-6e5d4c3b2a10";

	@Test
	void projectCredentialsAcceptNumericKey() {
		ProjectCredentials credentials = OpenTokCredentials.project("123456", SECRET);
		assertThat(credentials.apiKey()).isEqualTo("123456");
		assertThat(credentials.apiSecret()).isEqualTo(SECRET);
		assertThat(credentials.projectId()).isEqualTo("123456");
		assertThat(credentials.defaultApiUrl()).hasToString("https://api.opentok.com");
	}

	@Test
	void projectCredentialsRejectNonNumericKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project("12a456", SECRET))
			.withMessageContaining("'apiKey'")
			.withMessageContaining("numeric")
			.withMessageNotContaining(SECRET);
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project("-123456", SECRET))
			.withMessageContaining("'apiKey'");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project(APPLICATION_ID, SECRET))
			.withMessageContaining("'apiKey'");
	}

	@Test
	void projectCredentialsRejectBlankKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project(" ", SECRET))
			.withMessage("'apiKey' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project(null, SECRET))
			.withMessage("'apiKey' must not be blank");
	}

	@Test
	void projectCredentialsRejectBlankSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project("123456", ""))
			.withMessage("'apiSecret' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project("123456", " \t"))
			.withMessage("'apiSecret' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.project("123456", null))
			.withMessage("'apiSecret' must not be blank");
	}

	@Test
	void accountCredentialsValidateLikeProjectCredentials() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AccountCredentials("abc", SECRET))
			.withMessageContaining("'apiKey'");
		assertThatIllegalArgumentException().isThrownBy(() -> new AccountCredentials("987654", ""))
			.withMessage("'apiSecret' must not be blank");
	}

	@Test
	void credentialsToStringHidesTheSecret() {
		assertThat(OpenTokCredentials.project("123456", SECRET).toString()).contains("123456").doesNotContain(SECRET);
		assertThat(new AccountCredentials("987654", SECRET).toString()).contains("987654").doesNotContain(SECRET);
		VonageCredentials vonage = OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem());
		assertThat(vonage.toString()).contains(APPLICATION_ID)
			.doesNotContain("PRIVATE KEY")
			.doesNotContain(vonage.privateKey().toString());
	}

	@Test
	void vonageCredentialsReadPkcs8Pem() {
		VonageCredentials credentials = OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem());
		assertThat(credentials.applicationId()).isEqualTo(APPLICATION_ID);
		assertThat(credentials.projectId()).isEqualTo(APPLICATION_ID);
		assertThat(credentials.privateKey().getEncoded()).isEqualTo(TestRsaKeys.keyPair().getPrivate().getEncoded());
		assertThat(credentials.defaultApiUrl()).hasToString("https://video.api.vonage.com");
	}

	@Test
	void vonageCredentialsReadPemWithUnixLineEndingsAndSurroundingText() {
		String pem = "key for app\n" + TestRsaKeys.pkcs8Pem().replace("\r\n", "\n");
		assertThat(OpenTokCredentials.vonage(APPLICATION_ID, pem).privateKey().getEncoded())
			.isEqualTo(TestRsaKeys.keyPair().getPrivate().getEncoded());
	}

	@Test
	void vonageCredentialsRejectPkcs1Pem() {
		String pkcs1 = TestRsaKeys.pem("RSA PRIVATE KEY", new byte[] { 0x30, 0x03, 0x02, 0x01, 0x00 });
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.vonage(APPLICATION_ID, pkcs1))
			.withMessageContaining("'privateKey' is a PKCS#1 key")
			.withMessageContaining("openssl pkcs8 -topk8")
			.withMessageContaining("-----BEGIN PRIVATE KEY-----");
	}

	@Test
	void vonageCredentialsRejectTextWithoutPemMarkers() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.vonage(APPLICATION_ID, "not a key"))
			.withMessageContaining("'privateKey' must be a PKCS#8 PEM key");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.vonage(APPLICATION_ID, " "))
			.withMessage("'privateKey' must not be blank");
	}

	@Test
	void vonageCredentialsRejectGarbageBetweenPemMarkers() {
		String garbage = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n";
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.vonage(APPLICATION_ID, garbage))
			.withMessage("'privateKey' is not a readable PKCS#8 RSA private key");
		String notBase64 = "-----BEGIN PRIVATE KEY-----\n***\n-----END PRIVATE KEY-----\n";
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.vonage(APPLICATION_ID, notBase64))
			.withMessage("'privateKey' is not a readable PKCS#8 RSA private key");
	}

	@Test
	void vonageCredentialsRejectNonRsaKey() throws Exception {
		KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
		ec.initialize(256);
		String ecPem = TestRsaKeys.pem("PRIVATE KEY", ec.generateKeyPair().getPrivate().getEncoded());
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.vonage(APPLICATION_ID, ecPem))
			.withMessageContaining("'privateKey'");
	}

	@Test
	void vonageCredentialsRejectBlankApplicationId() {
		assertThatIllegalArgumentException().isThrownBy(() -> OpenTokCredentials.vonage(" ", TestRsaKeys.pkcs8Pem()))
			.withMessage("'applicationId' must not be blank");
	}

	@Test
	void transportAndAuthenticatorToStringHideTheSecret() {
		ProjectCredentials credentials = OpenTokCredentials.project("123456", SECRET);
		OpenTokTransport transport = OpenTokTransport.builder(credentials).build();
		assertThat(transport.toString()).contains("123456").contains("https://api.opentok.com").doesNotContain(SECRET);
		RequestAuthenticator authenticator = RequestAuthenticator.forCredentials(credentials, Clock.systemUTC());
		assertThat(authenticator).isInstanceOf(OpenTokJwtAuthenticator.class);
		assertThat(authenticator.toString()).doesNotContain(SECRET);
		VonageCredentials vonage = OpenTokCredentials.vonage(APPLICATION_ID, TestRsaKeys.pkcs8Pem());
		assertThat(RequestAuthenticator.forCredentials(vonage, Clock.systemUTC()))
			.isInstanceOf(VonageJwtAuthenticator.class);
		assertThat(OpenTokTransport.builder(vonage).build().toString()).contains(APPLICATION_ID)
			.doesNotContain("PRIVATE KEY");
	}

}
