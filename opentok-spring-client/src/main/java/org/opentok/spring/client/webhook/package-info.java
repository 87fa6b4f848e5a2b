/**
 * Typed events for the callbacks OpenTok POSTs to an application (session monitoring,
 * archive, broadcast, SIP, Experience Composer and live captions status) and a parser
 * from their JSON bodies.
 * <p>
 * A status, type or reason is kept exactly as sent in a {@code raw...} component (such as
 * {@link org.opentok.spring.client.webhook.ConnectionDestroyedEvent#rawReason()}), and
 * its enum accessor ({@code reason()}) is read from that string. A value this version
 * does not know reads as {@code UNKNOWN}, and the {@code raw...} accessor still holds
 * what arrived.
 */
@NullMarked
package org.opentok.spring.client.webhook;

import org.jspecify.annotations.NullMarked;
