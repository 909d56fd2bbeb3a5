// Every link sibling relations are derived from, in the whole graph, one row per link (streamed, so that the
// database never holds them all at once): parent links (with the parent's sex and name), partnerships, explicit
// sibling links, raised-together links and multiple births. For the census of every group and the lists of every
// group; a question about some groups reads family-links-of instead.
// Parameters: none. Columns: link (parent, partnership, sibling, raised or birth), a, b, type, parentSex, givenName,
//   familyName, members (the link's fields as family-links-of names them: a parent link's a and b are parent and
//   child; a partnership's type is its status; a multiple birth's a is its id, type its zygosity).
MATCH (p:Person)-[r:PARENT_OF]->(c:Person)
RETURN 'parent' AS link, p.id AS a, c.id AS b, r.type AS type, p.sex AS parentSex, p.givenName AS givenName,
  p.familyName AS familyName, null AS members
UNION ALL
MATCH (a:Person)-[r:PARTNER_OF]->(b:Person)
RETURN 'partnership' AS link, a.id AS a, b.id AS b, r.status AS type, null AS parentSex, null AS givenName,
  null AS familyName, null AS members
UNION ALL
MATCH (a:Person)-[r:SIBLING_OF]->(b:Person)
RETURN 'sibling' AS link, a.id AS a, b.id AS b, r.type AS type, null AS parentSex, null AS givenName,
  null AS familyName, null AS members
UNION ALL
MATCH (a:Person)-[:RAISED_WITH]->(b:Person)
RETURN 'raised' AS link, a.id AS a, b.id AS b, null AS type, null AS parentSex, null AS givenName,
  null AS familyName, null AS members
UNION ALL
MATCH (m:MultipleBirth)
RETURN 'birth' AS link, m.id AS a, null AS b, m.zygosity AS type, null AS parentSex, null AS givenName,
  null AS familyName, [(p:Person)-[:BORN_IN]->(m) | p.id] AS members
