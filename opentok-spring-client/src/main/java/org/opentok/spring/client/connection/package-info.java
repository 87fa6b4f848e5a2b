/**
 * Listing the connections of a session.
 */
@NullMarked
package org.opentok.spring.client.connection;

import org.jspecify.annotations.NullMarked;
