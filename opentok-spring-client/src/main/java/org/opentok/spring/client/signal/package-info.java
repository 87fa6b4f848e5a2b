/**
 * Sending signals to the clients of a session.
 */
@NullMarked
package org.opentok.spring.client.signal;

import org.jspecify.annotations.NullMarked;
