package org.opentok.spring.client.archive;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.ReactiveOpenTokTransport;
import org.opentok.spring.client.internal.ReactivePages;

/**
 * The reactive twin of {@link ArchiveClient}: the same calls, requests and errors, as
 * {@link Mono}s and {@link Flux}es that send nothing before subscription. Arguments are
 * validated when a method is called, with the {@link IllegalArgumentException} the
 * blocking client throws; OpenTok's refusals and I/O failures arrive as error signals
 * with the exceptions {@link ArchiveClient} documents. Thread-safe.
 *
 * @since 0.1.0
 */
public class ReactiveArchiveClient {

	private final ReactiveOpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ReactiveArchiveClient(ReactiveOpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts recording a session with the server's defaults, as
	 * {@link ArchiveClient#start(String)} does.
	 * @param sessionId the routed session to record
	 * @return the archive, status {@link ArchiveStatus#STARTED}
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 */
	public Mono<Archive> start(String sessionId) {
		return start(ArchiveOptions.of(sessionId));
	}

	/**
	 * Starts recording a session, as {@link ArchiveClient#start(ArchiveOptions)} does.
	 * @param options the session to record and how
	 * @return the archive, status {@link ArchiveStatus#STARTED}
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 */
	public Mono<Archive> start(ArchiveOptions options) {
		return this.transport.execute(ArchiveCalls.start(options));
	}

	/**
	 * Stops recording, as {@link ArchiveClient#stop(String)} does.
	 * @param archiveId the archive id
	 * @return the archive, status {@link ArchiveStatus#STOPPED}
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id
	 */
	public Mono<Archive> stop(String archiveId) {
		return this.transport.execute(ArchiveCalls.stop(archiveId));
	}

	/**
	 * Returns an archive, as {@link ArchiveClient#get(String)} does.
	 * @param archiveId the archive id
	 * @return the archive
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id
	 */
	public Mono<Archive> get(String archiveId) {
		return this.transport.execute(ArchiveCalls.get(archiveId));
	}

	/**
	 * Deletes an archive, as {@link ArchiveClient#delete(String)} does.
	 * @param archiveId the archive id
	 * @return completes when OpenTok has deleted it
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id
	 */
	public Mono<Void> delete(String archiveId) {
		return this.transport.execute(ArchiveCalls.delete(archiveId));
	}

	/**
	 * Lists one page of archives, newest first, as
	 * {@link ArchiveClient#list(ArchiveQuery)} does.
	 * @param query the session filter and page; values not set are not sent
	 * @return the page
	 * @throws IllegalArgumentException if {@code query} is {@code null}
	 */
	public Mono<Page<Archive>> list(ArchiveQuery query) {
		return this.transport.execute(ArchiveCalls.list(query));
	}

	/**
	 * Emits every archive of the project, newest first, fetching a page of
	 * {@value ArchiveClient#DEFAULT_PAGE_SIZE} only when the subscriber asks for more
	 * archives than the pages fetched so far hold.
	 * @return the archives
	 */
	public Flux<Archive> listAll() {
		return listAll(ArchiveClient.DEFAULT_PAGE_SIZE);
	}

	/**
	 * Emits every archive of the project, newest first, fetching pages on demand.
	 * @param pageSize how many archives to ask for per request, 1 to 1000
	 * @return the archives
	 * @throws IllegalArgumentException if {@code pageSize} is out of bounds
	 */
	public Flux<Archive> listAll(int pageSize) {
		return fluxAll(null, pageSize);
	}

	/**
	 * Emits every archive of a session, newest first, fetching pages of
	 * {@value ArchiveClient#DEFAULT_PAGE_SIZE} on demand.
	 * @param sessionId the session id
	 * @return the archives
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 */
	public Flux<Archive> listAll(String sessionId) {
		return listAll(sessionId, ArchiveClient.DEFAULT_PAGE_SIZE);
	}

	/**
	 * Emits every archive of a session, newest first, fetching pages on demand.
	 * @param sessionId the session id, never {@code null}
	 * @param pageSize how many archives to ask for per request, 1 to 1000
	 * @return the archives
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 * or {@code pageSize} is out of bounds
	 */
	public Flux<Archive> listAll(String sessionId, int pageSize) {
		return fluxAll(ArchiveCalls.listAllSessionId(sessionId), pageSize);
	}

	private Flux<Archive> fluxAll(@Nullable String sessionId, int pageSize) {
		return ReactivePages.fluxAll(pageSize, (page) -> list(new ArchiveQuery(sessionId, page)));
	}

	/**
	 * Changes the layout of a composed archive while it records, as
	 * {@link ArchiveClient#setLayout(String, Layout)} does.
	 * @param archiveId the archive id
	 * @param layout the new layout
	 * @return completes when OpenTok has accepted the layout
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id or
	 * {@code layout} is {@code null}
	 */
	public Mono<Void> setLayout(String archiveId, Layout layout) {
		return this.transport.execute(ArchiveCalls.setLayout(archiveId, layout));
	}

	/**
	 * Adds a stream, with its audio and video, to an archive in manual stream mode.
	 * @param archiveId the archive id
	 * @param streamId the stream id
	 * @return completes when OpenTok has added it
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 */
	public Mono<Void> addStream(String archiveId, String streamId) {
		return this.transport.execute(ArchiveCalls.addStream(archiveId, streamId, null, null));
	}

	/**
	 * Adds a stream to an archive in manual stream mode, or changes which of its tracks
	 * are recorded.
	 * @param archiveId the archive id
	 * @param streamId the stream id
	 * @param hasAudio whether the stream's audio is recorded
	 * @param hasVideo whether the stream's video is recorded
	 * @return completes when OpenTok has accepted the change
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 */
	public Mono<Void> addStream(String archiveId, String streamId, boolean hasAudio, boolean hasVideo) {
		return this.transport.execute(ArchiveCalls.addStream(archiveId, streamId, hasAudio, hasVideo));
	}

	/**
	 * Removes a stream from an archive in manual stream mode.
	 * @param archiveId the archive id
	 * @param streamId the stream id
	 * @return completes when OpenTok has removed it
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 */
	public Mono<Void> removeStream(String archiveId, String streamId) {
		return this.transport.execute(ArchiveCalls.removeStream(archiveId, streamId));
	}

	/**
	 * Sets where the project's archives are uploaded from now on.
	 * @param storage the S3 or Azure settings
	 * @return completes when OpenTok has accepted the settings
	 * @throws IllegalArgumentException if {@code storage} is {@code null}
	 */
	public Mono<Void> setStorage(ArchiveStorage storage) {
		return this.transport.execute(ArchiveCalls.setStorage(storage));
	}

	/**
	 * Removes the upload target: archives stay in the OpenTok cloud from now on.
	 * @return completes when OpenTok has removed it
	 */
	public Mono<Void> deleteStorage() {
		return this.transport.execute(ArchiveCalls.deleteStorage());
	}

}
