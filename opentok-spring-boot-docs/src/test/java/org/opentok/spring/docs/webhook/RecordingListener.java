package org.opentok.spring.docs.webhook;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.ConnectionDestroyedEvent;

// tag::webhook-listener[]
@Component
class RecordingListener {

	@EventListener
	void on(ArchiveStatusEvent event) {
		if (event.status() == ArchiveStatus.AVAILABLE) {
			// event.archive().url() is valid for about 10 minutes
		}
	}

	@EventListener
	void on(ConnectionDestroyedEvent event) {
		// event.sessionId(), event.connection().id(), event.reason()
	}

}
// end::webhook-listener[]
