// The permanence tracker (org.kinmap.tracker): statutory reviews, plans, planning meetings, panels and care
// proceedings, each with an id the sending system assigns, and one Allocation per child (team, social worker, team
// manager, IRO). Panel lists are asked for by date: an index on Panel.date.
CREATE CONSTRAINT review_id_unique IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_id_unique IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT planning_meeting_id_unique IF NOT EXISTS FOR (n:PlanningMeeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT panel_id_unique IF NOT EXISTS FOR (n:Panel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proceedings_id_unique IF NOT EXISTS FOR (n:Proceedings) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT allocation_child_unique IF NOT EXISTS FOR (n:Allocation) REQUIRE n.childId IS UNIQUE;
CREATE INDEX panel_date IF NOT EXISTS FOR (n:Panel) ON (n.date);
