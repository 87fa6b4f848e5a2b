package org.opentok.spring.sample.page;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the sample's page loads.
 *
 * @param opentokJsUrl where the page loads OpenTok.js (@opentok/client) from, an absolute
 * http or https URL: OpenTok's own by default
 * @since 0.1.0
 */
@ConfigurationProperties("sample.page")
public record PageProperties(@DefaultValue(PageProperties.OPENTOK_JS) URI opentokJsUrl) {

	/**
	 * Where OpenTok's own samples load OpenTok.js from.
	 */
	public static final String OPENTOK_JS = "https://static.opentok.com/v2/js/opentok.min.js";

	/**
	 * Checks the URL.
	 * @throws IllegalArgumentException if it is not an absolute http or https URL
	 */
	public PageProperties {
		String scheme = opentokJsUrl.getScheme();
		if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || opentokJsUrl.getHost() == null) {
			throw new IllegalArgumentException("'sample.page.opentok-js-url' must be an absolute http or https URL "
					+ "such as " + OPENTOK_JS + ", got '" + opentokJsUrl + "'");
		}
	}

}
