package org.kinmap.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;

/** Which committed transactions bypassed kinmap: they changed data held in memory and recorded no change entry. */
class OutsideWritesTests {

	@Test
	void anImportThatRecordedItsEntryDidNotBypassKinmap() {
		TransactionData data = data();
		List<LabelEntry> labels = List.of(label("Person"), label("Change"));
		List<Relationship> links = List.of(relationship("PARENT_OF"));
		when(data.assignedLabels()).thenReturn(labels);
		when(data.createdRelationships()).thenReturn(links);
		assertThat(OutsideWrites.bypassedKinmap(data)).isFalse();
	}

	@Test
	void aNameChangedWithCypherBypassedKinmap() {
		TransactionData data = data();
		Node person = node("Person");
		PropertyEntry<Node> name = mock();
		when(name.entity()).thenReturn(person);
		when(data.assignedNodeProperties()).thenReturn(List.of(name));
		assertThat(OutsideWrites.bypassedKinmap(data)).isTrue();
	}

	@Test
	void aParentLinksTypeChangedWithCypherBypassedKinmap() {
		TransactionData data = data();
		PropertyEntry<Relationship> type = mock();
		Relationship link = relationship("PARENT_OF");
		when(type.entity()).thenReturn(link);
		when(data.assignedRelationshipProperties()).thenReturn(List.of(type));
		assertThat(OutsideWrites.bypassedKinmap(data)).isTrue();
	}

	@Test
	void bookkeepingIsNotDataHeldInMemory() {
		TransactionData audit = data();
		List<LabelEntry> event = List.of(label("AuditEvent"));
		when(audit.assignedLabels()).thenReturn(event);
		assertThat(OutsideWrites.bypassedKinmap(audit)).as("an audited read").isFalse();

		TransactionData signIn = data();
		PropertyEntry<Node> failures = mock();
		Node account = node("Account");
		when(failures.entity()).thenReturn(account);
		when(signIn.assignedNodeProperties()).thenReturn(List.of(failures));
		assertThat(OutsideWrites.bypassedKinmap(signIn)).as("a sign-in").isFalse();

		TransactionData prune = data();
		List<LabelEntry> entries = List.of(label("Change"));
		when(prune.removedLabels()).thenReturn(entries);
		assertThat(OutsideWrites.bypassedKinmap(prune)).as("pruning entries").isFalse();

		TransactionData heartbeat = data();
		PropertyEntry<Node> seen = mock();
		Node follower = node("ChangeFollower");
		when(seen.entity()).thenReturn(follower);
		when(heartbeat.assignedNodeProperties()).thenReturn(List.of(seen));
		assertThat(OutsideWrites.bypassedKinmap(heartbeat)).as("a heartbeat").isFalse();
	}

	@Test
	void aPersonDeletedWithCypherBypassedKinmap() {
		TransactionData data = data();
		List<LabelEntry> person = List.of(label("Person"));
		when(data.removedLabels()).thenReturn(person);
		assertThat(OutsideWrites.bypassedKinmap(data)).isTrue();
	}

	private static TransactionData data() {
		TransactionData data = mock();
		when(data.assignedLabels()).thenReturn(List.of());
		when(data.removedLabels()).thenReturn(List.of());
		when(data.createdRelationships()).thenReturn(List.of());
		when(data.deletedRelationships()).thenReturn(List.of());
		when(data.assignedRelationshipProperties()).thenReturn(List.of());
		when(data.removedRelationshipProperties()).thenReturn(List.of());
		when(data.assignedNodeProperties()).thenReturn(List.of());
		when(data.removedNodeProperties()).thenReturn(List.of());
		return data;
	}

	private static LabelEntry label(String name) {
		LabelEntry entry = mock();
		when(entry.label()).thenReturn(Label.label(name));
		return entry;
	}

	private static Node node(String label) {
		Node node = mock();
		when(node.getLabels()).thenReturn(List.of(Label.label(label)));
		return node;
	}

	private static Relationship relationship(String type) {
		Relationship r = mock();
		when(r.getType()).thenReturn(RelationshipType.withName(type));
		return r;
	}
}
