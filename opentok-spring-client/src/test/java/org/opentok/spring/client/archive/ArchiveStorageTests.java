package org.opentok.spring.client.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockserver.model.HttpRequest;

import org.opentok.spring.client.core.OpenTokBadRequestException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.opentok.spring.client.archive.ArchiveTestSupport.ARCHIVES;
import static org.opentok.spring.client.archive.ArchiveTestSupport.assertRequest;
import static org.opentok.spring.client.archive.ArchiveTestSupport.error;
import static org.opentok.spring.client.archive.ArchiveTestSupport.json;
import static org.opentok.spring.client.support.MockOpenTok.assertJsonBody;

/**
 * The archive upload target: {@link ArchiveClient#setStorage(ArchiveStorage)},
 * {@link ArchiveClient#deleteStorage()} and the settings types.
 */
class ArchiveStorageTests {

	private static final String STORAGE = ARCHIVES + "/storage";

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private static final ArchiveClient client = new ArchiveClient(openTok.transport());

	private static S3ArchiveStorage.Builder s3() {
		return S3ArchiveStorage.builder()
			.accessKey("AKIA-EXAMPLE")
			.secretKey("not-a-real-secret")
			.bucket("my-archives");
	}

	private static AzureArchiveStorage.Builder azure() {
		return AzureArchiveStorage.builder()
			.accountName("myaccount")
			.accountKey("not-a-real-account-key")
			.container("archives");
	}

	@Test
	void setStoragePutsS3CompatibleSettingsAndIgnoresTheEcho() {
		String echo = """
				{"type":"s3","config":{"accessKey":"AKIA-EXAMPLE","secretKey":"not-a-real-secret",
				 "bucket":"my-archives","endpoint":"https://s3.example.com"},"fallback":"opentok"}
				""";
		openTok.respond(request(), json(200, echo));
		client.setStorage(s3().endpoint("https://s3.example.com").fallback(StorageFallback.OPENTOK).build());
		HttpRequest sent = openTok.onlyRequest();
		assertRequest(sent, "PUT", STORAGE, true);
		assertJsonBody(sent, echo);
	}

	@Test
	void setStorageLeavesOutTheEndpointAndFallbackWhenUnset() {
		openTok.respond(request(), response().withStatusCode(200));
		client.setStorage(s3().build());
		assertJsonBody(openTok.onlyRequest(), """
				{"type":"s3","config":{"accessKey":"AKIA-EXAMPLE","secretKey":"not-a-real-secret",
				 "bucket":"my-archives"}}
				""");
	}

	@Test
	void setStoragePutsAzureSettings() {
		openTok.respond(request(), response().withStatusCode(200));
		client.setStorage(azure().domain("blob.core.example.net").fallback(StorageFallback.NONE).build());
		client.setStorage(azure().build());
		HttpRequest[] sent = openTok.server().retrieveRecordedRequests(request());
		assertThat(sent).hasSize(2);
		assertRequest(sent[0], "PUT", STORAGE, true);
		assertJsonBody(sent[0], """
				{"type":"azure","config":{"accountName":"myaccount","accountKey":"not-a-real-account-key",
				 "container":"archives","domain":"blob.core.example.net"},"fallback":"none"}
				""");
		assertJsonBody(sent[1], """
				{"type":"azure","config":{"accountName":"myaccount","accountKey":"not-a-real-account-key",
				 "container":"archives"}}
				""");
	}

	@Test
	void setStorageMapsARefusal() {
		openTok.respond(request(), error(400, "Invalid bucket"));
		assertThatExceptionOfType(OpenTokBadRequestException.class).isThrownBy(() -> client.setStorage(s3().build()))
			.withMessage("archive.setStorage failed: 400 Invalid bucket")
			.satisfies((ex) -> assertThat(ex.getOperation()).isEqualTo(OpenTokOperation.ARCHIVE_SET_STORAGE));
	}

	@Test
	void deleteStorageSendsADeleteWithoutBody() {
		openTok.respond(request(), response().withStatusCode(204));
		client.deleteStorage();
		assertRequest(openTok.onlyRequest(), "DELETE", STORAGE, false);
	}

	@Test
	void deleteStorageMapsAnError() {
		openTok.respond(request(), error(403, "Forbidden"));
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(client::deleteStorage)
			.withMessage("archive.deleteStorage failed: 403 Forbidden");
	}

	@Test
	void toStringNeverShowsASecret() {
		S3ArchiveStorage s3 = s3().endpoint("https://s3.example.com").build();
		AzureArchiveStorage azure = azure().build();
		assertThat(s3.toString()).contains("AKIA-EXAMPLE", "my-archives").doesNotContain("not-a-real-secret");
		assertThat(azure.toString()).contains("myaccount", "archives").doesNotContain("not-a-real-account-key");
		assertThat(ArchiveRequests.storage(s3).toString()).doesNotContain("not-a-real-secret");
		assertThat(ArchiveRequests.storage(azure).toString()).doesNotContain("not-a-real-account-key");
	}

	@Test
	void refusesIncompleteSettingsBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> client.setStorage(null))
			.withMessage("'storage' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> s3().accessKey(" ").build())
			.withMessage("'accessKey' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> s3().secretKey(null).build())
			.withMessage("'secretKey' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> s3().bucket("").build())
			.withMessage("'bucket' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> s3().endpoint("s3.example.com").build())
			.withMessage("'endpoint' must be an absolute http(s) URL, got 's3.example.com'");
		assertThatIllegalArgumentException().isThrownBy(() -> azure().accountName(null).build())
			.withMessage("'accountName' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> azure().accountKey("").build())
			.withMessage("'accountKey' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> azure().container(" ").build())
			.withMessage("'container' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> azure().domain("").build())
			.withMessage("'domain' must not be blank");
		openTok.assertNoRequest();
	}

}
