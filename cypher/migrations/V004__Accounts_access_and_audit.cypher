// Sign-in: local accounts by user name. Who may see a child's record: one RecordAccess node per child (allocated
// workers, and for a restricted record the only people allowed). The audit trail: append-only events, looked up
// by time, child and user.
CREATE CONSTRAINT account_username_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT record_access_child_unique IF NOT EXISTS FOR (n:RecordAccess) REQUIRE n.childId IS UNIQUE;
CREATE CONSTRAINT audit_event_id_unique IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_child_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.childId, n.at);
CREATE INDEX audit_event_username_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.username, n.at);
