/**
 * Creating OpenTok sessions.
 */
@NullMarked
package org.opentok.spring.client.session;

import org.jspecify.annotations.NullMarked;
