// Parent to child links, one per (parent, child).
// Parameters: $rows (list of {parent, child, props}). Columns: none.
UNWIND $rows AS row
MATCH (parent:Person {id: row.parent}), (child:Person {id: row.child})
MERGE (parent)-[r:PARENT_OF]->(child)
SET r = row.props
