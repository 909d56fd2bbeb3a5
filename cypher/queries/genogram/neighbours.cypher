// One step of the walk out from a child through the family: everyone linked to the given persons as parent,
// child, partner, recorded sibling, raised-together or born at the same birth.
// Parameters: $ids (person ids). Columns: id.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:PARENT_OF|PARTNER_OF|SIBLING_OF|RAISED_WITH]-(o:Person)
  RETURN o
  UNION
  MATCH (p)-[:BORN_IN]->(:MultipleBirth)<-[:BORN_IN]-(o:Person)
  RETURN o
}
RETURN DISTINCT o.id AS id
