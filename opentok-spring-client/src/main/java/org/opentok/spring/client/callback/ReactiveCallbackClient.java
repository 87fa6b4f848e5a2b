package org.opentok.spring.client.callback;

import java.util.List;

import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.ReactiveOpenTokTransport;

/**
 * The reactive twin of {@link CallbackClient}: the same calls, requests and errors, as
 * {@link Mono}s that send nothing before subscription. Arguments are validated when a
 * method is called, with the {@link IllegalArgumentException} the blocking client throws.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveCallbackClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveCallbackClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Registers a URL for one kind of event, as
	 * {@link CallbackClient#register(CallbackEvent, String)} does.
	 * @param event the kind of event
	 * @param url the absolute http or https URL OpenTok posts the events to
	 * @return the registration
	 * @throws IllegalArgumentException if {@code event} is {@code null} or unknown, or
	 * {@code url} is not an absolute http or https URL
	 */
	public Mono<Callback> register(CallbackEvent event, String url) {
		return this.transport.execute(CallbackCalls.register(event, url));
	}

	/**
	 * Registers a URL for one kind of event given by its wire names, as
	 * {@link CallbackClient#register(String, String, String)} does.
	 * @param group {@code connection}, {@code stream} or {@code archive}
	 * @param event {@code created} or {@code destroyed} for connections and streams,
	 * {@code status} for archives
	 * @param url the absolute http or https URL OpenTok posts the events to
	 * @return the registration
	 * @throws IllegalArgumentException if the group and event are not an allowed pair, or
	 * {@code url} is not an absolute http or https URL
	 */
	public Mono<Callback> register(String group, String event, String url) {
		return register(CallbackCalls.knownEvent(group, event), url);
	}

	/**
	 * Unregisters a URL, as {@link CallbackClient#unregister(String)} does.
	 * @param callbackId the registration's id
	 * @return completes when OpenTok has removed the registration
	 * @throws IllegalArgumentException if {@code callbackId} is not an id
	 */
	public Mono<Void> unregister(String callbackId) {
		return this.transport.execute(CallbackCalls.unregister(callbackId));
	}

	/**
	 * Lists every registered URL, as {@link CallbackClient#list()} does.
	 * @return the registrations, possibly empty
	 */
	public Mono<List<Callback>> list() {
		return this.transport.execute(CallbackCalls.list()).map(List::copyOf);
	}

}
