package org.opentok.spring.client.sip;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of the play-DTMF calls.
 */
record DtmfRequest(@JsonProperty("digits") String digits) {

}
