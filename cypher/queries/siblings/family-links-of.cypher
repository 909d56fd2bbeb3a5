// The links sibling relations are derived from, for the given people only (everyone a walk of
// sibling-neighbours reached): every parent link to one of them, with the parent's sex and name; every partnership
// of those parents; the sibling and raised-together links of the people; their multiple births. Each part starts
// from $ids on its own, so that no row carries the whole list.
// Parameters: $ids (person ids). Columns: parentLinks, partnerships, siblingLinks, raisedTogether, multipleBirths
//   (lists of maps, as family-links).
CALL () {
  UNWIND $ids AS id
  MATCH (p:Person)-[r:PARENT_OF]->(c:Person {id: id})
  RETURN collect({parent: p.id, child: c.id, type: r.type, parentSex: p.sex, givenName: p.givenName,
                  familyName: p.familyName}) AS parentLinks
}
CALL () {
  UNWIND $ids AS id
  MATCH (p:Person)-[:PARENT_OF]->(:Person {id: id})
  WITH DISTINCT p
  MATCH (p)-[r:PARTNER_OF]-(:Person)
  WITH DISTINCT r
  RETURN collect({a: startNode(r).id, b: endNode(r).id, status: r.status}) AS partnerships
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[r:SIBLING_OF]-(:Person)
  WITH DISTINCT r
  RETURN collect({a: startNode(r).id, b: endNode(r).id, type: r.type}) AS siblingLinks
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[r:RAISED_WITH]-(:Person)
  WITH DISTINCT r
  RETURN collect({a: startNode(r).id, b: endNode(r).id}) AS raisedTogether
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Person {id: id})-[:BORN_IN]->(m:MultipleBirth)
  WITH DISTINCT m
  RETURN collect({id: m.id, zygosity: m.zygosity, members: [(x:Person)-[:BORN_IN]->(m) | x.id]}) AS multipleBirths
}
RETURN parentLinks, partnerships, siblingLinks, raisedTogether, multipleBirths
