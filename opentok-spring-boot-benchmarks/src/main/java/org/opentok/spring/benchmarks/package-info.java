/**
 * JMH benchmarks of the OpenTok client against the official SDK and jose4j.
 */
@NullMarked
package org.opentok.spring.benchmarks;

import org.jspecify.annotations.NullMarked;
