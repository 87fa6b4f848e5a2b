package org.opentok.spring.boot.autoconfigure.web;

import java.time.DayOfWeek;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.opentok.spring.client.archive.OutputMode;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.client.token.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring MVC request parameters and path variables of the client's enum types, through
 * MockMvc: the constant name or the wire string, exactly; other enums keep Spring's own
 * conversion.
 */
class OpenTokEnumConversionAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
						WebMvcAutoConfiguration.class, OpenTokEnumConversionAutoConfiguration.class))
		.withUserConfiguration(ProbeController.class);

	@Test
	void readsAPathVariableAndARequestParameterByConstantNameOrWireString() {
		this.runner.run((context) -> {
			assertThat(get(context, "/probe/HD_HORIZONTAL?mode=COMPOSED")).hasStatusOk()
				.hasBodyTextEqualTo("HD_HORIZONTAL COMPOSED PUBLISHER");
			assertThat(get(context, "/probe/1280x720?mode=individual&role=publisheronly")).hasStatusOk()
				.hasBodyTextEqualTo("HD_HORIZONTAL INDIVIDUAL PUBLISHER_ONLY");
		});
	}

	@Test
	void refusesOtherValuesWith400NamingTheAllowedOnes() {
		this.runner.run((context) -> {
			for (String query : new String[] { "mode=unknown", "mode=Composed", "mode=bogus",
					"mode=composed&role=OWNER", "mode=composed&role=unknown" }) {
				MvcTestResult result = get(context, "/probe/1280x720?" + query);
				assertThat(result).as(query).hasStatus4xxClientError();
				assertThat(result.getMvcResult().getResolvedException()).as(query)
					.rootCause()
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("is not a")
					.hasMessageContaining("allowed values: ");
			}
			assertThat(get(context, "/probe/unknown?mode=composed")).hasStatus4xxClientError();
			assertThat(get(context, "/probe/1280X720?mode=composed")).hasStatus4xxClientError();
			assertThat(get(context, "/probe/1280x720?mode={mode}", "composed ")).hasStatus4xxClientError();
		});
	}

	// when a converter refuses a value, Spring's TypeConverterDelegate tries the trimmed
	// value as a constant name (Enum.valueOf, then a static field): UNKNOWN binds, and
	// the client's options refuse it before any request (WireEnums.requireKnown)
	@Test
	void cannotStopSpringsOwnFallbackToTheUnknownConstantName() {
		this.runner.run((context) -> {
			assertThat(get(context, "/probe/1280x720?mode=UNKNOWN")).hasStatusOk()
				.hasBodyTextEqualTo("HD_HORIZONTAL UNKNOWN PUBLISHER");
			assertThat(get(context, "/probe/1280x720?mode={mode}", " COMPOSED ")).hasStatusOk()
				.hasBodyTextEqualTo("HD_HORIZONTAL COMPOSED PUBLISHER");
		});
	}

	@Test
	void leavesOtherEnumsToSpring() {
		this.runner.run((context) -> {
			assertThat(get(context, "/probe/1280x720?mode=composed&day=MONDAY")).hasStatusOk()
				.hasBodyTextEqualTo("HD_HORIZONTAL COMPOSED PUBLISHER MONDAY");
			assertThat(get(context, "/probe/1280x720?mode=composed&day=monday")).hasStatus4xxClientError();
		});
	}

	@Test
	void readsAnEmptyParameterAsNoValueAsSpringDoes() {
		this.runner.run((context) -> assertThat(get(context, "/probe/1280x720?mode=composed&role=")).hasStatusOk()
			.hasBodyTextEqualTo("HD_HORIZONTAL COMPOSED PUBLISHER"));
	}

	@Test
	void withoutItOnlyConstantNamesAreRead() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
					HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class))
			.withUserConfiguration(ProbeController.class)
			.run((context) -> {
				assertThat(get(context, "/probe/HD_HORIZONTAL?mode=COMPOSED")).hasStatusOk();
				assertThat(get(context, "/probe/1280x720?mode=composed")).hasStatus4xxClientError();
			});
	}

	@Test
	void backsOffOutsideAServletWebApplication() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenTokEnumConversionAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean("openTokEnumConverter"));
	}

	@Test
	void backsOffWhenTheUserDefinesABeanOfTheSameName() {
		this.runner.withBean("openTokEnumConverter", OwnConverter.class).run((context) -> {
			assertThat(context.getBean("openTokEnumConverter")).isInstanceOf(OwnConverter.class);
			assertThat(get(context, "/probe/1280x720?mode=composed")).hasStatus4xxClientError();
		});
	}

	private static MvcTestResult get(AssertableWebApplicationContext context, String uriTemplate,
			Object... uriVariables) {
		return MockMvcTester.from(context).get().uri(uriTemplate, uriVariables).exchange();
	}

	static class OwnConverter implements Converter<String, StringBuilder> {

		@Override
		public StringBuilder convert(String source) {
			return new StringBuilder(source);
		}

	}

	@RestController
	static class ProbeController {

		@GetMapping("/probe/{resolution}")
		String probe(@PathVariable Resolution resolution, @RequestParam OutputMode mode,
				@RequestParam(required = false) @Nullable Role role,
				@RequestParam(required = false) @Nullable DayOfWeek day) {
			return resolution.name() + " " + mode.name() + " " + ((role != null) ? role : Role.PUBLISHER)
					+ ((day != null) ? " " + day : "");
		}

	}

}
