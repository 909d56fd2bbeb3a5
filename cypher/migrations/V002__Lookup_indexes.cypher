// Lookups the API makes: a person by the id of the system they came from (GEDCOM xref, case-system id),
// people by name, assessments by type and status, placements still open.
CREATE INDEX person_source_id IF NOT EXISTS FOR (n:Person) ON (n.sourceId);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.familyName, n.givenName);
CREATE INDEX assessment_type_status IF NOT EXISTS FOR (n:Assessment) ON (n.type, n.status);
CREATE INDEX placement_end IF NOT EXISTS FOR (n:Placement) ON (n.end);
CREATE INDEX care_record_ceased IF NOT EXISTS FOR (n:CareRecord) ON (n.ceasedOn);
