package org.opentok.spring.client.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of the archive calls that have no public options type.
 */
final class ArchiveRequests {

	private ArchiveRequests() {
	}

	static StorageBody storage(ArchiveStorage storage) {
		if (storage instanceof S3ArchiveStorage s3) {
			return new StorageBody("s3", new S3Config(s3.accessKey(), s3.secretKey(), s3.bucket(), s3.endpoint()),
					s3.fallback());
		}
		AzureArchiveStorage azure = (AzureArchiveStorage) storage;
		return new StorageBody("azure",
				new AzureConfig(azure.accountName(), azure.accountKey(), azure.container(), azure.domain()),
				azure.fallback());
	}

	/**
	 * {@code PUT .../archive/storage}.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record StorageBody(@JsonProperty("type") String type, @JsonProperty("config") Object config,
			@JsonProperty("fallback") @Nullable StorageFallback fallback) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record S3Config(@JsonProperty("accessKey") String accessKey, @JsonProperty("secretKey") String secretKey,
			@JsonProperty("bucket") String bucket, @JsonProperty("endpoint") @Nullable String endpoint) {

		@Override
		public String toString() {
			return "S3Config[accessKey=" + this.accessKey + ", secretKey=******, bucket=" + this.bucket + ", endpoint="
					+ this.endpoint + "]";
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AzureConfig(@JsonProperty("accountName") String accountName, @JsonProperty("accountKey") String accountKey,
			@JsonProperty("container") String container, @JsonProperty("domain") @Nullable String domain) {

		@Override
		public String toString() {
			return "AzureConfig[accountName=" + this.accountName + ", accountKey=******, container=" + this.container
					+ ", domain=" + this.domain + "]";
		}

	}

}
