/**
 * The opt-in endpoint that receives OpenTok's callbacks, checks them and publishes them
 * as application events.
 */
@NullMarked
package org.opentok.spring.boot.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;
