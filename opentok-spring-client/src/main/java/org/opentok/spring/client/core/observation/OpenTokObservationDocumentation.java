package org.opentok.spring.client.core.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the OpenTok client makes, with their key names. One observation spans
 * a whole API call, retries included.
 *
 * @since 0.1.0
 */
public enum OpenTokObservationDocumentation implements ObservationDocumentation {

	/**
	 * One OpenTok API call ({@code opentok.client.requests}).
	 */
	CLIENT_REQUESTS {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultOpenTokClientObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Keys with a small, fixed set of values: safe as metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The operation, such as {@code archive.start}.
		 */
		OPERATION {
			@Override
			public String asString() {
				return "opentok.operation";
			}
		},

		/**
		 * {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR} or {@code UNKNOWN}
		 * (no answer).
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/**
		 * The HTTP status of the last answer, {@code IO_ERROR} when none came, or
		 * {@code NONE} while the call is still running.
		 */
		STATUS {
			@Override
			public String asString() {
				return "status";
			}
		},

		/**
		 * The simple class name of the exception thrown, or {@code none}.
		 */
		EXCEPTION {
			@Override
			public String asString() {
				return "exception";
			}
		}

	}

	/**
	 * Keys whose values are ids: for traces only, never for metric tags.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * The session id of the call.
		 */
		SESSION_ID {
			@Override
			public String asString() {
				return "opentok.session.id";
			}
		},

		/**
		 * The archive id of the call.
		 */
		ARCHIVE_ID {
			@Override
			public String asString() {
				return "opentok.archive.id";
			}
		},

		/**
		 * The broadcast id of the call.
		 */
		BROADCAST_ID {
			@Override
			public String asString() {
				return "opentok.broadcast.id";
			}
		},

		/**
		 * The stream id of the call.
		 */
		STREAM_ID {
			@Override
			public String asString() {
				return "opentok.stream.id";
			}
		},

		/**
		 * The connection id of the call.
		 */
		CONNECTION_ID {
			@Override
			public String asString() {
				return "opentok.connection.id";
			}
		}

	}

}
