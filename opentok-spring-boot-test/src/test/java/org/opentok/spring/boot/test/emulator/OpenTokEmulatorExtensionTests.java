package org.opentok.spring.boot.test.emulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.opentok.spring.client.session.MediaMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * {@link OpenTokEmulatorExtension}'s lifecycle: the test classes below are run by a JUnit
 * launcher of their own, and record what they saw.
 */
class OpenTokEmulatorExtensionTests {

	static final List<String> seen = new ArrayList<>();

	@Test
	void startsBeforeAllResetsBeforeEachAndStopsAfterAll() {
		seen.clear();
		TestExecutionSummary summary = run(Registered.class);
		assertThat(summary.getFailures()).as("failures").isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
		assertThat(seen).containsExactly("before all: running", "first: session created", "second: session forgotten",
				"nested: same emulator, running", "after all: running");
		assertThat(Registered.started.isRunning()).as("running after all").isFalse();
		assertThatIllegalStateException().isThrownBy(Registered.openTok::emulator)
			.withMessage("The OpenTok emulator of this extension was stopped");
	}

	@Test
	void givesEachTestItsOwnEmulatorOnAnInstanceField() {
		seen.clear();
		TestExecutionSummary summary = run(PerTest.class);
		assertThat(summary.getFailures()).as("failures").isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(PerTest.emulators).hasSize(2).doesNotHaveDuplicates().noneMatch(OpenTokEmulator::isRunning);
		assertThat(seen).containsExactly("running", "running");
	}

	@Test
	void startsOnFirstUseWithTheBuildersSettingsAndStopsOnClose() {
		OpenTokEmulatorExtension extension = new OpenTokEmulatorExtension(
				OpenTokEmulator.builder().project("234567", "abcdef0123456789abcdef0123456789abcdef01"));
		OpenTokEmulator emulator = extension.emulator();
		assertThat(emulator.isRunning()).isTrue();
		assertThat(emulator.credentials().apiKey()).isEqualTo("234567");
		assertThat(extension.emulator()).isSameAs(emulator);
		extension.close();
		assertThat(emulator.isRunning()).isFalse();
	}

	@Test
	void refusesANullBuilder() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OpenTokEmulatorExtension(null))
			.withMessage("'builder' must not be null");
	}

	private static TestExecutionSummary run(Class<?> testClass) {
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create()
			.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
		return listener.getSummary();
	}

	private static String state(OpenTokEmulator emulator) {
		return emulator.isRunning() ? "running" : "stopped";
	}

	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class Registered {

		@RegisterExtension
		static final OpenTokEmulatorExtension openTok = new OpenTokEmulatorExtension();

		static OpenTokEmulator started;

		static String sessionId;

		@BeforeAll
		static void startedBeforeAll() {
			started = openTok.emulator();
			seen.add("before all: " + state(started));
		}

		@Test
		@Order(1)
		void first() {
			sessionId = openTok.emulator().createSession(MediaMode.ROUTED);
			assertThat(openTok.emulator().connect(sessionId)).isNotNull();
			seen.add("first: session created");
		}

		@Test
		@Order(2)
		void second() {
			assertThatIllegalArgumentException().isThrownBy(() -> openTok.emulator().connect(sessionId))
				.withMessageContaining("has no session");
			seen.add("second: session forgotten");
		}

		@AfterAll
		static void stillRunningAfterNestedClass() {
			seen.add("after all: " + state(started));
		}

		@Nested
		class Inner {

			@Test
			void nested() {
				seen.add("nested: " + ((openTok.emulator() == started) ? "same emulator" : "another emulator") + ", "
						+ state(started));
			}

		}

	}

	static class PerTest {

		static final List<OpenTokEmulator> emulators = new ArrayList<>();

		@RegisterExtension
		final OpenTokEmulatorExtension openTok = new OpenTokEmulatorExtension();

		@Test
		void first() {
			use();
		}

		@Test
		void second() {
			use();
		}

		private void use() {
			emulators.add(this.openTok.emulator());
			seen.add(state(this.openTok.emulator()));
		}

	}

}
