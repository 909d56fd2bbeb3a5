// Contact arrangements between any two of the given people (stored once per pair), found from each person.
// Parameters: $ids (list of person ids). Columns: a, b, mode, frequency, supervised.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[k:HAS_CONTACT]->(b:Person)
WHERE b.id IN $ids
RETURN a.id AS a, b.id AS b, k.mode AS mode, k.frequency AS frequency, k.supervised AS supervised
