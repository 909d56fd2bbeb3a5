// What a GEDCOM export writes of the given persons: their names, sex and dates, and the parent links, partnerships
// and multiple births among them.
// The multiple births start from the persons' ids (the hint), as in genogram/family.
// Parameters: $ids (person ids). Columns: persons, parentLinks, partnerships, multipleBirths.
RETURN
  COLLECT { MATCH (p:Person) WHERE p.id IN $ids
            RETURN p {.id, .sourceId, .givenName, .familyName, .sex, .birthDate, .deceased, .deathDate} } AS persons,
  COLLECT { MATCH (p:Person)-[r:PARENT_OF]->(k:Person) WHERE p.id IN $ids AND k.id IN $ids
            RETURN {parent: p.id, child: k.id, type: r.type} } AS parentLinks,
  COLLECT { MATCH (a:Person)-[r:PARTNER_OF]->(b:Person) WHERE a.id IN $ids AND b.id IN $ids
            RETURN {a: a.id, b: b.id, type: r.type, status: r.status, from: r.from, to: r.to} } AS partnerships,
  COLLECT { MATCH (p:Person)-[:BORN_IN]->(m:MultipleBirth) USING INDEX p:Person(id) WHERE p.id IN $ids
            RETURN {person: p.id, birth: m.id, zygosity: m.zygosity} } AS multipleBirths
