package org.opentok.spring.boot.autoconfigure.webhook;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.opentok.spring.client.webhook.OpenTokEventKind;

/**
 * Counts webhook requests in {@code opentok.webhook.events}, tagged {@code kind} (the
 * event kind, {@code none} when no event was read) and {@code outcome}
 * ({@code published}, {@code failed} when a listener threw, {@code replayed} when a
 * signed callback delivered before was answered without publishing it, {@code rejected},
 * {@code invalid}). Every counter is registered up front, so dashboards see zeros rather
 * than gaps and counting costs no lookup.
 *
 * @since 0.1.0
 */
final class MicrometerWebhookMetrics implements WebhookMetrics {

	static final String METER_NAME = "opentok.webhook.events";

	private static final String NO_KIND = "none";

	private final Map<OpenTokEventKind, Counter> published = new EnumMap<>(OpenTokEventKind.class);

	private final Map<OpenTokEventKind, Counter> failed = new EnumMap<>(OpenTokEventKind.class);

	private final Map<OpenTokEventKind, Counter> replayed = new EnumMap<>(OpenTokEventKind.class);

	private final Counter rejected;

	private final Counter invalid;

	MicrometerWebhookMetrics(MeterRegistry registry) {
		for (OpenTokEventKind kind : OpenTokEventKind.values()) {
			this.published.put(kind, counter(registry, kind.value(), "published"));
			this.failed.put(kind, counter(registry, kind.value(), "failed"));
			this.replayed.put(kind, counter(registry, kind.value(), "replayed"));
		}
		this.rejected = counter(registry, NO_KIND, "rejected");
		this.invalid = counter(registry, NO_KIND, "invalid");
	}

	private static Counter counter(MeterRegistry registry, String kind, String outcome) {
		return Counter.builder(METER_NAME)
			.description("OpenTok webhook requests, by event kind and outcome")
			.tag("kind", kind)
			.tag("outcome", outcome)
			.register(registry);
	}

	@Override
	public void published(OpenTokEventKind kind) {
		this.published.get(kind).increment();
	}

	@Override
	public void failed(OpenTokEventKind kind) {
		this.failed.get(kind).increment();
	}

	@Override
	public void replayed(OpenTokEventKind kind) {
		this.replayed.get(kind).increment();
	}

	@Override
	public void rejected() {
		this.rejected.increment();
	}

	@Override
	public void invalid() {
		this.invalid.increment();
	}

}
