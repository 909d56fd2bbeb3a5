// A looked-after child as matching sees them: plan, needs, where they live now, their siblings (shared birth or
// adoptive parent, sibling link, raised together, multiple birth) and where each lives, connected persons and
// their households, and family-time people with where they live.
// One row per child found, in no particular order.
// Parameters: $ids (person ids). Columns: child, care, needs, household, placedSince, siblings, connected, familyTime.
UNWIND $ids AS id
MATCH (c:Person {id: id})-[:IN_CARE]->(r:CareRecord)
WHERE r.ceasedOn IS NULL
OPTIONAL MATCH (c)<-[:OF_CHILD]-(pl:Placement)
  WHERE pl.end IS NULL
OPTIONAL MATCH (pl)-[:WITH_HOUSEHOLD]->(h:Household)
CALL (c) {
  OPTIONAL MATCH (c)<-[p1:PARENT_OF]-(:Person)-[p2:PARENT_OF]->(s:Person)
    WHERE s <> c AND p1.type IN ['birth', 'adoptive'] AND p2.type IN ['birth', 'adoptive']
  RETURN s
  UNION
  OPTIONAL MATCH (c)-[:SIBLING_OF|RAISED_WITH]-(s:Person)
  RETURN s
  UNION
  OPTIONAL MATCH (c)-[:BORN_IN]->(:MultipleBirth)<-[:BORN_IN]-(s:Person)
    WHERE s <> c
  RETURN s
}
WITH c, r, pl, h, [s IN collect(DISTINCT s) WHERE s IS NOT NULL AND coalesce(s.deceased, false) = false] AS sibs
RETURN c {.id, .givenName, .familyName, .sex, .birthDateEstimate, .ethnicity, .religion, .firstLanguage,
          .otherLanguages, .latitude, .longitude} AS child,
  r {.permanencePlan, .contingencyPlan} AS care,
  [(c)-[:HAS_NEED]->(n:Need) | n {.*}] AS needs,
  h {.id, .latitude, .longitude} AS household,
  pl.start AS placedSince,
  [s IN sibs | s {.id, .givenName, .familyName, .sex, .latitude, .longitude,
      placed: [(s)<-[:OF_CHILD]-(sp:Placement)-[:WITH_HOUSEHOLD]->(sh:Household) WHERE sp.end IS NULL |
          sh {.id, .latitude, .longitude}],
      homes: [(s)-[m:MEMBER_OF]->(sh:Household) WHERE m.to IS NULL | sh {.id, .latitude, .longitude}]}] AS siblings,
  [(p:Person)-[k:CONNECTED_TO]->(c) | p {.id, .givenName, .familyName, .sex, .latitude, .longitude, nature: k.nature,
      homes: [(p)-[m:MEMBER_OF]->(ph:Household) WHERE m.to IS NULL | ph {.id, .latitude, .longitude}]}] AS connected,
  [(c)-[k:HAS_CONTACT]-(o:Person) | o {.id, .givenName, .familyName, .sex, .latitude, .longitude,
      frequency: k.frequency, mode: k.mode,
      parent: EXISTS { (o)-[:PARENT_OF]->(c) },
      grandparent: EXISTS { (o)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(c) },
      sibling: o IN sibs,
      placed: [(o)<-[:OF_CHILD]-(op:Placement)-[:WITH_HOUSEHOLD]->(oh:Household) WHERE op.end IS NULL |
          oh {.id, .latitude, .longitude}],
      homes: [(o)-[m:MEMBER_OF]->(oh:Household) WHERE m.to IS NULL | oh {.id, .latitude, .longitude}]}] AS familyTime
