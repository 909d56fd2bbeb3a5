// One child's permanence record for the tracker and the timeline, looked after now or before: care record,
// allocation, reviews, plans, planning meetings, panels, care proceedings, placements, and every assessment for the
// child (column approvals: the tracker's rules read the connected-person ones, the timeline shows them all).
// Parameters: $id. Columns: id, name, care, allocation, reviews, plans, meetings, panels, proceedings, placements,
// approvals.
MATCH (c:Person {id: $id})-[:IN_CARE]->(care:CareRecord)
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
       [(a:Assessment)-[:FOR_CHILD]->(c) |
           a {.id, .type, .status, .requestedOn, .concludedOn, .expiresOn,
              subjects: [(a)-[:ASSESSES]->(s) | s.id],
              subjectNames: [(a)-[:ASSESSES]->(s) | trim(coalesce(s.givenName, "") + " " + coalesce(s.familyName, ""))]}] AS approvals
