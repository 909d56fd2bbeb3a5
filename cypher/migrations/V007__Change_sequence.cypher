// The change sequence (org.kinmap.changes): one ChangeSequence node whose value every write through kinmap
// increments under its write lock, one Change entry per write, found by its sequence number (followers read the
// entries after the one they applied last), and one ChangeFollower per running instance (its heartbeat and the
// sequence it has applied, so that entries every instance is past can be pruned).
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_sequence_number IF NOT EXISTS FOR (n:Change) REQUIRE n.sequence IS UNIQUE;
CREATE CONSTRAINT change_follower_id IF NOT EXISTS FOR (n:ChangeFollower) REQUIRE n.id IS UNIQUE;
// The check for writes that bypass kinmap counts the persons flagged as a risk to children: by index, not by scan.
CREATE INDEX person_risk_to_children IF NOT EXISTS FOR (n:Person) ON (n.riskToChildren);
