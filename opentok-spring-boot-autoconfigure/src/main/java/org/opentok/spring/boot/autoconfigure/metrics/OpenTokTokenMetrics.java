package org.opentok.spring.boot.autoconfigure.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenGenerationListener;

/**
 * Counts generated client tokens in {@code opentok.tokens.generated}, tagged {@code role}
 * and {@code format}. The counters are registered once, so counting costs no lookup on
 * the token hot path.
 *
 * @since 0.1.0
 */
public class OpenTokTokenMetrics implements TokenGenerationListener {

	/**
	 * The counter's name.
	 */
	public static final String METER_NAME = "opentok.tokens.generated";

	private final Map<Role, Map<TokenFormat, Counter>> counters = new EnumMap<>(Role.class);

	/**
	 * Registers the counters.
	 * @param registry the registry
	 */
	public OpenTokTokenMetrics(MeterRegistry registry) {
		for (Role role : Role.values()) {
			Map<TokenFormat, Counter> byFormat = new EnumMap<>(TokenFormat.class);
			for (TokenFormat format : TokenFormat.values()) {
				byFormat.put(format,
						Counter.builder(METER_NAME)
							.description("Client tokens generated")
							.tag("role", role.wireValue())
							.tag("format", format.name().toLowerCase(Locale.ROOT))
							.register(registry));
			}
			this.counters.put(role, byFormat);
		}
	}

	@Override
	public void tokensGenerated(Role role, TokenFormat format, int count) {
		this.counters.get(role).get(format).increment(count);
	}

}
