/**
 * A local, stateful OpenTok emulator for development and tests:
 * {@link org.opentok.spring.boot.test.emulator.OpenTokEmulator}.
 */
@NullMarked
package org.opentok.spring.boot.test.emulator;

import org.jspecify.annotations.NullMarked;
