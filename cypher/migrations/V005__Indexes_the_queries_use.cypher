// Indexes that serve no query are dropped, and the search by family name gets one it can use.
// - placement_end, care_record_ceased: range indexes on Placement.end and CareRecord.ceasedOn, which queries only
//   filter with IS NULL (an open placement, a care record not ceased). A range index holds only nodes that have the
//   property, so it cannot answer IS NULL; every such filter is applied to placements and care records reached
//   from a person or household already found by id.
// - assessment_type_status: no query looks assessments up by type and status (together-or-apart reaches them from
//   the children they are for).
// - person_name: the search by family name ignores case, and toLower(p.familyName) cannot use an index on
//   familyName. The import now stores the lower-cased name (familyNameKey, filled in for persons already stored by
//   V006) and network/persons-named looks it up through person_family_name_key.
DROP INDEX placement_end IF EXISTS;
DROP INDEX care_record_ceased IF EXISTS;
DROP INDEX assessment_type_status IF EXISTS;
DROP INDEX person_name IF EXISTS;
CREATE INDEX person_family_name_key IF NOT EXISTS FOR (n:Person) ON (n.familyNameKey);
