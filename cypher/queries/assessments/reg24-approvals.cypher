// The Regulation 24 temporary approvals of connected persons for a child: who, from when, until when (as recorded;
// the caller computes a missing end) and whether extended under Regulation 25.
// Parameters: $childId, $type (the code of a Regulation 24 approval), $positive (the code of a positive status).
// Columns: id, relativeId, givenName, familyName, startsOn, endsOn, extended.
MATCH (c:Person {id: $childId})<-[:FOR_CHILD]-(a:Assessment {type: $type, status: $positive})-[:ASSESSES]->(s:Person)
RETURN a.id AS id, s.id AS relativeId, s.givenName AS givenName, s.familyName AS familyName,
  coalesce(a.concludedOn, a.startedOn, a.requestedOn) AS startsOn, a.expiresOn AS endsOn,
  coalesce(a.extended, false) AS extended
ORDER BY startsOn, id
