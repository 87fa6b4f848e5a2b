package org.opentok.spring.boot.test.emulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read-only HTML page at the emulator's root: per project its sessions with their
 * connections and streams, its archives and broadcasts with their status; then the latest
 * API requests (method, path and status only: no query, body or headers, so no token or
 * secret) and the latest webhook deliveries with their answers (the URL without its
 * query). Every value is HTML-escaped, and the page runs no script.
 *
 * @since 0.1.0
 */
final class StatusPage {

	static final int MAX_ROWS = 50;

	private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;color:#222}"
			+ "table{border-collapse:collapse;margin:.4em 0 1.2em}"
			+ "td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left;font-size:.9em}"
			+ "th{background:#eef}code{font-size:.95em}.none{color:#777}h2{border-bottom:2px solid #446}";

	private final EmulatorState state;

	StatusPage(EmulatorState state) {
		this.state = state;
	}

	ApiResponse serve(ApiRequest request) {
		if (!"GET".equals(request.method())) {
			return ApiResponse.error(new ApiError(405, "Only GET is allowed here")).withHeader("Allow", "GET");
		}
		String html;
		synchronized (this.state) {
			html = render();
		}
		return ApiResponse.of(200, "text/html; charset=utf-8", html)
			.withHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			.withHeader("X-Content-Type-Options", "nosniff")
			.withHeader("Cache-Control", "no-store");
	}

	private String render() {
		Html html = new Html();
		html.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>OpenTok emulator</title>")
			.raw("<style>")
			.raw(STYLE)
			.raw("</style></head><body><h1>OpenTok emulator</h1><p>API URL <code>")
			.text(this.state.baseUrl().toString())
			.raw("</code>. This page shows what the emulator holds now; reload it to see more.</p>");
		for (ProjectState project : this.state.projects()) {
			project(html, project);
		}
		requests(html);
		webhooks(html);
		return html.raw("</body></html>").toString();
	}

	private void project(Html html, ProjectState project) {
		html.raw("<section class=\"project\"><h2>")
			.text(project.isVonage() ? "Vonage application " : "Project ")
			.text(project.id())
			.raw("</h2>");
		List<SessionState> sessions = this.state.sessions()
			.stream()
			.filter((session) -> session.project() == project)
			.toList();
		html.raw("<h3>Sessions</h3>");
		if (sessions.isEmpty()) {
			html.raw("<p class=\"none\">No session.</p>");
		}
		for (SessionState session : sessions) {
			session(html, session);
		}
		html.raw("<h3>Archives</h3>");
		table(html, project.archives().values().stream().map((archive) -> archive.toJson(project)).toList(),
				List.of("id", "name", "sessionId", "status", "reason"));
		html.raw("<h3>Broadcasts</h3>");
		table(html,
				project.broadcasts()
					.values()
					.stream()
					.map((broadcast) -> broadcast.toJson(project, this.state.baseUrl()))
					.toList(),
				List.of("id", "sessionId", "status"));
		html.raw("</section>");
	}

	private static void session(Html html, SessionState session) {
		html.raw("<div class=\"session\"><h4>Session <code>")
			.text(session.id())
			.raw("</code> (")
			.text(session.isRouted() ? "routed" : "relayed")
			.text(session.isArchivedAlways() ? ", archived always" : "")
			.raw(")</h4>");
		List<Row> connections = session.connections()
			.values()
			.stream()
			.map((connection) -> new Row(List.of(connection.id(), connection.role().wireValue(), connection.data())))
			.toList();
		rows(html, "Connections", List.of("connection", "role", "data"), connections);
		List<Row> streams = session.streams()
			.values()
			.stream()
			.map((stream) -> new Row(List.of(stream.id(), stream.connection().id(), videoType(stream.toJson()),
					stream.toJson().path("name").asString(""))))
			.toList();
		rows(html, "Streams", List.of("stream", "connection", "video type", "name"), streams);
		html.raw("</div>");
	}

	private static String videoType(ObjectNode stream) {
		return stream.path("videoType").isString() ? stream.path("videoType").asString() : "audio only";
	}

	private void requests(Html html) {
		List<RecordedRequest> requests = last(this.state.requests());
		html.raw("<section id=\"requests\"><h2>Latest API requests</h2>");
		rows(html, null, List.of("received", "method", "path", "status"),
				requests.stream()
					.map((request) -> new Row(List.of(request.receivedAt().toString(), request.method(), request.path(),
							(request.status() == 0) ? "dropped" : String.valueOf(request.status()))))
					.toList());
		html.raw("</section>");
	}

	private void webhooks(Html html) {
		List<WebhookDelivery> deliveries = last(this.state.webhooks().deliveries());
		html.raw("<section id=\"webhooks\"><h2>Latest webhooks</h2>");
		rows(html, null, List.of("event", "url", "signed", "answer"),
				deliveries.stream()
					.map((delivery) -> new Row(List.of(delivery.event(), withoutQuery(delivery.url()),
							delivery.signed() ? "yes" : "no", answer(delivery))))
					.toList());
		html.raw("</section>");
	}

	private static String answer(WebhookDelivery delivery) {
		if (delivery.status() != 0) {
			return String.valueOf(delivery.status());
		}
		return "not delivered: " + ((delivery.error() != null) ? delivery.error() : "no answer");
	}

	private static String withoutQuery(@Nullable URI url) {
		if (url == null) {
			return "(no URL)";
		}
		return url.getScheme() + "://" + url.getRawAuthority() + ((url.getRawPath() != null) ? url.getRawPath() : "");
	}

	// the latest first
	private static <T> List<T> last(List<T> all) {
		List<T> latest = new ArrayList<>(all.subList(Math.max(0, all.size() - MAX_ROWS), all.size()));
		Collections.reverse(latest);
		return latest;
	}

	private static void table(Html html, List<ObjectNode> items, List<String> fields) {
		rows(html, null, fields,
				items.stream()
					.map((item) -> new Row(fields.stream()
						.map((field) -> item.path(field).isNull() ? "" : item.path(field).asString(""))
						.toList()))
					.toList());
	}

	private static void rows(Html html, @Nullable String title, List<String> headings, List<Row> rows) {
		if (title != null) {
			html.raw("<h5>").text(title).raw("</h5>");
		}
		if (rows.isEmpty()) {
			html.raw("<p class=\"none\">None.</p>");
			return;
		}
		html.raw("<table><tr>");
		headings.forEach((heading) -> html.raw("<th>").text(heading).raw("</th>"));
		html.raw("</tr>");
		for (Row row : rows) {
			html.raw("<tr>");
			row.cells().forEach((cell) -> html.raw("<td>").text(cell).raw("</td>"));
			html.raw("</tr>");
		}
		html.raw("</table>");
	}

	private record Row(List<String> cells) {

	}

	/**
	 * An HTML document being written; {@link #text(String)} escapes.
	 */
	private static final class Html {

		private static final Map<Character, String> ESCAPES = Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;", '"',
				"&quot;", '\'', "&#39;");

		private final StringBuilder out = new StringBuilder(4096);

		Html raw(String markup) {
			this.out.append(markup);
			return this;
		}

		Html text(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				String escape = ESCAPES.get(c);
				this.out.append((escape != null) ? escape : c);
			}
			return this;
		}

		@Override
		public String toString() {
			return this.out.toString();
		}

	}

}
