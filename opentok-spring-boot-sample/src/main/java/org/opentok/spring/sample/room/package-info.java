/**
 * Rooms: a room name stands for one OpenTok session, created on first use and stored.
 */
@NullMarked
package org.opentok.spring.sample.room;

import org.jspecify.annotations.NullMarked;
