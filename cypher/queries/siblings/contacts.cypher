// Contact arrangements between any two of the given people (stored once per pair).
// Parameters: $ids (list of person ids). Columns: a, b, mode, frequency, supervised.
MATCH (a:Person)-[k:HAS_CONTACT]->(b:Person)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS a, b.id AS b, k.mode AS mode, k.frequency AS frequency, k.supervised AS supervised
