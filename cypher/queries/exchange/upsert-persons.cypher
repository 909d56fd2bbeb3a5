// Creates or replaces persons. A person's properties are exactly those of the document's record, and the family
// name lower-cased (familyNameKey) for the search by name (network/persons-named).
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Versions (casework, V008): a person's version goes up by one whenever the import changes a stored field, and the
// change leaves a Revision (kind 'imported': the fields, from, to, who and when), so that an edit based on the version
// before is refused as stale. A person created is version 1 (no revision); one imported again unchanged keeps their version.
// Parameters: $batch.rows (list of {id, props}), $batch.at (instant, text), $batch.by (who imported). Columns: none.
UNWIND $batch.rows AS row
MERGE (p:Person {id: row.id})
WITH p, row, properties(p) AS before
SET p = row.props,
    p.familyNameKey = toLower(row.props.familyName),
    p.location = CASE WHEN row.props.latitude IS NULL THEN null
                      ELSE point({latitude: row.props.latitude, longitude: row.props.longitude}) END
WITH p, row, before, size(keys(before)) = 1 AS created,
     [k IN keys(row.props) + [k IN keys(before) WHERE NOT k IN keys(row.props)]
        WHERE NOT k IN ['version', 'location', 'familyNameKey', 'birthDateEstimate']
          AND NOT coalesce(before[k] = row.props[k], false) | k] AS changed
SET p.version = CASE WHEN created THEN 1 WHEN size(changed) = 0 THEN coalesce(before.version, 1)
                     ELSE coalesce(before.version, 1) + 1 END
WITH p, row, before, changed WHERE NOT created AND size(changed) > 0
CREATE (:Revision {subject: 'person:' + row.id, version: p.version, kind: 'imported', at: $batch.at, by: $batch.by,
        fields: changed,
        from: [k IN changed | CASE WHEN valueType(before[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN before[k] |
                s + CASE s WHEN '' THEN '' ELSE ', ' END + toString(x)) ELSE coalesce(toString(before[k]), '') END],
        to: [k IN changed | CASE WHEN valueType(row.props[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN row.props[k] |
                s + CASE s WHEN '' THEN '' ELSE ', ' END + toString(x)) ELSE coalesce(toString(row.props[k]), '') END]})
