/**
 * Actuator support beyond health: keeping OpenTok secrets out of endpoint output.
 */
@NullMarked
package org.opentok.spring.boot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
