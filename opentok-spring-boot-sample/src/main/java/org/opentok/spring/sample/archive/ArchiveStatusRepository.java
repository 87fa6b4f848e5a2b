package org.opentok.spring.sample.archive;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the latest reported status of each archive.
 *
 * @since 0.1.0
 */
@Repository
public class ArchiveStatusRepository {

	private final JdbcClient jdbc;

	ArchiveStatusRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a status report, replacing the previous one.
	 * @param report the report
	 */
	@Transactional
	public void save(ReportedArchiveStatus report) {
		int updated = this.jdbc
			.sql("UPDATE archive_status SET status = ?, url = ?, updated_at = ? WHERE archive_id = ?")
			.params(report.status(), report.url(), Timestamp.from(report.reportedAt()), report.archiveId())
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO archive_status (archive_id, status, url, updated_at) VALUES (?, ?, ?, ?)")
				.params(report.archiveId(), report.status(), report.url(), Timestamp.from(report.reportedAt()))
				.update();
		}
	}

	/**
	 * Returns the latest report for an archive.
	 * @param archiveId the archive id
	 * @return the report, if any arrived
	 */
	public Optional<ReportedArchiveStatus> find(String archiveId) {
		return this.jdbc.sql("SELECT archive_id, status, url, updated_at FROM archive_status WHERE archive_id = ?")
			.param(archiveId)
			.query((row, rowNumber) -> new ReportedArchiveStatus(row.getString("archive_id"), row.getString("status"),
					row.getString("url"), row.getTimestamp("updated_at").toInstant()))
			.optional();
	}

}
