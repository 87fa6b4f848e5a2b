package org.opentok.spring.client.broadcast;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.Arguments;
import org.opentok.spring.client.core.PageQuery;

/**
 * Which broadcasts {@link BroadcastClient#list(BroadcastQuery)} returns: one page,
 * optionally of one session only. Immutable; build with {@link #builder()}.
 *
 * @param sessionId only broadcasts of this session, or {@code null} for all
 * @param offset how many broadcasts to skip, at least 0
 * @param count how many broadcasts to return, 0 to 1000
 * @since 0.1.0
 */
public record BroadcastQuery(@Nullable String sessionId, int offset, int count) {

	/**
	 * The page size when none is set, the same as OpenTok's.
	 */
	public static final int DEFAULT_COUNT = 50;

	/**
	 * Validates the query.
	 * @param sessionId the session, or {@code null}
	 * @param offset how many broadcasts to skip
	 * @param count how many broadcasts to return
	 */
	public BroadcastQuery {
		if (sessionId != null) {
			Arguments.requireSessionId(sessionId, "sessionId");
		}
		Arguments.requireRange(offset, 0, Integer.MAX_VALUE, "offset");
		Arguments.requireRange(count, 0, PageQuery.MAX_COUNT, "count");
	}

	/**
	 * Starts building a query for the first {@value #DEFAULT_COUNT} broadcasts of all
	 * sessions.
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

		private int offset;

		private int count = DEFAULT_COUNT;

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
		 * @param offset at least 0
		 * @return this builder
		 */
		public Builder offset(int offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * Sets how many broadcasts to return (default
		 * {@value BroadcastQuery#DEFAULT_COUNT}).
		 * @param count 0 to 1000
		 * @return this builder
		 */
		public Builder count(int count) {
			this.count = count;
			return this;
		}

		/**
		 * Builds the query.
		 * @return the query
		 * @throws IllegalArgumentException if a value is out of bounds
		 */
		public BroadcastQuery build() {
			return new BroadcastQuery(this.sessionId, this.offset, this.count);
		}

	}

}
