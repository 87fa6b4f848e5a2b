/**
 * Dialling SIP endpoints into a session and playing DTMF tones.
 */
@NullMarked
package org.opentok.spring.client.sip;

import org.jspecify.annotations.NullMarked;
