package org.opentok.spring.boot.autoconfigure;

import java.util.List;

import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/**
 * Every {@link FailureAnalyzer} of {@code spring.factories} (Boot's and ours), made and
 * ordered the way Spring Boot 4 makes them when a run fails: after the context failed,
 * with its bean factory and environment. The first analysis wins, as in Boot. Add it to a
 * runner with {@code withInitializer}.
 */
final class BootFailureAnalyzers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private @Nullable ConfigurableApplicationContext context;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Returns what Boot would report for a failure.
	 * @param failure the failure
	 * @return the first analysis, or {@code null} when no analyzer explains the failure
	 */
	@Nullable FailureAnalysis analyze(Throwable failure) {
		if (this.context == null) {
			throw new IllegalStateException("no context was initialized");
		}
		ArgumentResolver arguments = ArgumentResolver.of(BeanFactory.class, this.context.getBeanFactory())
			.and(Environment.class, this.context.getEnvironment());
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader
			.forDefaultResourceLocation(this.context.getClassLoader())
			.load(FailureAnalyzer.class, arguments, FailureHandler.logging(LogFactory.getLog(getClass())));
		for (FailureAnalyzer analyzer : analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

}
