// Creates or replaces persons. A person's properties are exactly those of the document's record, and the family
// name lower-cased (familyNameKey) for the search by name (network/persons-named).
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, props}). Columns: none.
UNWIND $batch.rows AS row
MERGE (p:Person {id: row.id})
SET p = row.props,
    p.familyNameKey = toLower(row.props.familyName),
    p.location = CASE WHEN row.props.latitude IS NULL THEN null
                      ELSE point({latitude: row.props.latitude, longitude: row.props.longitude}) END
