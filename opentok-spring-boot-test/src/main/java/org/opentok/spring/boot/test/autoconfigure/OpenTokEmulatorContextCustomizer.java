package org.opentok.spring.boot.test.autoconfigure;

import java.net.URI;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

import org.opentok.spring.boot.test.emulator.OpenTokEmulator;

/**
 * Starts an emulator for a test context and registers it as the {@code openTokEmulator}
 * bean, closed with the context, with connection details that point the OpenTok client at
 * it. Its bean makes {@code opentok.emulator.enabled=true} back off, so there is one
 * emulator, with the annotation's settings. A record, so that contexts with the same
 * settings are cached and share one emulator.
 *
 * @param webhookUrl the callback URL template, or empty
 * @param webhookSecret the signature secret, or empty
 * @since 0.1.0
 */
record OpenTokEmulatorContextCustomizer(String webhookUrl, String webhookSecret) implements ContextCustomizer {

	static final String BEAN_NAME = "openTokEmulator";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		if (!(context instanceof BeanDefinitionRegistry registry)) {
			throw new IllegalStateException("@AutoConfigureOpenTokEmulator needs an application context that is a "
					+ "BeanDefinitionRegistry, got " + context.getClass().getName());
		}
		ConfigurableEnvironment environment = context.getEnvironment();
		OpenTokEmulator.Builder builder = OpenTokEmulator.builder();
		if (StringUtils.hasText(this.webhookSecret)) {
			builder.webhookSecret(environment.resolveRequiredPlaceholders(this.webhookSecret));
		}
		OpenTokEmulator emulator = builder.start();
		if (StringUtils.hasText(this.webhookUrl)) {
			emulator.webhooks().urlSupplier(() -> URI.create(environment.resolveRequiredPlaceholders(this.webhookUrl)));
		}
		RootBeanDefinition emulatorDefinition = new RootBeanDefinition(OpenTokEmulator.class, () -> emulator);
		emulatorDefinition.setDestroyMethodName("close");
		registry.registerBeanDefinition(BEAN_NAME, emulatorDefinition);
		RootBeanDefinition connectionDetails = new RootBeanDefinition(OpenTokEmulatorConnectionDetails.class,
				() -> new OpenTokEmulatorConnectionDetails(emulator));
		connectionDetails.setPrimary(true);
		connectionDetails.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		registry.registerBeanDefinition(OpenTokEmulatorConnectionDetails.BEAN_NAME, connectionDetails);
	}

}
