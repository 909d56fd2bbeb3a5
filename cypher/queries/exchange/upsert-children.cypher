// A looked-after child's care record: legal status, dates, plans.
// Parameters: $rows (list of {child, props}). Columns: none.
UNWIND $rows AS row
MATCH (c:Person {id: row.child})
MERGE (r:CareRecord {childId: row.child})
SET r = row.props
MERGE (c)-[:IN_CARE]->(r)
