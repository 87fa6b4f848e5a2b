package org.opentok.spring.boot.test.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The latest requests the emulator received, bounded by their number and by the
 * characters they hold (method, path, query, content type, body): the oldest go first.
 * The latest request is always kept. Not thread-safe: the state's lock guards it.
 *
 * @since 0.1.0
 */
final class RequestLog {

	private final int maxRequests;

	private final long maxChars;

	private final Deque<RecordedRequest> requests = new ArrayDeque<>();

	private long chars;

	RequestLog(int maxRequests, long maxChars) {
		this.maxRequests = maxRequests;
		this.maxChars = maxChars;
	}

	void add(RecordedRequest request) {
		this.requests.addLast(request);
		this.chars += chars(request);
		while (this.requests.size() > 1 && (this.requests.size() > this.maxRequests || this.chars > this.maxChars)) {
			this.chars -= chars(this.requests.removeFirst());
		}
	}

	List<RecordedRequest> list() {
		return List.copyOf(this.requests);
	}

	void clear() {
		this.requests.clear();
		this.chars = 0;
	}

	private static long chars(RecordedRequest request) {
		String contentType = request.contentType();
		long chars = request.method().length() + request.path().length() + request.body().length()
				+ ((contentType != null) ? contentType.length() : 0);
		for (Map.Entry<String, String> parameter : request.query().entrySet()) {
			chars += parameter.getKey().length() + parameter.getValue().length();
		}
		return chars;
	}

}
