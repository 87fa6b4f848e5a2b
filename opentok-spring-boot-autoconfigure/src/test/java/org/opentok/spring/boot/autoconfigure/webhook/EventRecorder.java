package org.opentok.spring.boot.autoconfigure.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

import org.opentok.spring.client.webhook.ArchiveStatusEvent;
import org.opentok.spring.client.webhook.BroadcastStatusEvent;
import org.opentok.spring.client.webhook.CaptionStatusEvent;
import org.opentok.spring.client.webhook.ConnectionCreatedEvent;
import org.opentok.spring.client.webhook.ConnectionDestroyedEvent;
import org.opentok.spring.client.webhook.OpenTokEvent;
import org.opentok.spring.client.webhook.RenderStatusEvent;
import org.opentok.spring.client.webhook.SessionCreatedEvent;
import org.opentok.spring.client.webhook.SessionDestroyedEvent;
import org.opentok.spring.client.webhook.SessionNotificationEvent;
import org.opentok.spring.client.webhook.SipCallEvent;
import org.opentok.spring.client.webhook.StreamCreatedEvent;
import org.opentok.spring.client.webhook.StreamDestroyedEvent;
import org.opentok.spring.client.webhook.UnknownOpenTokEvent;

/**
 * Listens for every event type the way an application would, one typed
 * {@link EventListener} method each, and keeps what arrives.
 */
class EventRecorder {

	private final List<OpenTokEvent> events = new CopyOnWriteArrayList<>();

	List<OpenTokEvent> events() {
		return this.events;
	}

	@EventListener
	void on(ConnectionCreatedEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(ConnectionDestroyedEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(StreamCreatedEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(StreamDestroyedEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(SessionCreatedEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(SessionDestroyedEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(SessionNotificationEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(ArchiveStatusEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(BroadcastStatusEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(SipCallEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(RenderStatusEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(CaptionStatusEvent event) {
		this.events.add(event);
	}

	@EventListener
	void on(UnknownOpenTokEvent event) {
		this.events.add(event);
	}

}
