package org.opentok.spring.client.archive;

import org.jspecify.annotations.Nullable;

/**
 * Where the project's archives are uploaded: an S3 (or S3-compatible) bucket or an Azure
 * container. Implementations keep their secret out of {@code toString()}.
 *
 * @since 0.1.0
 */
public sealed interface ArchiveStorage permits S3ArchiveStorage, AzureArchiveStorage {

	/**
	 * Returns what happens to an archive when the upload fails.
	 * @return the fallback, or {@code null} for the server's default
	 * ({@link StorageFallback#NONE})
	 */
	@Nullable StorageFallback fallback();

}
