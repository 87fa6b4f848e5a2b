package org.opentok.spring.client.archive;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Layout;
import org.opentok.spring.client.core.OpenTokApiException;
import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.internal.Pages;

/**
 * Records sessions: starts, stops, finds, lists and deletes archives, changes their
 * layout and streams, and sets where the project's archives are uploaded. Every method
 * blocks until OpenTok answers. Thread-safe.
 *
 * @since 0.1.0
 */
public class ArchiveClient {

	/**
	 * How many archives {@link #listAll()} asks for per page: the most OpenTok allows.
	 */
	public static final int DEFAULT_PAGE_SIZE = PageQuery.MAX_COUNT;

	private final OpenTokTransport transport;

	/**
	 * Creates the client.
	 * @param transport the transport calls go through
	 */
	public ArchiveClient(OpenTokTransport transport) {
		this.transport = transport;
	}

	/**
	 * Starts recording a session with the server's defaults (composed, 640x480, both
	 * tracks, every stream).
	 * @param sessionId the routed session to record
	 * @return the archive, status {@link ArchiveStatus#STARTED}
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an unknown
	 * session or {@link org.opentok.spring.client.core.OpenTokConflictException} when the
	 * session is relayed or already recorded
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Archive start(String sessionId) {
		return start(ArchiveOptions.of(sessionId));
	}

	/**
	 * Starts recording a session.
	 * @param options the session to record and how
	 * @return the archive, status {@link ArchiveStatus#STARTED}
	 * @throws IllegalArgumentException if {@code options} is {@code null}
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokBadRequestException} for invalid
	 * options, {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an
	 * unknown session or {@link org.opentok.spring.client.core.OpenTokConflictException}
	 * when the session is relayed or already recorded without a distinct
	 * {@code multiArchiveTag}
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Archive start(ArchiveOptions options) {
		return this.transport.execute(ArchiveCalls.start(options));
	}

	/**
	 * Stops recording.
	 * @param archiveId the archive id
	 * @return the archive, status {@link ArchiveStatus#STOPPED}
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an unknown
	 * archive or {@link org.opentok.spring.client.core.OpenTokConflictException} when it
	 * is not being recorded
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Archive stop(String archiveId) {
		return this.transport.execute(ArchiveCalls.stop(archiveId));
	}

	/**
	 * Returns an archive, with a fresh download URL when it is available.
	 * @param archiveId the archive id
	 * @return the archive
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an unknown
	 * archive
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Archive get(String archiveId) {
		return this.transport.execute(ArchiveCalls.get(archiveId));
	}

	/**
	 * Deletes an archive; only uploaded or available archives can be deleted.
	 * @param archiveId the archive id
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an unknown
	 * archive or {@link org.opentok.spring.client.core.OpenTokConflictException} when its
	 * status does not allow deleting
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void delete(String archiveId) {
		this.transport.send(ArchiveCalls.delete(archiveId));
	}

	/**
	 * Lists one page of archives, newest first.
	 * @param query the session filter and page; values not set are not sent
	 * @return the page; its {@link Page#totalCount()} counts every matching archive
	 * @throws IllegalArgumentException if {@code query} is {@code null}
	 * @throws OpenTokApiException if OpenTok refuses
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public Page<Archive> list(ArchiveQuery query) {
		return this.transport.execute(ArchiveCalls.list(query));
	}

	/**
	 * Streams every archive of the project, newest first, fetching pages of
	 * {@value #DEFAULT_PAGE_SIZE} as the stream is consumed.
	 * @return a lazy stream; a failing page request throws from the stream operation that
	 * needed it
	 */
	public Stream<Archive> listAll() {
		return listAll(DEFAULT_PAGE_SIZE);
	}

	/**
	 * Streams every archive of the project, newest first, fetching pages as the stream is
	 * consumed.
	 * @param pageSize how many archives to ask for per request, 1 to 1000
	 * @return a lazy stream; a failing page request throws from the stream operation that
	 * needed it
	 * @throws IllegalArgumentException if {@code pageSize} is out of bounds
	 */
	public Stream<Archive> listAll(int pageSize) {
		return streamAll(null, pageSize);
	}

