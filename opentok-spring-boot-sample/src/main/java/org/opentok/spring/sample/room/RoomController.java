package org.opentok.spring.sample.room;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.opentok.spring.client.core.OpenTokTransport;
import org.opentok.spring.client.moderation.ModerationClient;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.signal.SignalClient;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenGenerator;
import org.opentok.spring.client.token.TokenOptions;
import org.opentok.spring.sample.web.ProblemResponses;

import static org.springframework.http.HttpStatus.BAD_GATEWAY;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.GATEWAY_TIMEOUT;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

/**
 * Rooms over HTTP: create or get a room, mint tokens for it, signal its clients and
 * disconnect one.
 *
 * @since 0.1.0
 */
@RestController
@RequestMapping("/rooms")
class RoomController {

	private final RoomService rooms;

	private final TokenGenerator tokens;

	private final SignalClient signals;

	private final ModerationClient moderation;

	private final String apiKey;

	RoomController(RoomService rooms, TokenGenerator tokens, SignalClient signals, ModerationClient moderation,
			OpenTokTransport openTokTransport) {
		this.rooms = rooms;
		this.tokens = tokens;
		this.signals = signals;
		this.moderation = moderation;
		this.apiKey = openTokTransport.projectId();
	}

	@GetMapping
	List<RoomResponse> list() {
		return this.rooms.list().stream().map(this::response).toList();
	}

	@PutMapping("/{name}")
	@ApiResponse(responseCode = "201", description = "Created, with a new OpenTok session", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "The room exists", useReturnTypeSchema = true)
	@ProblemResponses({ BAD_REQUEST, CONFLICT, CONTENT_TOO_LARGE, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	ResponseEntity<RoomResponse> createOrGet(@PathVariable @Pattern(regexp = Room.NAME_PATTERN) String name,
			@RequestBody(required = false) @Nullable CreateRoomRequest request) {
		MediaMode asked = (request != null) ? request.mediaMode() : null;
		RoomService.RoomLookup lookup = this.rooms.getOrCreate(name, (asked != null) ? asked : MediaMode.ROUTED);
		MediaMode mediaMode = lookup.room().mediaMode();
		if (asked != null && asked != mediaMode) {
			throw new RoomMediaModeConflictException(name, mediaMode, asked);
		}
		return ResponseEntity.status(lookup.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(response(lookup.room()));
	}

	@PostMapping("/{name}/tokens")
	@ProblemResponses({ BAD_REQUEST, NOT_FOUND, CONTENT_TOO_LARGE, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse token(@PathVariable @Pattern(regexp = Room.NAME_PATTERN) String name,
			@RequestBody(required = false) @Nullable @Valid TokenRequest request) {
		Room room = this.rooms.get(name);
		TokenRequest wanted = (request != null) ? request : new TokenRequest(null, null, null);
		Role role = (wanted.role() != null) ? wanted.role() : Role.PUBLISHER;
		Duration ttl = Duration.ofSeconds((wanted.ttlSeconds() != null) ? wanted.ttlSeconds() : 3600);
		String token = this.tokens.generate(room.sessionId(),
				TokenOptions.builder().role(role).data(wanted.data()).ttl(ttl).build());
		return new TokenResponse(room.name(), room.sessionId(), this.apiKey, role, token, Instant.now().plus(ttl));
	}

	@PostMapping("/{name}/signals")
	@ProblemResponses({ BAD_REQUEST, NOT_FOUND, CONTENT_TOO_LARGE, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signal(@PathVariable @Pattern(regexp = Room.NAME_PATTERN) String name,
			@RequestBody @Valid SignalRequest request) {
		this.signals.sendToSession(this.rooms.get(name).sessionId(),
				Signal.of(request.type(), (request.data() != null) ? request.data() : ""));
	}

	@DeleteMapping("/{name}/connections/{connectionId}")
	@ProblemResponses({ BAD_REQUEST, NOT_FOUND, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disconnect(@PathVariable @Pattern(regexp = Room.NAME_PATTERN) String name, @PathVariable String connectionId) {
		this.moderation.forceDisconnect(this.rooms.get(name).sessionId(), connectionId);
	}

	private RoomResponse response(Room room) {
		return new RoomResponse(room.name(), room.sessionId(), this.apiKey, room.mediaMode(), room.createdAt(),
				room.sessionProjectId(), room.belongsTo(this.apiKey));
	}

	record CreateRoomRequest(@Nullable MediaMode mediaMode) {
	}

	/**
	 * A room as the API shows it.
	 *
	 * @param name the room's name
	 * @param sessionId its session id
	 * @param apiKey the API key (or Vonage application id) the sample uses now
	 * @param mediaMode its media mode
	 * @param createdAt when it was created
	 * @param projectId the project its session belongs to, {@code null} if unknown
	 * @param currentProject whether that is the project the sample uses now; if not, the
	 * session cannot be used and the room's next use gives it a new one
	 */
	record RoomResponse(String name, String sessionId, String apiKey, MediaMode mediaMode, Instant createdAt,
			@Nullable String projectId, boolean currentProject) {
	}

	record TokenRequest(@Nullable Role role, @Nullable @Size(max = 1000) String data,
			@Nullable @Min(1) @Max(2592000) Integer ttlSeconds) {
	}

	record TokenResponse(String room, String sessionId, String apiKey, Role role, String token, Instant expiresAt) {
	}

	record SignalRequest(@NotBlank @Size(max = 128) String type, @Nullable @Size(max = 8192) String data) {
	}

}
