package org.opentok.spring.boot.test.emulator;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * One callback the emulator POSTed (or tried to).
 *
 * @param url where it went, or {@code null} if the app's callback URL could not be
 * resolved
 * @param event the payload's {@code event} ({@code connectionCreated},
 * {@code sessionNotification}, {@code archive}, ...)
 * @param body the JSON payload
 * @param signed whether it carried a signed {@code Authorization} JWT
 * @param status the receiver's HTTP status, {@code 0} if it could not be reached
 * @param error why it could not be delivered, or {@code null}
 * @since 0.1.0
 */
public record WebhookDelivery(@Nullable URI url, String event, String body, boolean signed, int status,
		@Nullable String error) {

	/**
	 * Whether the receiver answered with a 2xx status.
	 * @return whether the delivery succeeded
	 */
	public boolean succeeded() {
		return this.status >= 200 && this.status < 300;
	}

}