	/**
	 * Streams every archive of a session, newest first, fetching pages of
	 * {@value #DEFAULT_PAGE_SIZE} as the stream is consumed.
	 * @param sessionId the session id
	 * @return a lazy stream; a failing page request throws from the stream operation that
	 * needed it
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 */
	public Stream<Archive> listAll(String sessionId) {
		return listAll(sessionId, DEFAULT_PAGE_SIZE);
	}

	/**
	 * Streams every archive of a session, newest first, fetching pages as the stream is
	 * consumed. {@link #listAll(int)} streams the archives of every session.
	 * @param sessionId the session id, never {@code null}
	 * @param pageSize how many archives to ask for per request, 1 to 1000
	 * @return a lazy stream; a failing page request throws from the stream operation that
	 * needed it
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 * or {@code pageSize} is out of bounds
	 */
	public Stream<Archive> listAll(String sessionId, int pageSize) {
		return streamAll(ArchiveCalls.listAllSessionId(sessionId), pageSize);
	}

	private Stream<Archive> streamAll(@Nullable String sessionId, int pageSize) {
		return Pages.streamAll(pageSize, (page) -> list(new ArchiveQuery(sessionId, page)));
	}

	/**
	 * Changes the layout of a composed archive while it records.
	 * @param archiveId the archive id
	 * @param layout the new layout
	 * @throws IllegalArgumentException if {@code archiveId} is not an OpenTok id or
	 * {@code layout} is {@code null}
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokBadRequestException} for a layout it
	 * does not accept
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void setLayout(String archiveId, Layout layout) {
		this.transport.send(ArchiveCalls.setLayout(archiveId, layout));
	}

	/**
	 * Adds a stream, with its audio and video, to an archive in manual stream mode.
	 * @param archiveId the archive id
	 * @param streamId the stream id
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an unknown
	 * archive or stream, or status 405 when the archive's stream mode is automatic
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void addStream(String archiveId, String streamId) {
		this.transport.send(ArchiveCalls.addStream(archiveId, streamId, null, null));
	}

	/**
	 * Adds a stream to an archive in manual stream mode, or changes which of its tracks
	 * are recorded when it was already added.
	 * @param archiveId the archive id
	 * @param streamId the stream id
	 * @param hasAudio whether the stream's audio is recorded
	 * @param hasVideo whether the stream's video is recorded
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an unknown
	 * archive or stream, or status 405 when the archive's stream mode is automatic
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void addStream(String archiveId, String streamId, boolean hasAudio, boolean hasVideo) {
		this.transport.send(ArchiveCalls.addStream(archiveId, streamId, hasAudio, hasVideo));
	}

	/**
	 * Removes a stream from an archive in manual stream mode.
	 * @param archiveId the archive id
	 * @param streamId the stream id
	 * @throws IllegalArgumentException if an id is not an OpenTok id
	 * @throws OpenTokApiException if OpenTok refuses, for example
	 * {@link org.opentok.spring.client.core.OpenTokNotFoundException} for an unknown
	 * archive or stream, or status 405 when the archive's stream mode is automatic
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void removeStream(String archiveId, String streamId) {
		this.transport.send(ArchiveCalls.removeStream(archiveId, streamId));
	}

	/**
	 * Sets where the project's archives are uploaded from now on.
	 * @param storage the S3 or Azure settings
	 * @throws IllegalArgumentException if {@code storage} is {@code null}
	 * @throws OpenTokApiException if OpenTok refuses the settings
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void setStorage(ArchiveStorage storage) {
		this.transport.send(ArchiveCalls.setStorage(storage));
	}

	/**
	 * Removes the upload target: archives stay in the OpenTok cloud from now on.
	 * @throws OpenTokApiException if OpenTok refuses
	 * @throws org.opentok.spring.client.core.OpenTokTransportException on I/O failures
	 * and timeouts
	 */
	public void deleteStorage() {
		this.transport.send(ArchiveCalls.deleteStorage());
	}

}
