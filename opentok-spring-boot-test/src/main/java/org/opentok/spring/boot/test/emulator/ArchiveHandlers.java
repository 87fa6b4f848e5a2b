package org.opentok.spring.boot.test.emulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive API: start (routed sessions only), stop, get, list, delete, layout, manual
 * stream selection, and the storage target.
 *
 * @since 0.1.0
 */
final class ArchiveHandlers {

	private static final String ARCHIVES = "/v2/project/{projectId}/archive";

	private static final String ARCHIVE = ARCHIVES + "/{archiveId}";

	private final EmulatorState state;

	private final Archives archives;

	ArchiveHandlers(EmulatorState state, Archives archives) {
		this.state = state;
		this.archives = archives;
	}

	void register(Router router) {
		router.add("POST", ARCHIVES, Router.Body.JSON, this::start);
		router.add("GET", ARCHIVES, Router.Body.NONE, this::list);
		router.add("PUT", ARCHIVES + "/storage", Router.Body.JSON, this::setStorage);
		router.add("DELETE", ARCHIVES + "/storage", Router.Body.NONE, this::deleteStorage);
		router.add("GET", ARCHIVE, Router.Body.NONE, this::get);
		router.add("DELETE", ARCHIVE, Router.Body.NONE, this::delete);
		router.add("POST", ARCHIVE + "/stop", Router.Body.NONE, this::stop);
		router.add("PUT", ARCHIVE + "/layout", Router.Body.JSON, this::setLayout);
		router.add("PATCH", ARCHIVE + "/streams", Router.Body.JSON, this::changeStreams);
	}

	private ApiResponse start(ApiCall call) {
		JsonBody body = call.json();
		String sessionId = body.requiredString("sessionId");
		boolean hasAudio = body.booleanOr("hasAudio", true);
		boolean hasVideo = body.booleanOr("hasVideo", true);
		if (!hasAudio && !hasVideo) {
			throw ApiError.badRequest("'hasAudio' and 'hasVideo' cannot both be false");
		}
		String outputMode = body.optionalEnum("outputMode", List.of("composed", "individual"));
		String streamMode = body.optionalEnum("streamMode", List.of("auto", "manual"));
		String resolution = body.optionalEnum("resolution", SessionHandlers.RESOLUTIONS);
		JsonBody layout = body.optionalObject("layout");
		if (layout != null) {
			Layouts.check(layout);
		}
		Integer maxBitrate = body.optionalInt("maxBitrate", 100_000, 6_000_000);
		Integer quantization = body.optionalInt("quantizationParameter", 15, 40);
		if (maxBitrate != null && quantization != null) {
			throw ApiError.badRequest("'maxBitrate' and 'quantizationParameter' cannot both be set");
		}
		if ("individual".equals(outputMode)
				&& (resolution != null || layout != null || maxBitrate != null || quantization != null)) {
			throw ApiError.badRequest("Individual archives take no resolution, layout, maxBitrate or "
					+ "quantizationParameter: they apply to composed archives only");
		}
		boolean transcribed = body.booleanOr("hasTranscription", false);
		if (transcribed) {
			requireTranscribable(outputMode, hasAudio);
		}
		String tag = body.optionalString("multiArchiveTag");
		JsonBody transcription = body.optionalObject("transcriptionProperties");
		String language = (transcription != null) ? transcription.optionalString("primaryLanguageCode") : null;
		boolean summary = transcription != null && transcription.booleanOr("hasSummary", false);
		ArchiveRecord.Settings settings = new ArchiveRecord.Settings(body.optionalString("name"), hasAudio, hasVideo,
				(outputMode != null) ? outputMode : "composed", (streamMode != null) ? streamMode : "auto",
				(resolution != null) ? resolution : "640x480", maxBitrate, quantization, tag, transcribed,
				(language != null) ? language : "en-US", summary);
		SessionState session = this.state.requireSession(call.project(), sessionId);
		if (session.isArchivedAlways() && tag == null) {
			throw ApiError.conflict("Session " + sessionId + " is archived automatically (archiveMode always); "
					+ "give a multiArchiveTag to start another archive");
		}
		return ApiResponse.ok(this.archives.start(session, settings).toJson(call.project()));
	}

