// The permanence tracker: every child looked after now (a care record with no ceasedOn), with their care record,
// allocation, reviews, plans, planning meetings, panels, care proceedings, placements and connected-person approvals.
// Reads every care record: the tracker is the list of every child in care.
// Parameters: none. Columns: id, name, care, allocation, reviews, plans, meetings, panels, proceedings, placements,
// approvals.
MATCH (c:Person)-[:IN_CARE]->(care:CareRecord)
WHERE care.ceasedOn IS NULL
OPTIONAL MATCH (al:Allocation {childId: c.id})
RETURN c.id AS id, trim(coalesce(c.givenName, "") + " " + coalesce(c.familyName, "")) AS name, care {.*} AS care,
       al {.*} AS allocation,
       [(r:Review)-[:REVIEW_OF]->(c) | r {.*}] AS reviews,
       [(p:Plan)-[:PLAN_FOR]->(c) | p {.*}] AS plans,
       [(m:PlanningMeeting)-[:MEETING_FOR]->(c) | m {.*}] AS meetings,
       [(pa:Panel)-[:PANEL_FOR]->(c) | pa {.*}] AS panels,
       [(pr:Proceedings)-[:PROCEEDINGS_FOR]->(c) | pr {.*}] AS proceedings,
       [(pl:Placement)-[:OF_CHILD]->(c) | pl {.id, .type, .start, .end, .provider,
           household: [(pl)-[:WITH_HOUSEHOLD]->(h) | h.name][0]}] AS placements,
       [(a:Assessment)-[:FOR_CHILD]->(c) WHERE a.type IN ["connected_person_reg24", "connected_person_full"] |
           a {.id, .type, .status, .requestedOn, .concludedOn, .expiresOn,
              subjects: [(a)-[:ASSESSES]->(s) | s.id],
              subjectNames: [(a)-[:ASSESSES]->(s) | trim(coalesce(s.givenName, "") + " " + coalesce(s.familyName, ""))]}] AS approvals
ORDER BY id
