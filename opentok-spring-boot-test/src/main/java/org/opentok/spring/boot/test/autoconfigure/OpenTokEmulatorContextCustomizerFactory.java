package org.opentok.spring.boot.test.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds an {@link OpenTokEmulatorContextCustomizer} to test classes annotated with
 * {@link AutoConfigureOpenTokEmulator}.
 *
 * @since 0.1.0
 */
final class OpenTokEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureOpenTokEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureOpenTokEmulator.class);
		return (annotation != null)
				? new OpenTokEmulatorContextCustomizer(annotation.webhookUrl(), annotation.webhookSecret()) : null;
	}

}