	/**
	 * Post-call transcription works on the audio of individual archives only.
	 */
	private static void requireTranscribable(@Nullable String outputMode, boolean hasAudio) {
		if (!"individual".equals(outputMode)) {
			throw ApiError.badRequest("'hasTranscription' requires 'outputMode' individual, got "
					+ ((outputMode != null) ? outputMode : "none (composed is the default)"));
		}
		if (!hasAudio) {
			throw ApiError.badRequest("'hasTranscription' requires 'hasAudio' true, got false");
		}
	}

	private ApiResponse stop(ApiCall call) {
		ProjectState project = call.project();
		ArchiveRecord archive = this.archives.require(project, call.variable("archiveId"));
		return ApiResponse.ok(this.archives.stop(project, archive, "user initiated").toJson(project));
	}

	private ApiResponse get(ApiCall call) {
		return ApiResponse.ok(this.archives.require(call.project(), call.variable("archiveId")).toJson(call.project()));
	}

	private ApiResponse list(ApiCall call) {
		Paging paging = Paging.of(call, 0);
		String sessionId = call.query("sessionId");
		List<ObjectNode> newestFirst = new ArrayList<>();
		for (ArchiveRecord archive : call.project().archives().values()) {
			if (sessionId == null || sessionId.equals(archive.sessionId())) {
				newestFirst.add(0, archive.toJson(call.project()));
			}
		}
		return ApiResponse.ok(paging.page(newestFirst, null));
	}

	private ApiResponse delete(ApiCall call) {
		ProjectState project = call.project();
		this.archives.delete(project, this.archives.require(project, call.variable("archiveId")));
		return ApiResponse.noContent();
	}

	private ApiResponse setLayout(ApiCall call) {
		ArchiveRecord archive = this.archives.require(call.project(), call.variable("archiveId"));
		Layouts.check(call.json());
		if (!archive.settings().composed()) {
			throw ApiError.badRequest("Archive " + archive.id() + " is an individual archive: it has no layout");
		}
		requireRecording(archive);
		return ApiResponse.ok(archive.toJson(call.project()));
	}

	private ApiResponse changeStreams(ApiCall call) {
		ArchiveRecord archive = this.archives.require(call.project(), call.variable("archiveId"));
		if (!"manual".equals(archive.settings().streamMode())) {
			throw new ApiError(405, "Archive " + archive.id() + " selects its streams automatically (streamMode "
					+ "auto); start it with streamMode manual to choose them");
		}
		requireRecording(archive);
		archive.streams().change(call.json(), this.state.requireSession(call.project(), archive.sessionId()));
		return ApiResponse.noContent();
	}

	private static void requireRecording(ArchiveRecord archive) {
		if (!archive.isRecording()) {
			throw ApiError
				.conflict("Archive " + archive.id() + " is not being recorded (status " + archive.status() + ")");
		}
	}

	private ApiResponse setStorage(ApiCall call) {
		JsonBody body = call.json();
		String type = body.optionalEnum("type", List.of("s3", "azure"));
		if (type == null) {
			throw body.invalid("type", "is required");
		}
		JsonBody config = body.requiredObject("config");
		List<String> required = "s3".equals(type) ? List.of("accessKey", "secretKey", "bucket")
				: List.of("accountName", "accountKey", "container");
		required.forEach(config::requiredString);
		config.optionalString("s3".equals(type) ? "endpoint" : "domain");
		body.optionalEnum("fallback", List.of("none", "opentok"));
		call.project().storage(body.node().deepCopy());
		return ApiResponse.ok(body.node());
	}

	private ApiResponse deleteStorage(ApiCall call) {
		call.project().storage(null);
		return ApiResponse.noContent();
	}

}
