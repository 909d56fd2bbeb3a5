// The last number the change sequence has given (0 before the first write): a copy read after this is at least
// this current, and follows the entries after it.
// Parameters: $id (the sequence's id: 'kinmap'). Columns: sequence.
OPTIONAL MATCH (s:ChangeSequence {id: $id})
RETURN coalesce(s.value, 0) AS sequence
