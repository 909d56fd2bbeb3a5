// The named carer households as matching sees them, as matching/households reads every one: home, pets, access,
// identity, skills, approvals, current members (with risk flags) and the children placed there now. Each id is
// found through the Household id constraint's index (CarerHousehold has no index of its own).
// Parameters: $ids (list of household ids). Columns: household, approvals, members, placed.
UNWIND $ids AS id
MATCH (h:Household {id: id})
WHERE h:CarerHousehold
RETURN h {.id, .name, .postcode, .latitude, .longitude, .dogs, .cats, .smoking, .wheelchairAccessible,
          .groundFloorBedroom, .languages, .religion, .ethnicity, .skills, .notes} AS household,
  [(h)-[:HAS_APPROVAL]->(a:Approval) | a {.kind, .minAge, .maxAge, .maxChildren, .siblingGroupsConsidered,
      .approvedOn, .expiresOn}] AS approvals,
  [(m:Person)-[r:MEMBER_OF]->(h) WHERE r.to IS NULL | {id: m.id, givenName: m.givenName, familyName: m.familyName,
      riskToChildren: m.riskToChildren}] AS members,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement)-[:OF_CHILD]->(c:Person) WHERE pl.end IS NULL |
      {id: c.id, givenName: c.givenName, familyName: c.familyName}] AS placed
ORDER BY h.id
