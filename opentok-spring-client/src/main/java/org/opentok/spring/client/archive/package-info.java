/**
 * Recording sessions: archives, their layout and streams, and where they are uploaded.
 */
@NullMarked
package org.opentok.spring.client.archive;

import org.jspecify.annotations.NullMarked;
