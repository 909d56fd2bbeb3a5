// Records a search of a child's network (a records search, a genogram session, a family group conference).
// Parameters: $search (map: id, childId, kind, on (date), note, recordedBy, recordedAt). Columns: id.
CREATE (s:NetworkSearch)
SET s = $search
RETURN s.id AS id
