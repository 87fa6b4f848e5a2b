package org.opentok.spring.client.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads booleans that OpenTok may leave out or send as {@code null} into primitive record
 * components, whatever the application's {@code FAIL_ON_NULL_FOR_PRIMITIVES} setting. Use
 * with {@code @JsonDeserialize(using = AbsentBooleans.TrueWhenAbsent.class)}.
 *
 * @since 0.1.0
 */
public final class AbsentBooleans {

	private AbsentBooleans() {
	}

	/**
	 * Reads a missing or {@code null} value as {@code true} ({@code hasAudio},
	 * {@code hasVideo}).
	 */
	public static final class TrueWhenAbsent extends Deserializer {

		/**
		 * Creates the deserializer.
		 */
		public TrueWhenAbsent() {
			super(Boolean.TRUE);
		}

	}

	/**
	 * Reads a missing or {@code null} value as {@code false} (switches that are off
	 * unless set).
	 */
	public static final class FalseWhenAbsent extends Deserializer {

		/**
		 * Creates the deserializer.
		 */
		public FalseWhenAbsent() {
			super(Boolean.FALSE);
		}

	}

	/**
	 * Reads a boolean, or a fixed value when it is missing or {@code null}.
	 */
	public abstract static class Deserializer extends ValueDeserializer<Boolean> {

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
