// A child's family-finding log: the child (whether looked after, their next review), every relative's log entry,
// every contact attempt and every search of the network, each with the relative's name.
// Parameters: $childId.
// Columns: inCare (boolean), nextReviewDue (date or null), logs (list of maps: the FindingLog's properties and the
//   person's givenName, familyName), attempts (list of maps: the ContactAttempt's properties), searches (list of maps).
MATCH (c:Person {id: $childId})
OPTIONAL MATCH (c)-[:IN_CARE]->(care:CareRecord)
CALL (c) {
  OPTIONAL MATCH (l:FindingLog {childId: c.id})
  OPTIONAL MATCH (p:Person {id: l.personId})
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE l {.*, givenName: p.givenName, familyName: p.familyName} END) AS logs
}
CALL (c) {
  OPTIONAL MATCH (a:ContactAttempt {childId: c.id})
  OPTIONAL MATCH (p:Person {id: a.personId})
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE a {.*, givenName: p.givenName, familyName: p.familyName} END) AS attempts
}
CALL (c) {
  OPTIONAL MATCH (s:NetworkSearch {childId: c.id})
  RETURN collect(s {.*}) AS searches
}
RETURN care IS NOT NULL AS inCare, care.nextReviewDue AS nextReviewDue, logs, attempts, searches
