// One entry of a person's or a link's history: what changed (fields, from, to as texts), its version after the
// change, the kind (added, corrected, risk, changed, removed, imported), who, when and why.
// Parameters: $revision (map: subject, version, kind, at, by, note, fields, from, to). Columns: none.
CREATE (r:Revision)
SET r = $revision
