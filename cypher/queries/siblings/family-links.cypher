// Every link sibling relations are derived from, for the whole graph: parent links (with the parent's sex and
// name), partnerships, explicit sibling links, raised-together links and multiple births.
// Parameters: none. Columns: parentLinks, partnerships, siblingLinks, raisedTogether, multipleBirths (lists of maps).
RETURN
  COLLECT { MATCH (p:Person)-[r:PARENT_OF]->(c:Person)
            RETURN {parent: p.id, child: c.id, type: r.type, parentSex: p.sex, givenName: p.givenName,
                    familyName: p.familyName} } AS parentLinks,
  COLLECT { MATCH (a:Person)-[r:PARTNER_OF]->(b:Person) RETURN {a: a.id, b: b.id, status: r.status} } AS partnerships,
  COLLECT { MATCH (a:Person)-[r:SIBLING_OF]->(b:Person) RETURN {a: a.id, b: b.id, type: r.type} } AS siblingLinks,
  COLLECT { MATCH (a:Person)-[:RAISED_WITH]->(b:Person) RETURN {a: a.id, b: b.id} } AS raisedTogether,
  COLLECT { MATCH (m:MultipleBirth)
            RETURN {id: m.id, zygosity: m.zygosity, members: [(p:Person)-[:BORN_IN]->(m) | p.id]} } AS multipleBirths
