package org.opentok.spring.client.broadcast;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads booleans that OpenTok may leave out or send as {@code null}, into primitive
 * components, whatever the application's {@code FAIL_ON_NULL_FOR_PRIMITIVES} setting.
 *
 * @since 0.1.0
 */
final class AbsentBooleans {

	private AbsentBooleans() {
	}

	/**
	 * Reads a missing or {@code null} value as {@code true} ({@code hasAudio},
	 * {@code hasVideo}).
	 */
	static final class TrueWhenAbsent extends Deserializer {

		TrueWhenAbsent() {
			super(Boolean.TRUE);
		}

	}

	/**
	 * Reads a missing or {@code null} value as {@code false} (switches that are off
	 * unless set).
	 */
	static final class FalseWhenAbsent extends Deserializer {

		FalseWhenAbsent() {
			super(Boolean.FALSE);
		}

	}

	abstract static class Deserializer extends ValueDeserializer<Boolean> {

		private final Boolean absent;

		Deserializer(Boolean absent) {
			this.absent = absent;
		}

		@Override
		public Boolean deserialize(JsonParser parser, DeserializationContext context) {
			Boolean value = context.readValue(parser, Boolean.class);
			return (value != null) ? value : this.absent;
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return this.absent;
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			return this.absent;
		}

	}

}
