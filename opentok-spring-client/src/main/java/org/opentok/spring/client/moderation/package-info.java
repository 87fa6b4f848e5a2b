/**
 * Moderating a session: disconnecting clients and muting streams.
 */
@NullMarked
package org.opentok.spring.client.moderation;

import org.jspecify.annotations.NullMarked;
