// Which of the given household ids are already in the graph.
// Parameters: $ids (list of strings). Columns: id.
MATCH (h:Household) WHERE h.id IN $ids
RETURN h.id AS id
