package org.opentok.spring.boot.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenTokRequestFactories}: the HTTP client follows Boot's choice, which
 * prefers Apache HttpClient 5 (the starter's) unless
 * {@code spring.http.clients.imperative.factory} names another.
 */
class OpenTokRequestFactoriesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	@Test
	void httpComponentsIsUsedWhenOnTheClassPath() {
		this.contextRunner.run((context) -> assertThat(
				OpenTokRequestFactories.create(context.getBeanFactory(), Duration.ofSeconds(1), Duration.ofSeconds(2)))
			.isInstanceOf(HttpComponentsClientHttpRequestFactory.class));
	}

	@Test
	void factoryPropertyPicksAnotherClient() {
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk")
			.run((context) -> assertThat(OpenTokRequestFactories.create(context.getBeanFactory(), Duration.ofSeconds(1),
					Duration.ofSeconds(2)))
				.isInstanceOf(JdkClientHttpRequestFactory.class));
	}

	@Test
	void jdkClientIsUsedWithoutHttpComponents() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.apache.hc.client5"))
			.run((context) -> assertThat(OpenTokRequestFactories.create(context.getBeanFactory(), Duration.ofSeconds(1),
					Duration.ofSeconds(2)))
				.isInstanceOf(JdkClientHttpRequestFactory.class));
	}

}
