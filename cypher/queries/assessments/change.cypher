// Changes an assessment (its status, dates, assessor, reasons, the end of a Regulation 24 approval) and adds an
// entry to its history. A property given as null is removed (openKey, once the assessment is no longer open).
// Parameters: $change ({id, set (map), entry (map)}). Columns: id.
WITH $change AS row
MATCH (a:Assessment {id: row.id})
SET a += row.set
CREATE (a)-[:STATUS_CHANGED]->(h:AssessmentStatusChange)
SET h = row.entry
RETURN a.id AS id
