/**
 * Typed events for the callbacks OpenTok POSTs to an application (session monitoring,
 * archive, broadcast, SIP, Experience Composer and live captions status) and a parser
 * from their JSON bodies.
 */
@NullMarked
package org.opentok.spring.client.webhook;

import org.jspecify.annotations.NullMarked;
