package org.opentok.spring.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test's application context against a local OpenTok emulator: one
 * {@link org.opentok.spring.boot.test.emulator.OpenTokEmulator} per context, started
 * before the context, exposed as the {@code openTokEmulator} bean and stopped with the
 * context. It contributes the primary
 * {@link org.opentok.spring.boot.autoconfigure.OpenTokConnectionDetails} (and account
 * connection details): the OpenTok client talks to the emulator with its made-up project
 * and account credentials, whatever credentials the app configures. When the app runs the
 * emulator itself ({@code opentok.emulator.enabled=true}), that one backs off, so there
 * is one emulator, with this annotation's settings.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureOpenTokEmulator
 * class RoomServiceTests {
 *
 *     &#64;Autowired
 *     OpenTokEmulator emulator;
 *
 * }
 * </pre>
 *
 * A cached context shares its emulator among test classes: call {@code emulator.reset()}
 * to start from a clean state.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureOpenTokEmulator {

	/**
	 * The app's callback URL, which the emulator POSTs events to. Placeholders are
	 * resolved against the context's environment at each delivery, so
	 * {@code http://localhost:${local.server.port}/opentok/events} reaches a
	 * {@code RANDOM_PORT} test's server. Empty for none.
	 * @return the callback URL
	 */
	String webhookUrl() default "";

	/**
	 * The secret callbacks are signed with, at least 32 characters. Placeholders are
	 * resolved when the context starts, against the app's and the test's properties
	 * ({@code @DynamicPropertySource} values are not there yet). Empty for unsigned
	 * callbacks.
	 * @return the signature secret
	 */
	String webhookSecret() default "";

}
