package org.opentok.spring.client.callback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.WireEnums;

/**
 * The callback calls, shared by {@link CallbackClient} and
 * {@link ReactiveCallbackClient}: each method validates its arguments and describes the
 * request.
 */
final class CallbackCalls {

	private static final String CALLBACKS = "/v2/project/{projectId}/callback";

	private static final ParameterizedTypeReference<List<Callback>> CALLBACK_LIST = new ParameterizedTypeReference<>() {
	};

	private CallbackCalls() {
	}

	static OpenTokRequest<Callback> register(CallbackEvent event, String url) {
		WireEnums.requireKnown(event, CallbackEvent.UNKNOWN, "event");
		requireHttpUrl(url);
		return OpenTokRequest.of(OpenTokOperation.CALLBACK_REGISTER, CALLBACKS, Map.of(), Callback.class)
			.jsonBody(new RegisterCallbackRequest(event.group(), event.event(), url))
			.requiring(Callback::id, "a callback with an id");
	}

	static CallbackEvent knownEvent(String group, String event) {
		CallbackEvent known = CallbackEvent.of(group, event);
		if (known == CallbackEvent.UNKNOWN) {
			throw new IllegalArgumentException("'group' and 'event' must be connection/created, connection/destroyed, "
					+ "stream/created, stream/destroyed or archive/status, got '" + group + "/" + event + "'");
		}
		return known;
	}

	static OpenTokRequest<Void> unregister(String callbackId) {
		Arguments.requireId(callbackId, "callbackId");
		return OpenTokRequest.bodiless(OpenTokOperation.CALLBACK_UNREGISTER, CALLBACKS + "/{callbackId}",
				Map.of("callbackId", callbackId));
	}

	static OpenTokRequest<List<Callback>> list() {
		return OpenTokRequest.of(OpenTokOperation.CALLBACK_LIST, CALLBACKS, Map.of(), CALLBACK_LIST);
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
