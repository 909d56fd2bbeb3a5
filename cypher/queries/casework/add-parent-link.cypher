// A parent link added from a card, version 1 (or, if the two are already linked, replaced with the version raised).
// Parameters: $parent, $child (ids), $props (type, parentalResponsibility, from, to). Columns: version.
MATCH (parent:Person {id: $parent})
MATCH (child:Person {id: $child})
MERGE (parent)-[r:PARENT_OF]->(child)
SET r = $props, r.version = 1
RETURN r.version AS version
