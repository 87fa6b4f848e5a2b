package org.opentok.spring.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.opentok.spring.client.OpenTok;

/**
 * What the starter adds to an application's start-up: a whole
 * {@code SpringApplication.run} (context refresh included, closed afterwards) with every
 * auto-configuration on this class path, once with OpenTok credentials and once with the
 * OpenTok auto-configurations excluded. The difference of the two is the cost, here in a
 * warmed-up JVM; {@link ColdStartBenchmarks} measures the first start of a JVM.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class StartupBenchmarks {

	static final String[] COMMON = { "spring.main.banner-mode=off", "spring.main.log-startup-info=false",
			"logging.level.root=warn" };

	static final String EXCLUDE_OPENTOK = "spring.autoconfigure.exclude="
			+ "org.opentok.spring.boot.autoconfigure.OpenTokAutoConfiguration,"
			+ "org.opentok.spring.boot.autoconfigure.health.OpenTokHealthContributorAutoConfiguration,"
			+ "org.opentok.spring.boot.autoconfigure.metrics.OpenTokMetricsAutoConfiguration";

	/**
	 * Starts and stops an application that gets every OpenTok bean.
	 * @return the OpenTok facade, taken while the context was up
	 */
	@Benchmark
	public OpenTok refreshWithOpenTok() {
		return runWithOpenTok();
	}

	/**
	 * Starts and stops the same application without the OpenTok auto-configurations.
	 * @return the number of beans the context had
	 */
	@Benchmark
	public int refreshWithoutOpenTok() {
		return runWithoutOpenTok();
	}

	static OpenTok runWithOpenTok() {
		try (ConfigurableApplicationContext context = application().properties(COMMON)
			.properties("opentok.api-key=" + Fixtures.API_KEY, "opentok.api-secret=" + Fixtures.API_SECRET)
			.run()) {
			return context.getBean(OpenTok.class);
		}
	}

	static int runWithoutOpenTok() {
		try (ConfigurableApplicationContext context = application().properties(COMMON)
			.properties(EXCLUDE_OPENTOK)
			.run()) {
			if (context.getBeanNamesForType(OpenTok.class).length != 0) {
				throw new IllegalStateException("OpenTok was not excluded");
			}
			return context.getBeanDefinitionCount();
		}
	}

	static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(EmptyApplication.class).web(WebApplicationType.NONE);
	}

	/**
	 * An application with nothing of its own (and no component scan).
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	public static class EmptyApplication {

	}

}
