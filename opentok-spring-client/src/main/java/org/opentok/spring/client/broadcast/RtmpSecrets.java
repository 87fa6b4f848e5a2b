package org.opentok.spring.client.broadcast;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How RTMP targets and outputs print: never the stream key, nor the user info or the
 * query of a server URL, which can carry credentials too. Logs, exception messages and
 * Spring's {@code DEBUG} line of a request body show what {@code toString()} gives.
 */
final class RtmpSecrets {

	static final String MASK = "******";

	// [scheme://][userinfo@]host-and-path[?query or #fragment]
	private static final Pattern URL = Pattern.compile("([^:/?#]+://)?([^/?#@]*@)?([^?#]*)([?#].*)?", Pattern.DOTALL);

	private RtmpSecrets() {
	}

	static String maskedUrl(@Nullable String url) {
		if (url == null) {
			return "null";
		}
		Matcher parts = URL.matcher(url);
		if (!parts.matches()) {
			return MASK;
		}
		StringBuilder masked = new StringBuilder(url.length());
		if (parts.group(1) != null) {
			masked.append(parts.group(1));
		}
		if (parts.group(2) != null) {
			masked.append(MASK).append('@');
		}
		masked.append(parts.group(3));
		if (parts.group(4) != null) {
			masked.append(parts.group(4).charAt(0)).append(MASK);
		}
		return masked.toString();
	}

}
