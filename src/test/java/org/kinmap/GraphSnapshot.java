package org.kinmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every node and relationship of the graph as sorted lines of text (labels or type, the ids at either end,
 * properties), so that a test can say "nothing changed" exactly. Accounts and the audit trail are left out: they are
 * not the family graph, and every request (a sign-in, an audited read) changes them; so is the change sequence's
 * bookkeeping (its counter, its entries and the instances' heartbeats): every write through kinmap, even one that
 * changes nothing, records an entry, and the change watch updates the heartbeats every few seconds.
 */
public final class GraphSnapshot {

	private GraphSnapshot() {
	}

	public static List<String> of(Neo4jClient neo4j) {
		List<String> lines = new ArrayList<>();
		neo4j.query("MATCH (n) WHERE NOT n:Account AND NOT n:AuditEvent AND NOT n:ChangeSequence AND NOT n:Change AND NOT n:ChangeFollower RETURN labels(n) AS labels, properties(n) AS props")
			.fetch().all()
			.forEach(r -> lines.add("node " + sorted(r.get("labels")) + " " + new TreeMap<>((Map<?, ?>) r.get("props"))));
		neo4j.query("MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(a) AS a, properties(b) AS b, properties(r) AS props")
			.fetch().all()
			.forEach(r -> lines.add("rel " + r.get("type") + " " + key(r.get("a")) + " -> " + key(r.get("b")) + " "
					+ new TreeMap<>((Map<?, ?>) r.get("props"))));
		lines.sort(String::compareTo);
		return lines;
	}

	@SuppressWarnings("unchecked")
	private static String sorted(Object labels) {
		List<String> l = new ArrayList<>((List<String>) labels);
		l.sort(String::compareTo);
		return l.toString();
	}

	private static String key(Object props) {
		Map<?, ?> m = (Map<?, ?>) props;
		Object id = m.get("id") != null ? m.get("id") : m.get("childId");
		return String.valueOf(id);
	}
}
