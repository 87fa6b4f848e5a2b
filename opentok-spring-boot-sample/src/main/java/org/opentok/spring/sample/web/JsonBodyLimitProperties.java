package org.opentok.spring.sample.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limit on the JSON bodies the sample's endpoints read.
 *
 * @param maxBodySize largest JSON request body accepted, from 1B to 1MB; larger ones are
 * answered 413 (the webhook endpoint has its own limit, opentok.webhook.max-body-size)
 * @since 0.1.0
 */
@ConfigurationProperties("sample.json")
public record JsonBodyLimitProperties(@DefaultValue("16KB") DataSize maxBodySize) {

	private static final DataSize MAX = DataSize.ofMegabytes(1);

	/**
	 * Checks the limit.
	 * @throws IllegalArgumentException if it is not between 1B and 1MB
	 */
	public JsonBodyLimitProperties {
		if (maxBodySize.toBytes() < 1 || maxBodySize.compareTo(MAX) > 0) {
			throw new IllegalArgumentException(
					"'sample.json.max-body-size' must be between 1B and 1MB, got " + maxBodySize.toBytes() + "B");
		}
	}

}
