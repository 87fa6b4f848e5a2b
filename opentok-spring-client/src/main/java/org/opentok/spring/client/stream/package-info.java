/**
 * Reading the streams of a session and setting their layout classes.
 */
@NullMarked
package org.opentok.spring.client.stream;

import org.jspecify.annotations.NullMarked;
