package org.opentok.spring.client.session;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;

/**
 * The session call, shared by {@link SessionClient} and {@link ReactiveSessionClient}:
 * validates the options, describes the request and turns OpenTok's answer into a
 * {@link Session}.
 */
final class SessionCalls {

	private static final ParameterizedTypeReference<List<CreatedSession>> CREATED_SESSIONS = new ParameterizedTypeReference<>() {
	};

	private SessionCalls() {
	}

	static OpenTokRequest<List<CreatedSession>> create(SessionOptions options) {
		if (options == null) {
			throw new IllegalArgumentException("'options' must not be null");
		}
		return OpenTokRequest.of(OpenTokOperation.SESSION_CREATE, "/session/create", Map.of(), CREATED_SESSIONS)
			.withBody(formOf(options), MediaType.APPLICATION_FORM_URLENCODED)
			.checking((sessions) -> (sessions.size() == 1 && sessions.get(0).sessionId() != null) ? null
					: "a JSON array with one session, got " + sessions.size() + " element(s)");
	}

	static Session sessionOf(List<CreatedSession> created, SessionOptions options, String transportProjectId) {
		CreatedSession session = created.get(0);
		String projectId = (session.projectId() != null) ? session.projectId()
				: (session.applicationId() != null) ? session.applicationId() : transportProjectId;
		return new Session(session.sessionId(), projectId, session.createDt(), session.mediaServerUrl(), options);
	}

	private static MultiValueMap<String, String> formOf(SessionOptions options) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("p2p.preference", options.mediaMode().p2pPreference());
		form.add("archiveMode", options.archiveMode().wireValue());
		if (options.location() != null) {
			form.add("location", options.location());
		}
		if (options.e2ee()) {
			form.add("e2ee", "true");
		}
		if (options.archiveName() != null) {
			form.add("archiveName", options.archiveName());
		}
		if (options.archiveResolution() != null) {
			form.add("archiveResolution", options.archiveResolution().wireValue());
		}
		return form;
	}

}
