// The parent links going down from the given persons: one step of the ancestry check's walk through the graph
// (see exchange.AncestryCheck), which asks again for the children it has not met yet, so that each person is
// read once, however deep the family or however many ways it joins up.
// The ids come in a map ($batch.ids), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.ids (list of person ids). Columns: parent, child (person ids).
UNWIND $batch.ids AS id
MATCH (:Person {id: id})-[:PARENT_OF]->(c:Person)
RETURN id AS parent, c.id AS child
