package org.opentok.spring.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The {@code User-Agent} the client sends: {@code opentok-spring-boot/<version> JRE/<java
 * version>}.
 *
 * @since 0.1.0
 */
public final class UserAgent {

	private static final String VALUE = "opentok-spring-boot/" + libraryVersion() + " JRE/"
			+ System.getProperty("java.version");

	private UserAgent() {
	}

	/**
	 * Returns the {@code User-Agent} header value.
	 * @return the value
	 */
	public static String value() {
		return VALUE;
	}

	/**
	 * Returns the version of this library.
	 * @return the version, or {@code unknown} if it cannot be read
	 */
	public static String libraryVersion() {
		try (InputStream in = UserAgent.class.getResourceAsStream("/" + OpenTokRuntimeHints.VERSION_RESOURCE)) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
