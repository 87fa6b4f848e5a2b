package org.opentok.spring.client.archive;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.OpenTokOperation;
import org.opentok.spring.client.core.OpenTokRequest;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.internal.Arguments;
import org.opentok.spring.client.internal.PageUri;
import org.opentok.spring.client.internal.StreamChangeRequest;

/**
 * The archive calls, shared by {@link ArchiveClient} and {@link ReactiveArchiveClient}:
 * each method validates its arguments and describes the request.
 */
final class ArchiveCalls {

	private static final ParameterizedTypeReference<Page<Archive>> ARCHIVE_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final String ARCHIVES = "/v2/project/{projectId}/archive";

	private static final String ARCHIVE = ARCHIVES + "/{archiveId}";

	private static final String STORAGE = "/v2/project/{projectId}/archive/storage";

	private static final String WITH_ID = "an archive with an id";

	private ArchiveCalls() {
	}

	static OpenTokRequest<Archive> start(ArchiveOptions options) {
		Arguments.requireNonNull(options, "options");
		return OpenTokRequest.of(OpenTokOperation.ARCHIVE_START, ARCHIVES, Map.of(), Archive.class)
			.jsonBody(options)
			.requiring(Archive::id, WITH_ID);
	}

	static OpenTokRequest<Archive> stop(String archiveId) {
		Arguments.requireId(archiveId, "archiveId");
		return OpenTokRequest
			.of(OpenTokOperation.ARCHIVE_STOP, ARCHIVE + "/stop", Map.of("archiveId", archiveId), Archive.class)
			.requiring(Archive::id, WITH_ID);
	}

	static OpenTokRequest<Archive> get(String archiveId) {
		Arguments.requireId(archiveId, "archiveId");
		return OpenTokRequest.of(OpenTokOperation.ARCHIVE_GET, ARCHIVE, Map.of("archiveId", archiveId), Archive.class)
			.requiring(Archive::id, WITH_ID);
	}

	static OpenTokRequest<Void> delete(String archiveId) {
		Arguments.requireId(archiveId, "archiveId");
		return OpenTokRequest.bodiless(OpenTokOperation.ARCHIVE_DELETE, ARCHIVE, Map.of("archiveId", archiveId));
	}

	static OpenTokRequest<Page<Archive>> list(ArchiveQuery query) {
		Arguments.requireNonNull(query, "query");
		PageUri uri = PageUri.of(ARCHIVES, query.page(), query.sessionId());
		return OpenTokRequest.of(OpenTokOperation.ARCHIVE_LIST, uri.uriTemplate(), uri.uriVariables(), ARCHIVE_PAGE);
	}

	/**
	 * Validates the session filter of {@code listAll(sessionId, pageSize)}.
	 */
	static String listAllSessionId(@Nullable String sessionId) {
		if (sessionId == null) {
			throw new IllegalArgumentException(
					"'sessionId' must not be null (to list the archives of every session, use listAll(pageSize))");
		}
		return Arguments.requireSessionId(sessionId, "sessionId");
	}

	static OpenTokRequest<Void> setLayout(String archiveId, Layout layout) {
		Arguments.requireId(archiveId, "archiveId");
		Arguments.requireNonNull(layout, "layout");
		return OpenTokRequest
			.bodiless(OpenTokOperation.ARCHIVE_SET_LAYOUT, ARCHIVE + "/layout", Map.of("archiveId", archiveId))
			.jsonBody(layout);
	}

	static OpenTokRequest<Void> addStream(String archiveId, String streamId, @Nullable Boolean hasAudio,
			@Nullable Boolean hasVideo) {
		return changeStreams(OpenTokOperation.ARCHIVE_ADD_STREAM, archiveId,
				StreamChangeRequest.add(streamId, hasAudio, hasVideo));
	}

	static OpenTokRequest<Void> removeStream(String archiveId, String streamId) {
		return changeStreams(OpenTokOperation.ARCHIVE_REMOVE_STREAM, archiveId, StreamChangeRequest.remove(streamId));
	}

	private static OpenTokRequest<Void> changeStreams(OpenTokOperation operation, String archiveId,
			StreamChangeRequest change) {
		Arguments.requireId(archiveId, "archiveId");
		return OpenTokRequest.bodiless(operation, ARCHIVE + "/streams", Map.of("archiveId", archiveId))
			.jsonBody(change);
	}

	static OpenTokRequest<Void> setStorage(ArchiveStorage storage) {
		Arguments.requireNonNull(storage, "storage");
		// the answer echoes the secret back: never read it
		return OpenTokRequest.bodiless(OpenTokOperation.ARCHIVE_SET_STORAGE, STORAGE, Map.of())
			.jsonBody(ArchiveRequests.storage(storage));
	}

	static OpenTokRequest<Void> deleteStorage() {
		return OpenTokRequest.bodiless(OpenTokOperation.ARCHIVE_DELETE_STORAGE, STORAGE, Map.of());
	}

}
