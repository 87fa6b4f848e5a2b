package org.opentok.spring.sample.archive;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.opentok.spring.client.webhook.ArchiveStatusEvent;

/**
 * Records every archive status OpenTok reports through the starter's webhook endpoint, so
 * that {@code GET /archives/{id}} shows the latest one.
 *
 * @since 0.1.0
 */
@Component
class ArchiveStatusRecorder {

	private final ArchiveStatusRepository reports;

	private final Clock clock = Clock.systemUTC();

	ArchiveStatusRecorder(ArchiveStatusRepository reports) {
		this.reports = reports;
	}

	@EventListener
	void on(ArchiveStatusEvent event) {
		this.reports.save(new ReportedArchiveStatus(event.archive().id(), event.status().name(), event.archive().url(),
				this.clock.instant()));
	}

}
