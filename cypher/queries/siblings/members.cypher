// The members of sibling groups: who they are, their care record, every placement and household membership,
// and the types of their parent links.
// Parameters: $ids (list of person ids). Columns: person, care, placements, households, parentTypes.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:IN_CARE]->(r:CareRecord)
RETURN p {.id, .givenName, .familyName, .sex, .birthDate, .birthDateEstimate, .deceased, .deathDate} AS person,
  r {.*} AS care,
  [(p)<-[:OF_CHILD]-(pl:Placement) | pl {.id, .type, .provider, .start, .end,
      household: [(pl)-[:WITH_HOUSEHOLD]->(h:Household) |
          h {.id, .name, .postcode, .latitude, .longitude, carer: h:CarerHousehold}][0]}] AS placements,
  [(p)-[m:MEMBER_OF]->(h:Household) | {role: m.role, from: m.from, to: m.to,
      household: h {.id, .name, .postcode, .latitude, .longitude, carer: h:CarerHousehold}}] AS households,
  [(p)<-[l:PARENT_OF]-(:Person) | l.type] AS parentTypes
