package org.opentok.spring.client.core.observation;

import java.util.Map;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.opentok.spring.client.core.OpenTokTransportException;
import org.opentok.spring.client.core.observation.OpenTokObservationDocumentation.HighCardinalityKeyNames;
import org.opentok.spring.client.core.observation.OpenTokObservationDocumentation.LowCardinalityKeyNames;

/**
 * The default {@link OpenTokClientObservationConvention}: name
 * {@code opentok.client.requests}, the operation, outcome, status and exception as
 * low-cardinality keys, ids as high-cardinality keys.
 *
 * @since 0.1.0
 */
public class DefaultOpenTokClientObservationConvention implements OpenTokClientObservationConvention {

	/**
	 * The observation's name.
	 */
	public static final String DEFAULT_NAME = "opentok.client.requests";

	private static final Map<String, HighCardinalityKeyNames> ID_VARIABLES = Map.of("sessionId",
			HighCardinalityKeyNames.SESSION_ID, "archiveId", HighCardinalityKeyNames.ARCHIVE_ID, "broadcastId",
			HighCardinalityKeyNames.BROADCAST_ID, "streamId", HighCardinalityKeyNames.STREAM_ID, "connectionId",
			HighCardinalityKeyNames.CONNECTION_ID);

	@Override
	public String getName() {
		return DEFAULT_NAME;
	}

	@Override
	public String getContextualName(OpenTokClientObservationContext context) {
		return "opentok " + context.getOperation().operationName();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(OpenTokClientObservationContext context) {
		return KeyValues.of(operation(context), outcome(context), status(context), exception(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(OpenTokClientObservationContext context) {
		KeyValues ids = KeyValues.empty();
		for (Map.Entry<String, ?> variable : context.getUriVariables().entrySet()) {
			HighCardinalityKeyNames key = ID_VARIABLES.get(variable.getKey());
			if (key != null && variable.getValue() != null) {
				ids = ids.and(key.withValue(variable.getValue().toString()));
			}
		}
		return ids;
	}

	/**
	 * Returns the operation key value.
	 * @param context the context
	 * @return {@code opentok.operation}, such as {@code archive.start}
	 */
	protected KeyValue operation(OpenTokClientObservationContext context) {
		return LowCardinalityKeyNames.OPERATION.withValue(context.getOperation().operationName());
	}

	/**
	 * Returns the outcome key value.
	 * @param context the context
	 * @return {@code outcome}: {@code SUCCESS}, {@code CLIENT_ERROR},
	 * {@code SERVER_ERROR} or {@code UNKNOWN}
	 */
	protected KeyValue outcome(OpenTokClientObservationContext context) {
		Integer status = context.getStatusCode();
		String outcome;
		if (status == null || context.getError() instanceof OpenTokTransportException) {
			outcome = "UNKNOWN";
		}
		else if (status >= 200 && status < 300) {
			outcome = "SUCCESS";
		}
		else if (status >= 400 && status < 500) {
			outcome = "CLIENT_ERROR";
		}
		else if (status >= 500) {
			outcome = "SERVER_ERROR";
		}
		else {
			outcome = "UNKNOWN";
		}
		return LowCardinalityKeyNames.OUTCOME.withValue(outcome);
	}

	/**
	 * Returns the status key value.
	 * @param context the context
	 * @return {@code status}: the HTTP status code, {@code IO_ERROR} when the call failed
	 * without an answer, or {@code NONE} while no answer has come yet (an active call)
	 */
	protected KeyValue status(OpenTokClientObservationContext context) {
		Integer status = context.getStatusCode();
		if (context.getError() instanceof OpenTokTransportException) {
			return LowCardinalityKeyNames.STATUS.withValue("IO_ERROR");
		}
		return LowCardinalityKeyNames.STATUS.withValue((status != null) ? status.toString() : "NONE");
	}

	/**
	 * Returns the exception key value.
	 * @param context the context
	 * @return {@code exception}: the exception's simple class name, or {@code none}
	 */
	protected KeyValue exception(OpenTokClientObservationContext context) {
		Throwable error = context.getError();
		return LowCardinalityKeyNames.EXCEPTION.withValue((error != null) ? error.getClass().getSimpleName() : "none");
	}

}
