package org.opentok.spring.sample.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import org.opentok.spring.boot.autoconfigure.OpenTokProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@code sample.json.max-body-size}: its default, a configured value reaching
 * the filter, and the values refused at start-up.
 */
class JsonBodyLimitConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(OpenTokPropertiesConfiguration.class, JsonBodyLimitConfiguration.class)
		.withBean("handlerExceptionResolver", RecordingResolver.class, RecordingResolver::new);

	@Test
	void limitsBodiesTo16KilobytesByDefault() {
		this.runner.run((context) -> {
			assertThat(context.getBean(JsonBodyLimitProperties.class).maxBodySize().toBytes()).isEqualTo(16384);
			assertThat(filter(context, 16384)).isEmpty();
			assertThat(filter(context, 16385)).containsExactly("413 The body is larger than 16384 bytes");
		});
	}

	@Test
	void appliesAConfiguredLimit() {
		this.runner.withPropertyValues("sample.json.max-body-size=1KB").run((context) -> {
			assertThat(filter(context, 1024)).isEmpty();
			assertThat(filter(context, 1025)).containsExactly("413 The body is larger than 1024 bytes");
		});
	}

	@Test
	void refusesALimitOutsideOneByteToOneMegabyte() {
		this.runner.withPropertyValues("sample.json.max-body-size=0B")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("'sample.json.max-body-size' must be between 1B and 1MB, got 0B"));
		this.runner.withPropertyValues("sample.json.max-body-size=2MB")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("'sample.json.max-body-size' must be between 1B and 1MB, got 2097152B"));
	}

	// sends a JSON body of the given size through the registered filter and returns the
	// errors it handed to the exception resolver
	private static List<String> filter(ApplicationContext context, int size) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/rooms/a");
		request.setContentType("application/json");
		request.setContent(new byte[size]);
		RecordingResolver resolver = context.getBean(RecordingResolver.class);
		resolver.errors.clear();
		context.getBean(FilterRegistrationBean.class)
			.getFilter()
			.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		return List.copyOf(resolver.errors);
	}

	@EnableConfigurationProperties(OpenTokProperties.class)
	static class OpenTokPropertiesConfiguration {

	}

	static class RecordingResolver implements HandlerExceptionResolver {

		final List<String> errors = new ArrayList<>();

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
				@Nullable Object handler, Exception ex) {
			ResponseStatusException error = (ResponseStatusException) ex;
			this.errors.add(error.getStatusCode().value() + " " + error.getReason());
			return new ModelAndView();
		}

	}

}
