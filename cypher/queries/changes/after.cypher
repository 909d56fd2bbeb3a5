// The change entries after a sequence number, oldest first, by the index of the Change.sequence constraint.
// Parameters: $after (the last sequence applied), $limit (how many at most; 500 if null).
// Columns: sequence, kind, persons, households, placements (lists of ids), everything (boolean).
MATCH (c:Change)
WHERE c.sequence > $after
RETURN c.sequence AS sequence, c.kind AS kind, c.persons AS persons, c.households AS households,
  c.placements AS placements, c.everything AS everything
ORDER BY c.sequence
LIMIT coalesce($limit, 500)
