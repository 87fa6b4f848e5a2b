package org.opentok.spring.client.archive;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.internal.Arguments;

/**
 * Archives are uploaded to a Microsoft Azure storage container. Immutable; build with
 * {@link #builder()}. {@link #toString()} hides the account key. The account name,
 * container and domain end up in the URLs of OpenTok's uploads and must not contain
 * control characters.
 *
 * @param accountName the storage account name
 * @param accountKey the storage account key
 * @param container the container name
 * @param domain the storage domain, or {@code null} for Azure's default
 * @param fallback what happens when the upload fails, or {@code null} for the server's
 * default ({@link StorageFallback#NONE})
 * @since 0.1.0
 */
public record AzureArchiveStorage(String accountName, String accountKey, String container, @Nullable String domain,
		@Nullable StorageFallback fallback) implements ArchiveStorage {

	/**
	 * Validates the settings.
	 * @param accountName the storage account name
	 * @param accountKey the storage account key
	 * @param container the container name
	 * @param domain the storage domain, or {@code null}
	 * @param fallback the fallback, or {@code null}
	 */
	public AzureArchiveStorage {
		Arguments.requireNonBlank(accountName, "accountName");
		Arguments.requireNoControlCharacters(accountName, "accountName");
		Arguments.requireNonBlank(accountKey, "accountKey");
		Arguments.requireNonBlank(container, "container");
		Arguments.requireNoControlCharacters(container, "container");
		if (domain != null) {
			Arguments.requireNonBlank(domain, "domain");
			Arguments.requireNoControlCharacters(domain, "domain");
		}
	}

	/**
	 * Starts building Azure settings.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "AzureArchiveStorage[accountName=" + this.accountName + ", accountKey=******, container="
				+ this.container + ", domain=" + this.domain + ", fallback=" + this.fallback + "]";
	}

	/**
	 * Builds {@link AzureArchiveStorage}.
	 */
	public static final class Builder {

		private @Nullable String accountName;

		private @Nullable String accountKey;

		private @Nullable String container;

		private @Nullable String domain;

		private @Nullable StorageFallback fallback;

		private Builder() {
		}

		/**
		 * Sets the storage account name (required).
		 * @param accountName the account name
		 * @return this builder
		 */
		public Builder accountName(String accountName) {
			this.accountName = accountName;
			return this;
		}

		/**
		 * Sets the storage account key (required).
		 * @param accountKey the account key
		 * @return this builder
		 */
		public Builder accountKey(String accountKey) {
			this.accountKey = accountKey;
			return this;
		}

		/**
		 * Sets the container name (required).
		 * @param container the container name
		 * @return this builder
		 */
		public Builder container(String container) {
			this.container = container;
			return this;
		}

		/**
		 * Sets the storage domain; leave unset for Azure's default.
		 * @param domain the domain
		 * @return this builder
		 */
		public Builder domain(@Nullable String domain) {
			this.domain = domain;
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
		 * @throws IllegalArgumentException if a required value is missing
		 */
		public AzureArchiveStorage build() {
			return new AzureArchiveStorage(this.accountName, this.accountKey, this.container, this.domain,
					this.fallback);
		}

	}

}
