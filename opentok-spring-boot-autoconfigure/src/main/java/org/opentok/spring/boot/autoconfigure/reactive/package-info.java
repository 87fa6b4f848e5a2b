/**
 * The reactive OpenTok client ({@code ReactiveOpenTok} and one {@code Reactive*Client}
 * per API area) on Spring's {@code WebClient}, when WebFlux is on the class path.
 */
@NullMarked
package org.opentok.spring.boot.autoconfigure.reactive;

import org.jspecify.annotations.NullMarked;
