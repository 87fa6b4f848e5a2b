package org.opentok.spring.client.broadcast;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@code broadcastUrls.rtmp}: an array of outputs today, but an object keyed by
 * output id in old answers (the key then stands in for a missing {@code id}).
 *
 * @since 0.1.0
 */
final class RtmpOutputsDeserializer extends ValueDeserializer<List<RtmpOutput>> {

	@Override
	public List<RtmpOutput> deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.START_OBJECT) {
			List<RtmpOutput> outputs = new ArrayList<>();
			for (String id = parser.nextName(); id != null; id = parser.nextName()) {
				parser.nextToken();
				RtmpOutput output = context.readValue(parser, RtmpOutput.class);
				if (output != null) {
					outputs.add((output.id() != null) ? output : output.withId(id));
				}
			}
			return outputs;
		}
		JavaType listType = context.getTypeFactory().constructCollectionType(List.class, RtmpOutput.class);
		return context.readValue(parser, listType);
	}

}
