package org.opentok.spring.sample.page;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Where the page loads OpenTok.js from: an absolute http or https URL, nothing else.
 */
class PagePropertiesTests {

	@ParameterizedTest
	@ValueSource(strings = { PageProperties.OPENTOK_JS, "http://127.0.0.1:8081/opentok.js" })
	void takesAnAbsoluteHttpOrHttpsUrl(String url) {
		assertThat(new PageProperties(URI.create(url)).opentokJsUrl()).isEqualTo(URI.create(url));
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "/opentok.min.js", "//static.opentok.com/v2/js/opentok.min.js",
			"file:///tmp/opentok.js", "data:text/javascript,alert(1)" })
	void refusesAnythingElse(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageProperties(URI.create(url)))
			.withMessage("'sample.page.opentok-js-url' must be an absolute http or https URL such as "
					+ PageProperties.OPENTOK_JS + ", got '" + url + "'");
	}

}
