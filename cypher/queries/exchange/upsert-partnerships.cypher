// Partnerships between two adults, stored once per pair (a before b by id).
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {a, b, props}). $batch.at, $batch.by (when and by whom, for the revision).
// Columns: none.
// The link's version goes up when the import changes it, with a Revision of kind 'imported' (see upsert-persons).
UNWIND $batch.rows AS row
// Two MATCH clauses rather than one pattern with a comma: the same two index seeks, without the planner's
// cartesian-product notification.
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:PARTNER_OF]->(b)
WITH r, row, properties(r) AS before, size(keys(properties(r))) = 0 AS created
SET r = row.props
WITH r, row, before, created,
     [k IN keys(row.props) + [k IN keys(before) WHERE NOT k IN keys(row.props)]
        WHERE k <> 'version' AND NOT coalesce(before[k] = row.props[k], false) | k] AS changed
SET r.version = CASE WHEN created THEN 1 WHEN size(changed) = 0 THEN coalesce(before.version, 1)
                     ELSE coalesce(before.version, 1) + 1 END
WITH r, row, before, changed WHERE NOT created AND size(changed) > 0
CREATE (:Revision {subject: 'partnership:' + row.a + '&' + row.b, version: r.version, kind: 'imported', at: $batch.at,
        by: $batch.by, fields: changed, from: [k IN changed | coalesce(toString(before[k]), '')],
        to: [k IN changed | coalesce(toString(row.props[k]), '')]})
