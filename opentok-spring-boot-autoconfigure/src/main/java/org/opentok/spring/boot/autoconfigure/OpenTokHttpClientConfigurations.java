package org.opentok.spring.boot.autoconfigure;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The optional integrations of the OpenTok transport with the HTTP client support on the
 * class path, each behind its own class condition so that the condition evaluation report
 * shows which apply. Without them the transport builds its own client.
 */
final class OpenTokHttpClientConfigurations {

	private OpenTokHttpClientConfigurations() {
	}

	/**
	 * The app's {@code RestClientCustomizer} beans apply to the OpenTok client.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestClientCustomizer.class)
	static class BootRestClientConfiguration {

		@Bean
		OpenTokRestClientCustomizers openTokRestClientCustomizers(ObjectProvider<RestClientCustomizer> customizers) {
			return new OpenTokRestClientCustomizers(customizers.orderedStream().toList());
		}

	}

	/**
	 * The OpenTok client's HTTP client is built as Boot builds its own.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientHttpRequestFactoryBuilder.class)
	static class BootHttpClientConfiguration {

		@Bean
		OpenTokRequestFactories openTokRequestFactories(ObjectProvider<ClientHttpRequestFactoryBuilder<?>> builder,
				ObjectProvider<HttpClientSettings> settings,
				ObjectProvider<OpenTokRequestFactories.BuilderAdapter> adapter) {
			return new OpenTokRequestFactories(builder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect),
					settings.getIfAvailable(HttpClientSettings::defaults),
					adapter.getIfAvailable(() -> OpenTokRequestFactories.BuilderAdapter.NONE));
		}

		/**
		 * Apache HttpClient 5, the starter's client, is trimmed and pooled for OpenTok.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(HttpClientBuilder.class)
		static class HttpComponentsConfiguration {

			@Bean
			OpenTokRequestFactories.BuilderAdapter openTokHttpComponentsAdapter() {
				return new OpenTokHttpComponents();
			}

		}

	}

}
