// Which child, and which kind of permanence record, an id already names (none when the id is free), so that a
// record written from one child's timeline cannot take over another child's record of the same id.
// Parameters: $id. Columns: kind, childId.
MATCH (n:Review {id: $id}) RETURN 'review' AS kind, n.childId AS childId
UNION ALL
MATCH (n:Plan {id: $id}) RETURN 'plan' AS kind, n.childId AS childId
UNION ALL
MATCH (n:PlanningMeeting {id: $id}) RETURN 'meeting' AS kind, n.childId AS childId
UNION ALL
MATCH (n:Panel {id: $id}) RETURN 'panel' AS kind, n.childId AS childId
UNION ALL
MATCH (n:Proceedings {id: $id}) RETURN 'proceedings' AS kind, n.childId AS childId
