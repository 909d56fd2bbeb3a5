// Who works with a child (the permanence tracker's section `allocations`): team, social worker, team manager and
// independent reviewing officer, by name; one Allocation node per child, replaced whole by a later document.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {child, props}). Columns: none.
UNWIND $batch.rows AS row
MATCH (c:Person {id: row.child})
MERGE (a:Allocation {childId: row.child})
SET a = row.props
MERGE (a)-[:ALLOCATION_OF]->(c)
