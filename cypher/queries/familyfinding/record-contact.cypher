// Records one contact attempt with a relative for a child.
// Parameters: $attempt (map: id, childId, personId, on (date), mode, outcome, note, nextStep, nextStepOn (date),
//   recordedBy, recordedAt). Columns: id.
CREATE (a:ContactAttempt)
SET a = $attempt
RETURN a.id AS id
