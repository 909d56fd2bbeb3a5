// What a carers spreadsheet does not hold and an import keeps: the members of the households it names and their
// approvals (the row replaces only the approval it names).
// The ids come in a map ($batch.ids), not as a list parameter (see upsert-persons).
// Parameters: $batch.ids (household ids). Columns: id, members ([{person, role, from, to}]), approvals ([{id, kind,
//   minAge, maxAge, maxChildren, siblingGroupsConsidered, approvedOn, expiresOn, terms}]).
UNWIND $batch.ids AS id
MATCH (h:Household {id: id})
RETURN h.id AS id,
  COLLECT { MATCH (p:Person)-[r:MEMBER_OF]->(h)
            RETURN {person: p.id, role: r.role, from: r.from, to: r.to} ORDER BY p.id } AS members,
  COLLECT { MATCH (h)-[:HAS_APPROVAL]->(a:Approval)
            RETURN a {.id, .kind, .minAge, .maxAge, .maxChildren, .siblingGroupsConsidered, .approvedOn, .expiresOn,
                      .terms} ORDER BY a.id } AS approvals
