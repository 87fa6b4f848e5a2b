package org.opentok.spring.client.archive;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.internal.Arguments;

/**
 * Which archives to list: optionally one session's, one page of them. A page value not
 * set is not sent, so the server's default applies (offset 0, 50 archives). Newest
 * archives come first.
 *
 * @param sessionId only list this session's archives, or {@code null} for all
 * @param page the page to fetch
 * @since 0.1.0
 */
public record ArchiveQuery(@Nullable String sessionId, PageQuery page) {

	private static final ArchiveQuery ALL = new ArchiveQuery(null, PageQuery.serverDefault());

	/**
	 * Validates the query.
	 * @param sessionId the session filter, or {@code null}
	 * @param page the page to fetch
	 */
	public ArchiveQuery {
		if (sessionId != null) {
			Arguments.requireSessionId(sessionId, "sessionId");
		}
		Arguments.requireNonNull(page, "page");
	}

	/**
	 * Returns the query for the first page of all archives, with the server's page size.
	 * @return the query
	 */
	public static ArchiveQuery all() {
		return ALL;
	}

	/**
	 * Returns the query for the first page of one session's archives, with the server's
	 * page size. {@link #all()} lists the archives of every session.
	 * @param sessionId the session id, never {@code null}
	 * @return the query
	 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session id
	 */
	public static ArchiveQuery forSession(String sessionId) {
		return new ArchiveQuery(requireSession(sessionId), PageQuery.serverDefault());
	}

	private static String requireSession(@Nullable String sessionId) {
		if (sessionId == null) {
			throw new IllegalArgumentException(
					"'sessionId' must not be null (to list the archives of every session, leave it out)");
		}
		return Arguments.requireSessionId(sessionId, "sessionId");
	}

	/**
	 * Starts building a query for the server's first page of all sessions' archives.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds an {@link ArchiveQuery}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable Integer offset;

		private @Nullable Integer count;

		private Builder() {
		}

		/**
		 * Only lists one session's archives; without it, the archives of every session
		 * are listed.
		 * @param sessionId the session id, never {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session
		 * id
		 */
		public Builder sessionId(String sessionId) {
			this.sessionId = requireSession(sessionId);
			return this;
		}

		/**
		 * Sets how many archives to skip (not sent by default: the server's 0).
		 * @param offset at least 0
		 * @return this builder
		 */
		public Builder offset(@Nullable Integer offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * Sets how many archives to return (not sent by default: the server's 50).
		 * @param count 0 to 1000
		 * @return this builder
		 */
		public Builder count(@Nullable Integer count) {
			this.count = count;
			return this;
		}

		/**
		 * Builds the query.
		 * @return the query
		 * @throws IllegalArgumentException if a value is out of bounds
		 */
		public ArchiveQuery build() {
			return new ArchiveQuery(this.sessionId, new PageQuery(this.offset, this.count));
		}

	}

}
