package org.opentok.spring.boot.test.emulator;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /session/create}: a form-encoded request, answered with a one-element JSON
 * array (or XML when the client does not accept JSON, as the service does).
 *
 * @since 0.1.0
 */
final class SessionHandlers {

	static final List<String> RESOLUTIONS = List.of("640x480", "480x640", "1280x720", "720x1280", "1920x1080",
			"1080x1920");

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	private static final DateTimeFormatter CREATE_DT = DateTimeFormatter
		.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final SessionActivity activity;

	SessionHandlers(SessionActivity activity) {
		this.activity = activity;
	}

	void register(Router router) {
		router.add("POST", "/session/create", Router.Body.FORM, this::create);
	}

	private ApiResponse create(ApiCall call) {
		Map<String, String> form = call.form();
		String p2p = oneOf(form, "p2p.preference", List.of("enabled", "disabled"), "disabled");
		boolean routed = "disabled".equals(p2p);
		boolean always = "always".equals(oneOf(form, "archiveMode", List.of("manual", "always"), "manual"));
		boolean e2ee = "true".equals(oneOf(form, "e2ee", List.of("true", "false"), "false"));
		String location = form.get("location");
		if (location != null && !IPV4.matcher(location).matches()) {
			throw ApiError.badRequest("'location' must be an IPv4 address, got '" + location + "'");
		}
		String archiveName = form.get("archiveName");
		String archiveResolution = form.get("archiveResolution");
		if (always && !routed) {
			throw ApiError.badRequest("archiveMode=always needs p2p.preference=disabled (a routed session)");
		}
		if (e2ee && (!routed || always)) {
			throw ApiError.badRequest("e2ee needs a routed session and cannot be combined with archiveMode=always");
		}
		if (archiveName != null && (!always || archiveName.isEmpty() || archiveName.length() > 80)) {
			throw ApiError.badRequest(
					"'archiveName' is only allowed with archiveMode=always and must have 1 to 80 " + "characters");
		}
		if (archiveResolution != null && (!always || !RESOLUTIONS.contains(archiveResolution))) {
			throw ApiError.badRequest("'archiveResolution' is only allowed with archiveMode=always and must be one "
					+ "of " + RESOLUTIONS);
		}
		ProjectState project = call.project();
		SessionState session = this.activity.create(project, routed, always, archiveName, archiveResolution, location);
		String createDt = CREATE_DT.format(session.createdAt());
		String accept = call.request().header("Accept");
		if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("json")) {
			return ApiResponse.of(200, "text/xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + "<sessions><Session><session_id>"
							+ session.id() + "</session_id><partner_id>" + project.id() + "</partner_id><create_dt>"
							+ createDt + "</create_dt></Session></sessions>");
		}
		ArrayNode answer = Json.array();
		ObjectNode created = answer.addObject();
		created.put("session_id", session.id());
		created.put("project_id", project.id());
		created.put("partner_id", project.id());
		if (project.isVonage()) {
			created.put("application_id", project.id());
		}
		created.put("create_dt", createDt);
		created.put("media_server_url", "");
		return ApiResponse.ok(answer);
	}

	private static String oneOf(Map<String, String> form, String name, List<String> allowed, String absent) {
		@Nullable String value = form.get(name);
		if (value == null) {
			return absent;
		}
		if (!allowed.contains(value)) {
			throw ApiError.badRequest("'" + name + "' must be one of " + allowed + ", got '" + value + "'");
		}
		return value;
	}

}
