package org.opentok.spring.docs.api;

import java.util.List;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveStatus;
import org.opentok.spring.client.archive.OutputMode;
import org.opentok.spring.client.archive.TranscriptionProperties;
import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.LayoutType;
import org.opentok.spring.client.core.Resolution;

/**
 * The README's archive snippets.
 */
final class ArchiveSnippets {

	private ArchiveSnippets() {
	}

	static List<Archive> recordARoutedSession(ArchiveClient archives, String sessionId) {
		// tag::archives[]
		Archive archive = archives.start(ArchiveOptions.builder()
			.sessionId(sessionId)
			.resolution(Resolution.HD_HORIZONTAL)
			.layout(Layout.bestFit(LayoutType.PIP))
			.build());
		archives.stop(archive.id());
		// set once AVAILABLE, valid about 10 minutes
		String url = archives.get(archive.id()).url();
		List<Archive> available = archives.listAll(sessionId)
			.filter((each) -> each.status() == ArchiveStatus.AVAILABLE)
			.toList();
		// end::archives[]
		return available;
	}

	static Archive transcribe(ArchiveClient archives, String sessionId) {
		// tag::archive-transcription[]
		Archive archive = archives.start(ArchiveOptions.builder()
			.sessionId(sessionId)
			.outputMode(OutputMode.INDIVIDUAL)
			.hasTranscription(true)
			.transcriptionProperties(TranscriptionProperties.of("en-US", true))
			.build());
		// end::archive-transcription[]
		return archive;
	}

	// tag::unknown-values[]
	static String describeStatus(Archive archive) {
		if (archive.status() == ArchiveStatus.UNKNOWN) {
			// such as "transcoding"; null when OpenTok sent no status
			return "new to this version: " + archive.rawStatus();
		}
		return archive.status().name();
	}
	// end::unknown-values[]

}
