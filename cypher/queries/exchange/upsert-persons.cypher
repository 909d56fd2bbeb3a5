// Creates or replaces persons. A person's properties are exactly those of the document's record.
// Parameters: $rows (list of {id, props}). Columns: none.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p = row.props,
    p.location = CASE WHEN row.props.latitude IS NULL THEN null
                      ELSE point({latitude: row.props.latitude, longitude: row.props.longitude}) END
