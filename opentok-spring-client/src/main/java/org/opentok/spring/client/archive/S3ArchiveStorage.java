package org.opentok.spring.client.archive;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * Archives are uploaded to an Amazon S3 bucket, or to an S3-compatible service at
 * {@code endpoint}. Immutable; build with {@link #builder()}. {@link #toString()} hides
 * the secret key. The access key, bucket and endpoint end up in the headers and URLs of
 * OpenTok's uploads and must not contain control characters.
 *
 * @param accessKey the access key id
 * @param secretKey the secret access key
 * @param bucket the bucket name
 * @param endpoint the URL of an S3-compatible service, or {@code null} for Amazon S3
 * @param fallback what happens when the upload fails, or {@code null} for the server's
 * default ({@link StorageFallback#NONE})
 * @since 0.1.0
 */
public record S3ArchiveStorage(String accessKey, String secretKey, String bucket, @Nullable String endpoint,
		@Nullable StorageFallback fallback) implements ArchiveStorage {

	/**
	 * Validates the settings.
	 * @param accessKey the access key id
	 * @param secretKey the secret access key
	 * @param bucket the bucket name
	 * @param endpoint the URL of an S3-compatible service, or {@code null}
	 * @param fallback the fallback, or {@code null}
	 */
	public S3ArchiveStorage {
		Arguments.requireNonBlank(accessKey, "accessKey");
		Arguments.requireNoControlCharacters(accessKey, "accessKey");
		Arguments.requireNonBlank(secretKey, "secretKey");
		Arguments.requireNonBlank(bucket, "bucket");
		Arguments.requireNoControlCharacters(bucket, "bucket");
		if (endpoint != null) {
			Arguments.requireNoControlCharacters(endpoint, "endpoint");
			requireHttpUrl(endpoint);
		}
	}

	private static void requireHttpUrl(String endpoint) {
		try {
			URI uri = new URI(endpoint);
			if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new IllegalArgumentException("'endpoint' must be an absolute http(s) URL, got '" + endpoint + "'");
	}

	/**
	 * Starts building S3 settings.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "S3ArchiveStorage[accessKey=" + this.accessKey + ", secretKey=******, bucket=" + this.bucket
				+ ", endpoint=" + this.endpoint + ", fallback=" + this.fallback + "]";
	}

	/**
	 * Builds {@link S3ArchiveStorage}.
	 */
	public static final class Builder {

		private @Nullable String accessKey;

		private @Nullable String secretKey;

		private @Nullable String bucket;

		private @Nullable String endpoint;

		private @Nullable StorageFallback fallback;

		private Builder() {
		}

		/**
		 * Sets the access key id (required).
		 * @param accessKey the access key id
		 * @return this builder
		 */
		public Builder accessKey(String accessKey) {
			this.accessKey = accessKey;
			return this;
		}

		/**
		 * Sets the secret access key (required).
		 * @param secretKey the secret access key
		 * @return this builder
		 */
		public Builder secretKey(String secretKey) {
			this.secretKey = secretKey;
			return this;
		}

		/**
		 * Sets the bucket name (required).
		 * @param bucket the bucket name
		 * @return this builder
		 */
		public Builder bucket(String bucket) {
			this.bucket = bucket;
			return this;
		}

		/**
		 * Sets the URL of an S3-compatible service; leave unset for Amazon S3.
		 * @param endpoint the URL, such as {@code https://s3.example.com}
		 * @return this builder
		 */
		public Builder endpoint(@Nullable String endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Sets what happens when the upload fails (server default
		 * {@link StorageFallback#NONE}).
		 * @param fallback the fallback
		 * @return this builder
		 */
		public Builder fallback(@Nullable StorageFallback fallback) {
			this.fallback = fallback;
			return this;
		}

		/**
		 * Builds the settings.
		 * @return the settings
		 * @throws IllegalArgumentException if a required value is missing or the endpoint
		 * is not an http(s) URL
		 */
		public S3ArchiveStorage build() {
			return new S3ArchiveStorage(this.accessKey, this.secretKey, this.bucket, this.endpoint, this.fallback);
		}

	}

}
