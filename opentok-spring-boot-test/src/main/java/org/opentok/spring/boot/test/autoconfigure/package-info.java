/**
 * Spring Boot support for the OpenTok emulator: {@code @AutoConfigureOpenTokEmulator} for
 * tests, and {@code opentok.emulator.enabled=true} for local development.
 */
@NullMarked
package org.opentok.spring.boot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
