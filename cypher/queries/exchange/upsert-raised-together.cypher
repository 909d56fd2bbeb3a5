// Children raised in one household, once per pair (a before b by id).
// Parameters: $rows (list of {a, b, props}). Columns: none.
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
MERGE (a)-[r:RAISED_WITH]->(b)
SET r = row.props
