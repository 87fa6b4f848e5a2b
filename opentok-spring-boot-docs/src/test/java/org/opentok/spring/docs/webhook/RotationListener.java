package org.opentok.spring.docs.webhook;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.opentok.spring.client.webhook.DestroyReason;
import org.opentok.spring.client.webhook.SessionDestroyedEvent;
import org.opentok.spring.client.webhook.SessionNotificationEvent;
import org.opentok.spring.client.webhook.SessionNotificationReason;

// tag::webhook-rotation[]
@Component
class RotationListener {

	@EventListener
	void on(SessionNotificationEvent event) {
		if (event.reason() == SessionNotificationReason.SERVER_ROTATION) {
			// warn the session's clients, plan to restart its archive
		}
	}

	@EventListener
	void on(SessionDestroyedEvent event) {
		if (event.reason() == DestroyReason.SERVER_ROTATION) {
			// start the archive of event.sessionId() again once clients are back
		}
	}

}
// end::webhook-rotation[]
