/**
 * Actuator health of the OpenTok API: the {@code opentok} health indicator.
 */
@NullMarked
package org.opentok.spring.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
