// Every entity kinmap stores has an id the application (or the sending system) assigns; Neo4j's internal ids are never used.
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT household_id_unique IF NOT EXISTS FOR (n:Household) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT approval_id_unique IF NOT EXISTS FOR (n:Approval) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT placement_id_unique IF NOT EXISTS FOR (n:Placement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id_unique IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT multiple_birth_id_unique IF NOT EXISTS FOR (n:MultipleBirth) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT care_record_child_unique IF NOT EXISTS FOR (n:CareRecord) REQUIRE n.childId IS UNIQUE;
CREATE CONSTRAINT need_id_unique IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE;
