package org.opentok.spring.client.session;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokTransport;

/**
 * Creates OpenTok sessions ({@code POST /session/create}). Thread-safe.
 *
 * @since 0.1.0
 */
public class SessionClient {

	private static final ParameterizedTypeReference<List<CreatedSession>> CREATED_SESSIONS = new ParameterizedTypeReference<>() {
	};

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public SessionClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Creates a session with the default options: relayed media, manual archiving.
	 * @return the new session
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Session create() {
		return create(SessionOptions.defaults());
	}

	/**
	 * Creates a session.
	 * @param options the session's options
	 * @return the new session
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws OpenTokApiException if OpenTok refuses the request
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Session create(SessionOptions options) {
		if (options == null) {
			throw new IllegalArgumentException("'options' must not be null");
		}
		List<CreatedSession> created = this.transport.callForBody(OpenTokOperation.SESSION_CREATE, "/session/create",
				Map.of(),
				(request) -> request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.body(formOf(options))
					.retrieve()
					.body(CREATED_SESSIONS),
				(sessions) -> (sessions.size() == 1 && sessions.get(0).sessionId() != null) ? null
						: "a JSON array with one session, got " + sessions.size() + " element(s)");
		CreatedSession session = created.get(0);
		String projectId = (session.projectId() != null) ? session.projectId()
				: (session.applicationId() != null) ? session.applicationId() : this.transport.projectId();
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
