package org.opentok.spring.sample.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

import org.opentok.spring.boot.autoconfigure.OpenTokProperties;

/**
 * Registers the {@link JsonBodyLimitFilter} with the limit of
 * {@code sample.json.max-body-size}, ahead of every filter that reads or wraps the body.
 *
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JsonBodyLimitProperties.class)
class JsonBodyLimitConfiguration {

	@Bean
	FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimitFilter(JsonBodyLimitProperties limit,
			OpenTokProperties openTok,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
		JsonBodyLimitFilter filter = new JsonBodyLimitFilter((int) limit.maxBodySize().toBytes(),
				openTok.webhook().path(), exceptionResolver);
		FilterRegistrationBean<JsonBodyLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 10_000);
		return registration;
	}

}
