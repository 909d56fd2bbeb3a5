// Records one write in the change sequence, in the writer's own transaction and as its last statement: takes the
// ChangeSequence node's write lock (held until commit, so concurrent writers get their numbers one after another,
// in commit order, without gaps), increments it, adds the write's own change to the counts of copied data (the
// fingerprint the check for writes that bypass kinmap compares) and creates the Change entry. If another write
// through kinmap committed while this one ran, this one's change of the counts may include that one's: the counts
// are then cleared, and the next check takes them afresh.
// Parameters: $id (the sequence's id: 'kinmap'), $change (map: kind, persons, households, placements (lists of ids), everything (boolean: too many
//   to list, every copy reloads), delta (list of integers: what this write changed in changes/fingerprint's counts),
//   after (the sequence when the write began)).
// Columns: sequence (the number this write was given).
WITH $id AS id, $change AS change
WHERE id IS NOT NULL AND change IS NOT NULL
MERGE (s:ChangeSequence {id: id})
SET s._lock = true
WITH s, change
SET s.fingerprint = CASE
    WHEN s.fingerprint IS NULL OR size(s.fingerprint) <> size(change.delta) THEN s.fingerprint
    WHEN coalesce(s.value, 0) <> change.after THEN null
    ELSE [i IN range(0, size(change.delta) - 1) | s.fingerprint[i] + change.delta[i]] END
SET s.value = coalesce(s.value, 0) + 1
REMOVE s._lock
CREATE (c:Change {sequence: s.value, kind: change.kind, persons: change.persons, households: change.households,
  placements: change.placements, everything: change.everything, at: datetime()})
RETURN c.sequence AS sequence
