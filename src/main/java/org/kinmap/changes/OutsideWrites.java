package org.kinmap.changes;

import java.util.Set;

import jakarta.annotation.PreDestroy;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the embedded database, every transaction that commits in it is seen here, including those from cypher-shell,
 * Neo4j Browser or another kinmap instance over Bolt. Rule: a transaction that changed anything but kinmap's
 * bookkeeping (accounts, record access, the audit trail, the change sequence, migrations) and recorded no change
 * entry bypassed kinmap, so an entry "everything" is recorded for it ({@link ChangeFeed#outsideWrite()}) and every
 * instance reads its copies again. This notices what the periodic check of counts cannot (a name, an address, a
 * sibling link's type). Against an external server there is no such listener; the periodic check remains.
 */
@Component
class OutsideWrites implements TransactionEventListener<Boolean> {

	private static final Logger log = LoggerFactory.getLogger(OutsideWrites.class);

	/** Labels of nodes that are kinmap's bookkeeping, not data held in memory. */
	static final Set<String> BOOKKEEPING = Set.of("Account", "AuditEvent", "RecordAccess", "Change", "ChangeSequence",
			"ChangeFollower", "__Neo4jMigration", "__Neo4jMigrationsLock");
	/** Relationship types among bookkeeping nodes (neo4j-migrations' chain of migrations). */
	static final Set<String> BOOKKEEPING_TYPES = Set.of("MIGRATED_TO");

	private final ObjectProvider<DatabaseManagementService> embedded;
	private final ChangeFeed feed;
	private DatabaseManagementService registered;

	OutsideWrites(ObjectProvider<DatabaseManagementService> embedded, ChangeFeed feed) {
		this.embedded = embedded;
		this.feed = feed;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		DatabaseManagementService dbms = embedded.getIfAvailable();
		if (dbms != null) {
			dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, this);
			registered = dbms;
		}
	}

	@PreDestroy
	void unregister() {
		if (registered != null) {
			try {
				registered.unregisterTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, this);
			}
			catch (RuntimeException ex) {
				log.debug("The database had already stopped", ex);
			}
		}
	}

	@Override
	public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		return bypassedKinmap(data);
	}

	@Override
	public void afterCommit(TransactionData data, Boolean outside, GraphDatabaseService database) {
		if (Boolean.TRUE.equals(outside)) {
			feed.outsideWrite();
		}
	}

	@Override
	public void afterRollback(TransactionData data, Boolean outside, GraphDatabaseService database) {
	}

	/** Whether the transaction changed data other than bookkeeping, and recorded no change entry. */
	static boolean bypassedKinmap(TransactionData data) {
		for (LabelEntry e : data.assignedLabels()) {
			if ("Change".equals(e.label().name())) {
				return false; // a write through kinmap: it recorded its entry
			}
		}
		for (LabelEntry e : data.assignedLabels()) {
			if (!BOOKKEEPING.contains(e.label().name())) {
				return true;
			}
		}
		for (LabelEntry e : data.removedLabels()) {
			if (!BOOKKEEPING.contains(e.label().name())) {
				return true;
			}
		}
		for (Relationship r : data.createdRelationships()) {
			if (copied(r)) {
				return true;
			}
		}
		for (Relationship r : data.deletedRelationships()) {
			if (copied(r)) {
				return true;
			}
		}
		for (PropertyEntry<Relationship> e : data.assignedRelationshipProperties()) {
			if (copied(e.entity())) {
				return true;
			}
		}
		for (PropertyEntry<Relationship> e : data.removedRelationshipProperties()) {
			if (copied(e.entity())) {
				return true;
			}
		}
		for (PropertyEntry<Node> e : data.assignedNodeProperties()) {
			if (copied(data, e.entity())) {
				return true;
			}
		}
		for (PropertyEntry<Node> e : data.removedNodeProperties()) {
			if (copied(data, e.entity())) {
				return true;
			}
		}
		return false;
	}

	private static boolean copied(Relationship r) {
		try {
			return !BOOKKEEPING_TYPES.contains(r.getType().name());
		}
		catch (RuntimeException ex) {
			return true; // its type cannot be read: assume it mattered
		}
	}

	/** A node that is not bookkeeping (one deleted in the same transaction is judged by its removed labels). */
	private static boolean copied(TransactionData data, Node node) {
		if (data.isDeleted(node)) {
			return false;
		}
		try {
			boolean any = false;
			for (Label label : node.getLabels()) {
				any = true;
				if (!BOOKKEEPING.contains(label.name())) {
					return true;
				}
			}
			return !any;
		}
		catch (RuntimeException ex) {
			return true;
		}
	}
}
