// One step of the walk out to everyone a sibling relation could join to the given people: a shared parent
// (parent links of the types in $parentTypes), a multiple birth, an explicit sibling or raised-together link and,
// when $partners is true (step-siblings asked for), a partner of a parent's own parent link. Repeated until no one
// new is found, it gives every member of the given people's sibling groups (and of the groups next to them).
// Parameters: $ids (person ids), $parentTypes (parent link types), $partners (boolean). Columns: id.
UNWIND $ids AS id
MATCH (x:Person {id: id})
CALL (x) {
  MATCH (x)<-[r1:PARENT_OF]-(:Person)-[r2:PARENT_OF]->(y:Person)
  WHERE r1.type IN $parentTypes AND r2.type IN $parentTypes
  RETURN y
  UNION
  MATCH (x)-[:SIBLING_OF|RAISED_WITH]-(y:Person)
  RETURN y
  UNION
  MATCH (x)-[:BORN_IN]->(:MultipleBirth)<-[:BORN_IN]-(y:Person)
  RETURN y
  UNION
  MATCH (x)<-[r1:PARENT_OF]-(:Person)-[:PARTNER_OF]-(:Person)-[r2:PARENT_OF]->(y:Person)
  WHERE $partners AND r1.type IN $parentTypes AND r2.type IN $parentTypes
  RETURN y
}
RETURN DISTINCT y.id AS id
