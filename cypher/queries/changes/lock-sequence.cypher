// The check for writes that bypass kinmap: takes the ChangeSequence node's write lock (so that no write through
// kinmap is between recording and commit meanwhile) and reads the counts every write through kinmap has kept up to
// date on it. The check's transaction is rolled back when nothing was found.
// Parameters: $id (the sequence's id: 'kinmap'). Columns: sequence, fingerprint (list of integers as changes/fingerprint counts, or null).
WITH $id AS id
WHERE id IS NOT NULL
MERGE (s:ChangeSequence {id: id})
ON CREATE SET s.value = 0
SET s._lock = true
REMOVE s._lock
RETURN s.value AS sequence, s.fingerprint AS fingerprint
