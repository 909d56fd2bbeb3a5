// One step of the walk out from a person for a GEDCOM export: everyone linked to the given persons as parent, child
// or partner, or born at the same birth (what GEDCOM's families and kinmap's _MBIRTH lines can carry).
// Parameters: $ids (person ids). Columns: id.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:PARENT_OF|PARTNER_OF]-(o:Person)
  RETURN o
  UNION
  MATCH (p)-[:BORN_IN]->(:MultipleBirth)<-[:BORN_IN]-(o:Person)
  RETURN o
}
RETURN DISTINCT o.id AS id
