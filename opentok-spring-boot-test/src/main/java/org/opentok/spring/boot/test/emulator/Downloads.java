package org.opentok.spring.boot.test.emulator;

import java.util.Map;

/**
 * Serves what the emulator's URLs point to: the placeholder file of an available archive
 * and the playlist of a live HLS broadcast. No auth, like the service's signed URLs.
 *
 * @since 0.1.0
 */
final class Downloads {

	private final EmulatorState state;

	Downloads(EmulatorState state) {
		this.state = state;
	}

	ApiResponse serve(ApiRequest request) {
		if (!"GET".equals(request.method())) {
			return ApiResponse.error(new ApiError(405, "Only GET is allowed here"));
		}
		String[] segments = request.path().split("/");
		if (segments.length == 5) {
			synchronized (this.state) {
				for (ProjectState project : this.state.projects()) {
					if (request.path().startsWith(Archives.DOWNLOAD_PATH)) {
						ArchiveRecord archive = project.archives().get(segments[3]);
						if (archive != null && "available".equals(archive.status())
								&& archive.fileName().equals(segments[4])) {
							return new ApiResponse(200, archive.settings().composed() ? "video/mp4" : "application/zip",
									archive.content(), Map.of());
						}
					}
					else if (request.path().startsWith(BroadcastRecord.PLAYLIST_PATH)) {
						BroadcastRecord broadcast = project.broadcasts().get(segments[3]);
						if (broadcast != null && broadcast.isStarted() && "playlist.m3u8".equals(segments[4])) {
							return ApiResponse.of(200, "application/vnd.apple.mpegurl",
									"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n");
						}
					}
				}
			}
		}
		return ApiResponse.error(ApiError.notFound("Nothing to download at " + request.path()));
	}

}
