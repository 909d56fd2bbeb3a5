// A connected person (a) to a child (b).
// Parameters: $rows (list of {a, b, props}). Columns: none.
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
MERGE (a)-[r:CONNECTED_TO]->(b)
SET r = row.props
