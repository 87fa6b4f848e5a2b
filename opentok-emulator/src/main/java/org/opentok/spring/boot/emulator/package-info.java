/**
 * The OpenTok emulator as a program of its own, for developers and test suites in any
 * language: {@code java -jar opentok-spring-boot-emulator.jar --port 4010}.
 */
@NullMarked
package org.opentok.spring.boot.emulator;

import org.jspecify.annotations.NullMarked;
