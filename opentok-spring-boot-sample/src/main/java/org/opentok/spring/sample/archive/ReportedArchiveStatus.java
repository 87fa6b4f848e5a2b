package org.opentok.spring.sample.archive;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The latest status OpenTok reported for an archive through its webhook.
 *
 * @param archiveId the archive id
 * @param status the status, as OpenTok wrote it
 * @param url the download URL OpenTok reported, or {@code null}
 * @param reportedAt when the report arrived
 * @since 0.1.0
 */
public record ReportedArchiveStatus(String archiveId, String status, @Nullable String url, Instant reportedAt) {
}
