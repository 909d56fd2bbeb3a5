// The links sibling relations are derived from, for the given people only (everyone a walk of
// sibling-neighbours reached): every parent link to one of them, with the parent's sex and name; every partnership
// of those parents; the sibling and raised-together links of the people; their multiple births.
// Parameters: $ids (person ids). Columns: parentLinks, partnerships, siblingLinks, raisedTogether, multipleBirths
//   (lists of maps, as family-links).
UNWIND $ids AS id
MATCH (c:Person {id: id})
WITH collect(c) AS people
CALL (people) {
  UNWIND people AS c
  MATCH (p:Person)-[r:PARENT_OF]->(c)
  RETURN collect({parent: p.id, child: c.id, type: r.type, parentSex: p.sex, givenName: p.givenName,
                  familyName: p.familyName}) AS parentLinks,
    collect(DISTINCT p) AS parents
}
RETURN parentLinks,
  COLLECT { UNWIND parents AS a
            MATCH (a)-[r:PARTNER_OF]-(:Person)
            WITH DISTINCT r
            RETURN {a: startNode(r).id, b: endNode(r).id, status: r.status} } AS partnerships,
  COLLECT { UNWIND people AS a
            MATCH (a)-[r:SIBLING_OF]-(:Person)
            WITH DISTINCT r
            RETURN {a: startNode(r).id, b: endNode(r).id, type: r.type} } AS siblingLinks,
  COLLECT { UNWIND people AS a
            MATCH (a)-[r:RAISED_WITH]-(:Person)
            WITH DISTINCT r
            RETURN {a: startNode(r).id, b: endNode(r).id} } AS raisedTogether,
  COLLECT { UNWIND people AS p
            MATCH (p)-[:BORN_IN]->(m:MultipleBirth)
            WITH DISTINCT m
            RETURN {id: m.id, zygosity: m.zygosity, members: [(x:Person)-[:BORN_IN]->(m) | x.id]} } AS multipleBirths
