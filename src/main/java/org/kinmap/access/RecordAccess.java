package org.kinmap.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.kinmap.audit.AuditEvent;
import org.kinmap.audit.AuditTrail;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who may see which child's record, beyond what their role allows, and the audit of every read and write of one.
 *
 * <ul>
 * <li>{@link RestrictedRecordRule}: a restricted record (a child of a member of staff, a high-profile case) is seen
 * only by the people named on it, whatever their role.</li>
 * <li>{@link AllocationRule}: social workers and IROs see the children they are allocated to; managers and home
 * finders see every child whose record is not restricted.</li>
 * </ul>
 * Other modules call {@link #checkRead}/{@link #checkWrite} for children named in a request body, and
 * {@link #visibleTo} to filter a list; handler methods with a child in the path use {@link ChildRecord}.
 */
@Component
public class RecordAccess {

	private final Neo4jClient neo4j;
	private final String recordAccessQuery;
	private final String recordsAccessQuery;
	private final String setRecordAccessQuery;
	private final AuditTrail audit;

	RecordAccess(Neo4jClient neo4j, CypherQueries queries, AuditTrail audit) {
		this.neo4j = neo4j;
		this.recordAccessQuery = queries.require("access/record-access");
		this.recordsAccessQuery = queries.require("access/records-access");
		this.setRecordAccessQuery = queries.require("access/set-record-access");
		this.audit = audit;
	}

	/** One child's allocation and restriction. {@code restrictedTo} null: not restricted. */
	record ChildAccess(String childId, boolean inCare, List<String> allocated, List<String> restrictedTo) {

		boolean restricted() {
			return restrictedTo != null;
		}
	}

	/** A rule about one child's record: null when it allows, else the reason in words. */
	interface Rule {
		String refusal(Viewer viewer, ChildAccess child);
	}

	/** The person signed in, as the rules need them. */
	record Viewer(String username, Set<Role> roles) {

		static Viewer of(Authentication auth) {
			if (auth == null) {
				return new Viewer(null, Set.of());
			}
			Set<Role> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_")).map(a -> Role.parse(a.substring(5)))
				.filter(r -> r != null).collect(Collectors.toSet());
			return new Viewer(auth.getName(), roles);
		}

		/** Whether their role lets them see every child that is not restricted. */
		boolean seesEveryChild() {
			return roles.contains(Role.MANAGER) || roles.contains(Role.HOME_FINDER);
		}
	}

	static final class RestrictedRecordRule implements Rule {
		@Override
		public String refusal(Viewer viewer, ChildAccess child) {
			return child.restricted() && !child.restrictedTo().contains(viewer.username())
					? "This child's record is restricted to the people named on it, and you are not one of them."
					: null;
		}
	}

	static final class AllocationRule implements Rule {
		@Override
		public String refusal(Viewer viewer, ChildAccess child) {
			return viewer.seesEveryChild() || child.allocated().contains(viewer.username())
					|| (child.restricted() && child.restrictedTo().contains(viewer.username())) ? null
							: "You are not allocated to this child. Ask their team manager if you need to see the record.";
		}
	}

	static final List<Rule> RULES = List.of(new RestrictedRecordRule(), new AllocationRule());

	/** Reads one child's access record. */
	ChildAccess of(String childId) {
		return neo4j.query(recordAccessQuery).bind(childId).to("id")
			.fetchAs(ChildAccess.class)
			.mappedBy((types, r) -> new ChildAccess(childId, r.get("inCare").asBoolean(),
					r.get("allocated").asList(v -> v.asString(null)), r.get("restrictedTo").isNull() ? null
							: r.get("restrictedTo").asList(v -> v.asString(null))))
			.one().orElse(new ChildAccess(childId, false, List.of(), null));
	}

	/** The first reason a viewer may not see a child's record, or null. */
	static String refusal(Viewer viewer, ChildAccess child) {
		for (Rule rule : RULES) {
			String reason = rule.refusal(viewer, child);
			if (reason != null) {
				return reason;
			}
		}
		return null;
	}

	/**
	 * Checks that the person signed in may read each child's record, and audits each read (and each refusal).
	 * Ids that are not looked-after children are skipped.
	 *
	 * @throws RecordAccessDeniedException (403) naming why, for the first child refused
	 */
	public void checkRead(Collection<String> childIds, String what) {
		check(childIds, "read " + what);
	}

	/** As {@link #checkRead}, for a change to each child's record. */
	public void checkWrite(Collection<String> childIds, String what) {
		check(childIds, "write " + what);
	}

	private void check(Collection<String> childIds, String action) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Viewer viewer = Viewer.of(auth);
		for (String id : childIds == null ? List.<String>of() : Set.copyOf(childIds.stream().filter(i -> i != null).toList())) {
			ChildAccess child = of(id);
			if (!child.inCare()) {
				continue;
			}
			String reason = refusal(viewer, child);
			record(viewer, action, id, reason == null ? AuditEvent.ALLOWED : AuditEvent.REFUSED, null);
			if (reason != null) {
				throw new RecordAccessDeniedException(reason);
			}
		}
	}

	/** Which children the person signed in may see, for filtering a list; audits the list as one event. */
	public Predicate<String> visibleTo(String what) {
		Viewer viewer = Viewer.of(SecurityContextHolder.getContext().getAuthentication());
		Map<String, ChildAccess> access = new HashMap<>();
		everyChild().forEach(a -> access.put(a.childId(), a));
		record(viewer, "list " + what, null, AuditEvent.ALLOWED, null);
		return id -> refusal(viewer, access.getOrDefault(id, new ChildAccess(id, true, List.of(), null))) == null;
	}

	/**
	 * The restricted records the person signed in may not see, for filtering a list that is not only of children (a
	 * search of persons, the sibling groups); audits the list as one event.
	 */
	public Predicate<String> restrictedFrom(String what) {
		Viewer viewer = Viewer.of(SecurityContextHolder.getContext().getAuthentication());
		RestrictedRecordRule restricted = new RestrictedRecordRule();
		Set<String> hidden = new java.util.HashSet<>();
		everyChild().stream().filter(a -> restricted.refusal(viewer, a) != null).forEach(a -> hidden.add(a.childId()));
		record(viewer, "list " + what, null, AuditEvent.ALLOWED, null);
		return hidden::contains;
	}

	/** The allocation and restriction of every child that has any. */
	private Collection<ChildAccess> everyChild() {
		return neo4j.query(recordsAccessQuery)
			.fetchAs(ChildAccess.class)
			.mappedBy((types, r) -> new ChildAccess(r.get("childId").asString(), true,
					r.get("allocated").asList(v -> v.asString(null)),
					r.get("restrictedTo").isNull() ? null : r.get("restrictedTo").asList(v -> v.asString(null))))
			.all();
	}

	/** Audits anything else a person did (an import, an account changed). */
	public void audit(String action, String childId, String detail) {
		record(Viewer.of(SecurityContextHolder.getContext().getAuthentication()), action, childId, AuditEvent.ALLOWED,
				detail);
	}

	/** Audits a command run on the server (a bulk import) by the operating-system user who ran it. */
	public void auditCommand(String action, String detail) {
		record(new Viewer("os:" + System.getProperty("user.name"), Set.of()), action, null, AuditEvent.ALLOWED, detail);
	}

	void record(Viewer viewer, String action, String childId, String outcome, String detail) {
		HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest() : null;
		audit.record(new AuditTrail.Entry(viewer.username(), viewer.roles().stream().map(Role::name).sorted().toList(),
				action, childId, outcome, request == null ? "COMMAND" : request.getMethod(),
				request == null ? null : pathOf(request), request == null ? null : request.getRemoteAddr(), detail));
	}

	private static String pathOf(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.length() > 300 ? uri.substring(0, 300) : uri;
	}

	/** Sets a child's allocation and restriction (administrators). False when the id is not a looked-after child. */
	boolean set(String childId, List<String> allocated, List<String> restrictedTo) {
		Map<String, Object> row = new HashMap<>();
		row.put("childId", childId);
		row.put("allocated", allocated);
		row.put("restrictedTo", restrictedTo);
		return neo4j.query(setRecordAccessQuery).bind(row).to("access")
			.fetchAs(String.class).one().isPresent();
	}
}
