// Every carer household as matching sees it (matching/households-of: those named): home, pets, access, identity,
// skills, approvals, current members (with risk flags) and the children placed there now.
// Parameters: none. Columns: household, approvals, members, placed.
MATCH (h:CarerHousehold)
RETURN h {.id, .name, .postcode, .latitude, .longitude, .dogs, .cats, .smoking, .wheelchairAccessible,
          .groundFloorBedroom, .languages, .religion, .ethnicity, .skills, .notes} AS household,
  [(h)-[:HAS_APPROVAL]->(a:Approval) | a {.kind, .minAge, .maxAge, .maxChildren, .siblingGroupsConsidered,
      .approvedOn, .expiresOn}] AS approvals,
  [(m:Person)-[r:MEMBER_OF]->(h) WHERE r.to IS NULL | {id: m.id, givenName: m.givenName, familyName: m.familyName,
      riskToChildren: m.riskToChildren}] AS members,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement)-[:OF_CHILD]->(c:Person) WHERE pl.end IS NULL |
      {id: c.id, givenName: c.givenName, familyName: c.familyName}] AS placed
ORDER BY h.id
