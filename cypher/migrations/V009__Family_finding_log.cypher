// The family-finding log (org.kinmap.familyfinding): one FindingLog per child and relative (how they were found,
// their stated wish, do not contact), one ContactAttempt per call, letter, e-mail or visit, and one NetworkSearch per
// search of the child's network. Each is found by its child; the log and the attempts also by the relative (the
// withholding of a relative's contact details asks for every flag on them).
CREATE CONSTRAINT finding_log_child_person IF NOT EXISTS FOR (n:FindingLog) REQUIRE (n.childId, n.personId) IS UNIQUE;
CREATE CONSTRAINT contact_attempt_id IF NOT EXISTS FOR (n:ContactAttempt) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_search_id IF NOT EXISTS FOR (n:NetworkSearch) REQUIRE n.id IS UNIQUE;
CREATE INDEX finding_log_child IF NOT EXISTS FOR (n:FindingLog) ON (n.childId);
CREATE INDEX finding_log_person IF NOT EXISTS FOR (n:FindingLog) ON (n.personId);
CREATE INDEX contact_attempt_child IF NOT EXISTS FOR (n:ContactAttempt) ON (n.childId);
CREATE INDEX network_search_child IF NOT EXISTS FOR (n:NetworkSearch) ON (n.childId);
