package org.opentok.spring.sample.archive;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.opentok.spring.client.archive.Archive;
import org.opentok.spring.client.archive.ArchiveClient;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.archive.ArchiveQuery;
import org.opentok.spring.client.archive.OutputMode;
import org.opentok.spring.client.core.Page;
import org.opentok.spring.client.core.Resolution;
import org.opentok.spring.sample.room.Room;
import org.opentok.spring.sample.room.RoomService;
import org.opentok.spring.sample.web.ProblemResponses;

import static org.springframework.http.HttpStatus.BAD_GATEWAY;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.GATEWAY_TIMEOUT;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

/**
 * Archives over HTTP: start one for a room, list, read, stop and delete them. Reading an
 * archive adds the latest status OpenTok reported through the webhook.
 *
 * @since 0.1.0
 */
@RestController
class ArchiveController {

	private static final String ID = "[A-Za-z0-9-]{1,64}";

	private final RoomService rooms;

	private final ArchiveClient archives;

	private final ArchiveStatusRepository reports;

	ArchiveController(RoomService rooms, ArchiveClient archives, ArchiveStatusRepository reports) {
		this.rooms = rooms;
		this.archives = archives;
		this.reports = reports;
	}

	@PostMapping("/rooms/{name}/archives")
	@ProblemResponses({ BAD_REQUEST, NOT_FOUND, CONFLICT, CONTENT_TOO_LARGE, BAD_GATEWAY, SERVICE_UNAVAILABLE,
			GATEWAY_TIMEOUT })
	@ResponseStatus(HttpStatus.CREATED)
	ArchiveResponse start(@PathVariable @Pattern(regexp = Room.NAME_PATTERN) String name,
			@RequestBody(required = false) @Nullable @Valid StartArchiveRequest request) {
		StartArchiveRequest wanted = (request != null) ? request : new StartArchiveRequest(null, null, null);
		ArchiveOptions.Builder options = ArchiveOptions.builder()
			.sessionId(this.rooms.get(name).sessionId())
			.name(wanted.name())
			.resolution(wanted.resolution())
			.outputMode(wanted.outputMode());
		return response(this.archives.start(options.build()));
	}

	@GetMapping("/archives")
	@ProblemResponses({ BAD_REQUEST, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	ArchivePage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(1000) int size) {
		Page<Archive> found = this.archives
			.list(ArchiveQuery.builder().offset(Math.multiplyExact(page, size)).count(size).build());
		return new ArchivePage(found.totalCount(), page, size, found.items().stream().map(this::response).toList());
	}

	@GetMapping("/archives/{id}")
	@ProblemResponses({ BAD_REQUEST, NOT_FOUND, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	ArchiveResponse get(@PathVariable @Pattern(regexp = ID) String id) {
		return response(this.archives.get(id));
	}

	@PostMapping("/archives/{id}/stop")
	@ProblemResponses({ BAD_REQUEST, NOT_FOUND, CONFLICT, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	ArchiveResponse stop(@PathVariable @Pattern(regexp = ID) String id) {
		return response(this.archives.stop(id));
	}

	@DeleteMapping("/archives/{id}")
	@ProblemResponses({ BAD_REQUEST, NOT_FOUND, CONFLICT, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable @Pattern(regexp = ID) String id) {
		this.archives.delete(id);
	}

	private ArchiveResponse response(Archive archive) {
		ReportedArchiveStatus reported = this.reports.find(archive.id()).orElse(null);
		return new ArchiveResponse(archive.id(), archive.name(), archive.sessionId(), archive.status().name(),
				archive.createdAt(), archive.duration().toSeconds(), archive.size(), archive.url(),
				(reported != null) ? reported.status() : null, (reported != null) ? reported.reportedAt() : null);
	}

	record StartArchiveRequest(@Nullable @Size(max = 80) String name, @Nullable Resolution resolution,
			@Nullable OutputMode outputMode) {
	}

	record ArchiveResponse(String id, @Nullable String name, String sessionId, String status, Instant createdAt,
			long durationSeconds, long size, @Nullable String url, @Nullable String reportedStatus,
			@Nullable Instant reportedAt) {
	}

	record ArchivePage(int total, int page, int size, List<ArchiveResponse> items) {
	}

}
