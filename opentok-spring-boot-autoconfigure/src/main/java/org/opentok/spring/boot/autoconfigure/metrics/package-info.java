/**
 * Micrometer metrics of the OpenTok client that observations do not cover: generated
 * tokens.
 */
@NullMarked
package org.opentok.spring.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
