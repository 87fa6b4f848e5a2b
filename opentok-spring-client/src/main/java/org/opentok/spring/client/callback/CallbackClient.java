package org.opentok.spring.client.callback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.WireEnums;

/**
 * Registers, lists and unregisters the URLs OpenTok posts connection, stream and archive
 * events to ({@code /v2/project/{projectId}/callback}). Newer projects usually set these
 * URLs in the account dashboard instead. Thread-safe.
 *
 * @since 0.1.0
 */
public class CallbackClient {

	private static final ParameterizedTypeReference<List<Callback>> CALLBACKS = new ParameterizedTypeReference<>() {
	};

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
		WireEnums.requireKnown(event, CallbackEvent.UNKNOWN, "event");
		requireHttpUrl(url);
		return this.transport.callForBody(OpenTokOperation.CALLBACK_REGISTER, "/v2/project/{projectId}/callback",
				Map.of(),
				(request) -> request.contentType(MediaType.APPLICATION_JSON)
					.body(new RegisterCallbackRequest(event.group(), event.event(), url))
					.retrieve()
					.body(Callback.class),
				OpenTokTransport.requiring(Callback::id, "a callback with an id"));
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
		CallbackEvent known = CallbackEvent.of(group, event);
		if (known == CallbackEvent.UNKNOWN) {
			throw new IllegalArgumentException("'group' and 'event' must be connection/created, connection/destroyed, "
					+ "stream/created, stream/destroyed or archive/status, got '" + group + "/" + event + "'");
		}
		return register(known, url);
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
		Arguments.requireId(callbackId, "callbackId");
		this.transport.call(OpenTokOperation.CALLBACK_UNREGISTER, "/v2/project/{projectId}/callback/{callbackId}",
				Map.of("callbackId", callbackId), (request) -> request.retrieve().toBodilessEntity());
	}

	/**
	 * Lists every registered URL.
	 * @return the registrations, possibly empty
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public List<Callback> list() {
		List<Callback> callbacks = this.transport.call(OpenTokOperation.CALLBACK_LIST,
				"/v2/project/{projectId}/callback", Map.of(), (request) -> request.retrieve().body(CALLBACKS));
		return List.copyOf(callbacks);
	}

	private static void requireHttpUrl(String url) {
		Arguments.requireNonBlank(url, "url");
		Arguments.requireNoControlCharacters(url, "url");
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("'url' must be an absolute http or https URL, got '" + url + "'");
		}
		String scheme = uri.getScheme();
		if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
				|| uri.getHost() == null) {
			throw new IllegalArgumentException("'url' must be an absolute http or https URL, got '" + url + "'");
		}
	}

}
