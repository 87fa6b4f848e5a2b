package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Starts an emulator for a test context, points the OpenTok properties at it and
 * registers it as the {@code openTokEmulator} bean, closed with the context. A record, so
 * that contexts with the same settings are cached and share one emulator.
 *
 * @param webhookUrl the callback URL template, or empty
 * @param webhookSecret the signature secret, or empty
 * @since 0.1.0
 */
record OpenTokEmulatorContextCustomizer(String webhookUrl, String webhookSecret) implements ContextCustomizer {

	static final String BEAN_NAME = "openTokEmulator";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (OpenTokEmulatorPropertySource.find(environment) != null) {
			// opentok.emulator.enabled=true started one already: its auto-configuration
			// exposes it
			return;
		}
		OpenTokEmulator.Builder builder = OpenTokEmulator.builder();
		if (StringUtils.hasText(this.webhookSecret)) {
			builder.webhookSecret(environment.resolveRequiredPlaceholders(this.webhookSecret));
		}
		OpenTokEmulator emulator = builder.start();
		if (StringUtils.hasText(this.webhookUrl)) {
			emulator.webhooks().urlSupplier(() -> URI.create(environment.resolveRequiredPlaceholders(this.webhookUrl)));
		}
		OpenTokEmulatorPropertySource.install(environment, emulator);
		if (context instanceof BeanDefinitionRegistry registry) {
			RootBeanDefinition definition = new RootBeanDefinition(OpenTokEmulator.class, () -> emulator);
			definition.setDestroyMethodName("close");
			registry.registerBeanDefinition(BEAN_NAME, definition);
		}
		else {
			// no destroy callback here: the emulator's daemon threads end with the JVM
			context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		}
	}

}
