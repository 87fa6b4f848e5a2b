package org.opentok.spring.client.broadcast;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.PageQuery;
import org.opentok.spring.client.internal.Arguments;

/**
 * Which broadcasts {@link BroadcastClient#list(BroadcastQuery)} returns: one page,
 * optionally of one session only. Immutable; build with {@link #builder()}.
 *
 * @param sessionId only broadcasts of this session, or {@code null} for all
 * @param page the page to fetch
 * @since 0.1.0
 */
public record BroadcastQuery(@Nullable String sessionId, PageQuery page) {

	/**
	 * Validates the query.
	 * @param sessionId the session, or {@code null}
	 * @param page the page to fetch
	 */
	public BroadcastQuery {
		if (sessionId != null) {
			Arguments.requireSessionId(sessionId, "sessionId");
		}
		Arguments.requireNonNull(page, "page");
	}

	/**
	 * Starts building a query for the first {@value PageQuery#DEFAULT_COUNT} broadcasts
	 * of all sessions; the builder sends offset and count even when left at their
	 * defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link BroadcastQuery}.
	 */
	public static final class Builder {

		private @Nullable String sessionId;

		private @Nullable Integer offset = 0;

		private @Nullable Integer count = PageQuery.DEFAULT_COUNT;

		private Builder() {
		}

		/**
		 * Lists only the broadcasts of one session; without it, the broadcasts of every
		 * session are listed.
		 * @param sessionId the session id, never {@code null}
		 * @return this builder
		 * @throws IllegalArgumentException if {@code sessionId} is not an OpenTok session
		 * id
		 */
		public Builder sessionId(String sessionId) {
			if (sessionId == null) {
				throw new IllegalArgumentException(
						"'sessionId' must not be null (to list the broadcasts of every session, leave it out)");
			}
			this.sessionId = Arguments.requireSessionId(sessionId, "sessionId");
			return this;
		}

		/**
		 * Sets how many broadcasts to skip (default 0).
		 * @param offset at least 0, or {@code null} not to send it
		 * @return this builder
		 */
		public Builder offset(@Nullable Integer offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * Sets how many broadcasts to return (default {@value PageQuery#DEFAULT_COUNT}).
		 * @param count 0 to 1000, or {@code null} not to send it
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
		public BroadcastQuery build() {
			return new BroadcastQuery(this.sessionId, new PageQuery(this.offset, this.count));
		}

	}

}
