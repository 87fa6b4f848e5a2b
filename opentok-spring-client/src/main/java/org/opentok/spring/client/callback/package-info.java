/**
 * Registering the URLs OpenTok posts session, stream and archive events to.
 */
@NullMarked
package org.opentok.spring.client.callback;

import org.jspecify.annotations.NullMarked;
