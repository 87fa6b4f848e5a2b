/**
 * A small app built on the OpenTok Spring Boot starter.
 */
@NullMarked
package org.opentok.spring.sample;

import org.jspecify.annotations.NullMarked;
