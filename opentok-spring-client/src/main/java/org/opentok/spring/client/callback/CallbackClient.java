package org.opentok.spring.client.callback;

import java.util.List;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Registers, lists and unregisters the URLs OpenTok posts connection, stream and archive
 * events to ({@code /v2/project/{projectId}/callback}). Newer projects usually set these
 * URLs in the account dashboard instead. Thread-safe.
 *
 * @since 0.1.0
 */
public class CallbackClient {

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public CallbackClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Registers a URL for one kind of event.
	 * @param event the kind of event
	 * @param url the absolute http or https URL OpenTok posts the events to, without
	 * control characters
	 * @return the registration
	 * @throws IllegalArgumentException if {@code event} is {@code null} or
	 * {@link CallbackEvent#UNKNOWN}, or {@code url} is not an http(s) URL
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) if OpenTok
	 * refuses the registration
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Callback register(CallbackEvent event, String url) {
		return this.transport.execute(CallbackCalls.register(event, url));
	}

	/**
	 * Registers a URL for one kind of event given by its wire names.
	 * @param group {@code connection}, {@code stream} or {@code archive}
	 * @param event {@code created} or {@code destroyed} for connections and streams,
	 * {@code status} for archives
	 * @param url the absolute http or https URL OpenTok posts the events to
	 * @return the registration
	 * @throws IllegalArgumentException if the group and event are not an allowed pair, or
	 * {@code url} is not an http(s) URL
	 * @throws org.opentok.spring.client.core.OpenTokBadRequestException (400) if OpenTok
	 * refuses the registration
	 * @throws OpenTokApiException for any other non-2xx answer
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Callback register(String group, String event, String url) {
		return register(CallbackCalls.knownEvent(group, event), url);
	}

	/**
	 * Unregisters a URL.
	 * @param callbackId the registration's id
	 * @throws IllegalArgumentException if {@code callbackId} is not an id
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void unregister(String callbackId) {
		this.transport.send(CallbackCalls.unregister(callbackId));
	}

	/**
	 * Lists every registered URL.
	 * @return the registrations, possibly empty
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public List<Callback> list() {
		return List.copyOf(this.transport.execute(CallbackCalls.list()));
	}

}
