package org.opentok.spring.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the README's markdown table:
 * score, error, {@code gc.alloc.rate.norm}, and for each of our benchmarks the speed-up
 * over its contender (official SDK or jose4j) and over its floor, and the allocation
 * relative to the contender. Benchmarks pair by name: {@code <operation>Ours} against
 * {@code <operation>OfficialSdk} or {@code <operation>Jose4j}, and every
 * {@code <operation>Floor...} or {@code <operation>RawSocket}, in the same class. A token
 * made on a fresh virtual thread ({@code <operation>OursFreshVirtualThread}) is shown
 * less the threads' own cost ({@code freshVirtualThreadOnly}), against the same token on
 * a long-lived thread ({@code <operation>OursSameThread}).
 *
 * @since 0.1.0
 */
public final class ResultsTable {

	private static final List<String> CONTENDERS = List.of("OfficialSdk", "Jose4j", "WithoutOpenTok");

	private static final List<String> FLOORS = List.of("Floor", "RawSocket");

	private static final String FRESH_VIRTUAL_THREAD = "FreshVirtualThread";

	private ResultsTable() {
	}

	/**
	 * Prints the table.
	 * @param args the JMH JSON result files, in the order their rows should come
	 */
	public static void main(String[] args) {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, Result> byName = new LinkedHashMap<>();
		for (String file : args) {
			for (JsonNode result : json.readTree(new File(file))) {
				Result parsed = Result.of(result);
				byName.put(parsed.key(), parsed);
			}
		}
		System.out.println("| Benchmark | Threads | Mode | Score | Error | Units | gc.alloc.rate.norm (B/op) "
				+ "| vs contender (speed, allocation) | vs floor (speed) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		for (Result result : byName.values()) {
			Result contender = find(byName, result, CONTENDERS);
			String vsContender = (contender != null && result.isOurs()) ? vsContender(result, contender) : "";
			String vsFloor = result.isOurs() ? vsFloors(byName, result) : vsSameThread(byName, result);
			System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", result.label(),
					result.threads, result.mode, number(result.score), number(result.error), result.unit,
					number(result.allocation), vsContender, vsFloor);
		}
	}

	/**
	 * Speed against each floor, named by what follows {@code Floor} in its name.
	 */
	private static String vsFloors(Map<String, Result> byName, Result ours) {
		List<String> ratios = new ArrayList<>();
		for (Result candidate : byName.values()) {
			if (isSameOperation(candidate, ours) && FLOORS.stream().anyMatch(candidate.method::contains)) {
				int floor = candidate.method.indexOf("Floor");
				String name = (floor >= 0) ? candidate.method.substring(floor + 5) : "raw socket";
				ratios.add(String.format(Locale.ROOT, "%.2fx %s", ours.speedUp(candidate), name));
			}
		}
		return String.join(", ", ratios);
	}

	/**
	 * For a token (or the floor's work) done on a fresh virtual thread: its time and
	 * allocation less what the threads alone cost, and that time against the same work on
	 * a long-lived thread.
	 */
	private static String vsSameThread(Map<String, Result> byName, Result fresh) {
		if (!fresh.method.endsWith(FRESH_VIRTUAL_THREAD)) {
			return "";
		}
		String operation = fresh.method.substring(0, fresh.method.length() - FRESH_VIRTUAL_THREAD.length());
		Result threadOnly = byName.get(fresh.className + ".freshVirtualThreadOnly()@" + fresh.threads);
		Result sameThread = byName.get(fresh.className + "." + operation + "SameThread()@" + fresh.threads);
		if (threadOnly == null || sameThread == null) {
			return "";
		}
		double time = fresh.score - threadOnly.score;
		return String.format(Locale.ROOT, "less the threads %.0f %s, %.0f B: %.2fx the same-thread time", time,
				fresh.unit, fresh.allocation - threadOnly.allocation, time / sameThread.score);
	}

	/**
	 * Speed and allocation ratios against the contender; for start-up, where the cost is
	 * what the starter adds, the difference in time instead of a ratio.
	 */
	private static String vsContender(Result ours, Result contender) {
		double allocation = ours.allocation / contender.allocation;
		String allocationRatio = Double.isNaN(allocation) ? "" : String.format(Locale.ROOT, ", %.2fx", allocation);
		if (contender.who().equals("without")) {
			return String.format(Locale.ROOT, "without %+.1f %s%s", ours.score - contender.score, ours.unit,
					allocationRatio);
		}
		return String.format(Locale.ROOT, "%s %.2fx%s", contender.who(), ours.speedUp(contender), allocationRatio);
	}

	private static Result find(Map<String, Result> byName, Result ours, List<String> suffixes) {
		for (Result candidate : byName.values()) {
			if (isSameOperation(candidate, ours) && suffixes.stream().anyMatch(candidate.method::contains)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean isSameOperation(Result candidate, Result ours) {
		return candidate.className.equals(ours.className) && candidate.threads == ours.threads
				&& candidate.operation().equals(ours.operation());
	}

	private static String number(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		return (Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.3f", value);
	}

	private record Result(String className, String method, String params, int threads, String mode, double score,
			double error, String unit, double allocation) {

		static Result of(JsonNode result) {
			String benchmark = result.get("benchmark").asString();
			int dot = benchmark.lastIndexOf('.');
			String className = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
			List<String> params = new ArrayList<>();
			JsonNode paramsNode = result.get("params");
			if (paramsNode != null) {
				paramsNode.properties().forEach((entry) -> {
					if (!entry.getKey().equals("count")) {
						params.add(entry.getValue().asString());
					}
				});
			}
			JsonNode primary = result.get("primaryMetric");
			JsonNode allocation = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
			return new Result(className, benchmark.substring(dot + 1), String.join(",", params),
					result.get("threads").asInt(), result.get("mode").asString(), primary.get("score").asDouble(),
					primary.get("scoreError").asDouble(), primary.get("scoreUnit").asString(),
					allocation.isMissingNode() ? Double.NaN : allocation.asDouble());
		}

		String key() {
			return this.className + "." + this.method + "(" + this.params + ")@" + this.threads;
		}

		String label() {
			return this.className.replace("TwoThreads", "") + "." + this.method
					+ (this.params.isEmpty() ? "" : " (" + this.params + ")");
		}

		boolean isOurs() {
			return this.method.endsWith("Ours") || this.method.endsWith("WithOpenTok");
		}

		String who() {
			for (String suffix : CONTENDERS) {
				if (this.method.endsWith(suffix)) {
					return suffix.equals("OfficialSdk") ? "SDK" : suffix.equals("Jose4j") ? "jose4j" : "without";
				}
			}
			return "";
		}

		String operation() {
			for (String suffix : List.of("Ours", "OfficialSdk", "Jose4j", "Floor", "RawSocket", "WithOpenTok",
					"WithoutOpenTok")) {
				int at = this.method.indexOf(suffix);
				if (at > 0) {
					return this.method.substring(0, at);
				}
			}
			return this.method;
		}

		/**
		 * How many times faster this is than {@code other}.
		 */
		double speedUp(Result other) {
			return this.mode.equals("thrpt") ? this.score / other.score : other.score / this.score;
		}

	}

}
