package org.opentok.spring.boot.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Logs rejected callbacks at WARN, at most one line per status and reason each minute, so
 * that a misconfigured sender or a scanner cannot flood the log; the line after a quiet
 * minute counts the rejections left out, which are logged at DEBUG. A line names the
 * status, the reason and the remote address, never a token, a secret or the body: the
 * reasons come from a fixed set of texts, so the memory kept per reason stays bounded.
 * Thread-safe.
 *
 * @since 0.1.0
 */
final class RejectionLog {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	// an IPv6 address with a zone id fits
	private static final int MAX_ADDRESS_LENGTH = 64;

	// under the endpoint's name, which is what a reader of the log looks for
	private static final Log logger = LogFactory.getLog(WebhookProcessor.class);

	private final Clock clock;

	private final Map<String, Window> windows = new HashMap<>();

	RejectionLog(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Logs a rejection, unless one for the same status and reason was logged less than a
	 * minute ago.
	 * @param status the HTTP status answered
	 * @param reason why, one of a fixed set of texts free of request data
	 * @param remoteAddress the address the request came from
	 */
	void rejected(int status, String reason, String remoteAddress) {
		if (!logger.isWarnEnabled()) {
			return;
		}
		String line = "Rejected an OpenTok callback from " + printable(remoteAddress) + " with " + status + ": "
				+ reason;
		Window ended = startWindow(status + " " + reason);
		if (ended == null) {
			if (logger.isDebugEnabled()) {
				logger.debug(line);
			}
		}
		else if (ended.suppressed == 0) {
			logger.warn(line);
		}
		else {
			logger.warn(line + " (" + ended.suppressed + " more like it since " + ended.logged + " were not logged)");
		}
	}

	// starts the key's next window and returns the one it ends (an empty one the first
	// time), or counts the rejection in the key's window and returns null while it lasts
	private synchronized @Nullable Window startWindow(String key) {
		Instant now = this.clock.instant();
		Window window = this.windows.get(key);
		if (window != null && now.isBefore(window.logged.plus(INTERVAL))) {
			window.suppressed++;
			return null;
		}
		this.windows.put(key, new Window(now));
		return (window != null) ? window : new Window(now);
	}

	// an address as the container reports it, which forwarded headers may have set:
	// anything that is not part of an IP address or host name becomes '?'
	private static String printable(String address) {
		int length = Math.min(address.length(), MAX_ADDRESS_LENGTH);
		StringBuilder printable = new StringBuilder(length + 3);
		for (int i = 0; i < length; i++) {
			char c = address.charAt(i);
			boolean allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
					|| ".:-_%[]".indexOf(c) >= 0;
			printable.append(allowed ? c : '?');
		}
		return (length < address.length()) ? printable.append("...").toString() : printable.toString();
	}

	private static final class Window {

		private final Instant logged;

		private long suppressed;

		Window(Instant logged) {
			this.logged = logged;
		}

	}

}
