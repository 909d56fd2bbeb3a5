package org.kinmap.familyfinding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kinmap.access.Role;
import org.kinmap.network.ContactWithholding;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule: a person flagged "do not contact" for any child has their contact details withheld from every reader but the
 * managers and the social workers of a child the flag is for (allocated to that child, or named on its restricted
 * record); those see the details with the reason. Everyone else (an IRO, another child's social worker) reads
 * {@value Viewers#WITHHELD}.
 */
@Component
class DoNotContactWithholding implements ContactWithholding {

	private final Neo4jClient neo4j;
	private final String doNotContactQuery;

	DoNotContactWithholding(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.doNotContactQuery = queries.require("familyfinding/do-not-contact");
	}

	/** One do-not-contact flag on the person, and whether the reader is one of that child's workers. */
	record Flag(String childId, String reason, boolean allocated) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Withheld> withheld(String personId) {
		List<Flag> flags = neo4j.query(doNotContactQuery).bindAll(parameters(personId, Viewers.username()))
			.fetchAs(Flag.class)
			.mappedBy((t, r) -> new Flag(r.get("childId").asString(), r.get("reason").asString(null),
					r.get("allocated").asBoolean(false)))
			.all().stream().toList();
		return decide(flags, Viewers.has(Role.MANAGER), Viewers.has(Role.SOCIAL_WORKER));
	}

	/** The rule itself, on the flags read. */
	static Optional<Withheld> decide(List<Flag> flags, boolean manager, boolean socialWorker) {
		if (flags.isEmpty()) {
			return Optional.empty();
		}
		List<Flag> theirs = flags.stream().filter(f -> manager || socialWorker && f.allocated()).toList();
		if (theirs.isEmpty()) {
			return Optional.of(new Withheld(true, Viewers.WITHHELD));
		}
		return Optional.of(new Withheld(false, "Do not contact: " + theirs.stream().map(f -> Attempt.sentence(f.reason()))
			.distinct().collect(Collectors.joining(" "))));
	}

	/** The user name may be null (no one signed in): a map that holds a null. */
	private static Map<String, Object> parameters(String personId, String username) {
		HashMap<String, Object> p = new HashMap<>();
		p.put("personId", personId);
		p.put("username", username);
		return p;
	}
}
