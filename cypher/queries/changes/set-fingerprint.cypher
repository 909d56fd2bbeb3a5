// Sets the counts of copied data on the ChangeSequence node after the check found a write that bypassed kinmap (or
// found none recorded yet): the next check compares with these.
// Parameters: $id (the sequence's id: 'kinmap'), $fingerprint (list of integers as changes/fingerprint counts). Columns: none.
MATCH (s:ChangeSequence {id: $id})
SET s.fingerprint = $fingerprint
