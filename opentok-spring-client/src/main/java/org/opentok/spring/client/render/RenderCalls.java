package org.opentok.spring.client.render;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.PageUri;

/**
 * The Experience Composer calls, shared by {@link RenderClient} and
 * {@link ReactiveRenderClient}: each method validates its arguments and describes the
 * request.
 */
final class RenderCalls {

	private static final String RENDERS = "/v2/project/{projectId}/render";

	private static final String RENDER = RENDERS + "/{renderId}";

	private static final String WITH_ID = "a render with an id";

	private static final ParameterizedTypeReference<Page<Render>> RENDER_PAGE = new ParameterizedTypeReference<>() {
	};

	private RenderCalls() {
	}

	static OpenTokRequest<Render> start(RenderOptions options) {
		Arguments.requireNonNull(options, "options");
		return OpenTokRequest.of(OpenTokOperation.RENDER_START, RENDERS, Map.of(), Render.class)
			.jsonBody(StartRenderRequest.of(options))
			.requiring(Render::id, WITH_ID);
	}

	static OpenTokRequest<Void> stop(String renderId) {
		Arguments.requireId(renderId, "renderId");
		return OpenTokRequest.bodiless(OpenTokOperation.RENDER_STOP, RENDER, Map.of("renderId", renderId));
	}

	static OpenTokRequest<Render> get(String renderId) {
		Arguments.requireId(renderId, "renderId");
		return OpenTokRequest.of(OpenTokOperation.RENDER_GET, RENDER, Map.of("renderId", renderId), Render.class)
			.requiring(Render::id, WITH_ID);
	}

	static OpenTokRequest<Page<Render>> list(PageQuery query) {
		Arguments.requireNonNull(query, "query");
		PageUri uri = PageUri.of(RENDERS, query, null);
		return OpenTokRequest.of(OpenTokOperation.RENDER_LIST, uri.uriTemplate(), uri.uriVariables(), RENDER_PAGE);
	}

}
