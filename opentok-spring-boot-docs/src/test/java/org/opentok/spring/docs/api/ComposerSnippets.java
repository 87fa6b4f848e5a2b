package org.opentok.spring.docs.api;

import java.util.List;

import org.opentok.spring.client.callback.Callback;
import org.opentok.spring.client.callback.CallbackClient;
import org.opentok.spring.client.callback.CallbackEvent;
import org.opentok.spring.client.caption.CaptionClient;
import org.opentok.spring.client.caption.CaptionOptions;
import org.opentok.spring.client.caption.Captions;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.project.Project;
import org.opentok.spring.client.project.ProjectClient;
import org.opentok.spring.client.project.ProjectStatus;
import org.opentok.spring.client.render.Render;
import org.opentok.spring.client.render.RenderClient;
import org.opentok.spring.client.render.RenderOptions;

/**
 * The README's Experience Composer, captions, callback and project snippets.
 */
final class ComposerSnippets {

	private ComposerSnippets() {
	}

	static Render render(RenderClient renders, String sessionId, String publisherToken) {
		// tag::experience-composer[]
		Render render = renders.start(RenderOptions.builder()
			.sessionId(sessionId)
			.token(publisherToken)
			.url("https://app.example.com/composer")
			.resolution(Resolution.HD_HORIZONTAL)
			.name("Composed")
			.build());
		renders.stop(render.id());
		// end::experience-composer[]
		return render;
	}

	static Captions caption(CaptionClient captionClient, String sessionId, String moderatorToken) {
		// tag::captions[]
		Captions captions = captionClient.start(CaptionOptions.builder()
			.sessionId(sessionId)
			.token(moderatorToken)
			.languageCode("en-US")
			.maxDuration(3600)
			.build());
		captionClient.stop(captions.captionsId());
		// end::captions[]
		return captions;
	}

	static List<Callback> callbacks(CallbackClient callbacks) {
		// tag::callbacks[]
		Callback callback = callbacks.register(CallbackEvent.STREAM_CREATED, "https://app.example.com/opentok");
		List<Callback> registered = callbacks.list();
		callbacks.unregister(callback.id());
		// end::callbacks[]
		return registered;
	}

	static Project projects(ProjectClient projects) {
		// tag::projects[]
		Project project = projects.create("staging");
		projects.changeStatus(project.id(), ProjectStatus.SUSPENDED);
		Project rotated = projects.refreshSecret(project.id());
		// end::projects[]
		return rotated;
	}

}
