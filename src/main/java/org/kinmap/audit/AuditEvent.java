package org.kinmap.audit;

import java.util.List;

/**
 * One entry of the audit trail: who did what, when, to which child's record, from where, and whether it was
 * allowed. It never holds personal details: ids, user names of staff, the operation and the request path only
 * (never a query string, which may carry a name searched for).
 *
 * @param id unique id of the event
 * @param at when, as an ISO-8601 instant in UTC with milliseconds (fixed width, so it sorts as text)
 * @param username who (a staff account, or the operating-system user of a command-line import)
 * @param roles the roles they held
 * @param action what, in words: "read genogram", "import network document", "create account"
 * @param childId the child whose record was read or written, or null
 * @param outcome {@code allowed} or {@code refused}
 * @param method the HTTP method, or {@code COMMAND} for the command line
 * @param path the request path without its query, or the command
 * @param remoteAddress where the request came from
 * @param detail counts and ids that say more (never personal details), or null
 */
public record AuditEvent(String id, String at, String username, List<String> roles, String action, String childId,
		String outcome, String method, String path, String remoteAddress, String detail) {

	public static final String ALLOWED = "allowed";
	public static final String REFUSED = "refused";
}
