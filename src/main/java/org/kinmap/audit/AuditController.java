package org.kinmap.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.system.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, for administrators. */
@RestController
@Tag(name = "Audit", description = "Who read or changed which child's record, when and from where")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/audit")
	@Operation(summary = "Audit events, newest first, filtered by child, user and time (from inclusive, to exclusive)")
	List<AuditEvent> events(@RequestParam(required = false) String childId,
			@RequestParam(required = false) String username,
			@Parameter(description = "An ISO instant (2026-11-22T09:00:00Z) or a date (2026-11-22, from its start)")
			@RequestParam(required = false) String from,
			@Parameter(description = "An ISO instant or a date (up to its start)") @RequestParam(required = false) String to,
			@Parameter(description = "At most this many events, 1 to " + AuditTrail.MAX_LIMIT + " (default 100)")
			@RequestParam(required = false) Integer limit) {
		if (limit != null && (limit < 1 || limit > AuditTrail.MAX_LIMIT)) {
			throw new BadRequestException("Parameter 'limit' must be from 1 to " + AuditTrail.MAX_LIMIT + ", not " + limit);
		}
		return trail.events(blankToNull(childId), blankToNull(username), instant("from", from), instant("to", to),
				limit == null ? 100 : limit);
	}

	static Instant instant(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("Parameter '" + name + "' must be an ISO instant such as 2026-11-22T09:00:00Z "
					+ "or a date such as 2026-11-22, not '" + abbreviate(value) + "'");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String abbreviate(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}
}
