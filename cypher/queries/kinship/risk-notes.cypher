// The risk notes of persons flagged as a risk to children: the family graph in memory keeps only the flag, and the
// note is read when a relatives list or work list shows the person (NeighbourhoodReader.withRiskNotes).
// Parameters: $ids (list of person ids). Columns: id, note (only persons with a note).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.riskNote IS NOT NULL
RETURN p.id AS id, p.riskNote AS note
