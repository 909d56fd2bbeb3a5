// How many persons the graph holds (the fixtures load only into an empty graph).
// Parameters: none. Columns: n.
MATCH (p:Person)
RETURN count(p) AS n
