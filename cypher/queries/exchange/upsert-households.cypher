// Households and their members; a household with a carer block is a CarerHousehold, its approvals replaced
// by the document's. Members and approvals no longer listed are removed.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, props, carer, members: [{person, props}], approvals: [{id, props}]}). Columns: none.
UNWIND $batch.rows AS row
MERGE (h:Household {id: row.id})
SET h = row.props,
    h.location = CASE WHEN row.props.latitude IS NULL THEN null
                      ELSE point({latitude: row.props.latitude, longitude: row.props.longitude}) END
FOREACH (_ IN CASE WHEN row.carer THEN [1] ELSE [] END | SET h:CarerHousehold)
FOREACH (_ IN CASE WHEN row.carer THEN [] ELSE [1] END | REMOVE h:CarerHousehold)
WITH h, row
CALL (h, row) {
  MATCH (old:Person)-[r:MEMBER_OF]->(h) WHERE NOT old.id IN [m IN row.members | m.person]
  DELETE r
}
CALL (h, row) {
  UNWIND row.members AS m
  MATCH (p:Person {id: m.person})
  MERGE (p)-[r:MEMBER_OF]->(h)
  SET r = m.props
}
CALL (h, row) {
  MATCH (h)-[:HAS_APPROVAL]->(stale:Approval) WHERE NOT stale.id IN [a IN row.approvals | a.id]
  DETACH DELETE stale
}
CALL (h, row) {
  UNWIND row.approvals AS a
  MERGE (approval:Approval {id: a.id})
  SET approval = a.props
  MERGE (h)-[:HAS_APPROVAL]->(approval)
}
