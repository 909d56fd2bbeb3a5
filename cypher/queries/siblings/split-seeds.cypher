// The people a split can be about, so that only their sibling groups need deriving: everyone with an open care
// record (looked after, whatever their age), and everyone born after $bornAfter (a year before the under-18s, to
// be safe) who is adopted (an adoptive parent, or a care record that ended in adoption) or is a member of a
// household (a child at home). Every group with a looked-after child, or split at all, has one of them.
// Parameters: $bornAfter (date). Columns: id.
MATCH (p:Person)-[:IN_CARE]->(r:CareRecord)
WHERE r.ceasedOn IS NULL
  OR (p.birthDateEstimate > $bornAfter AND toLower(r.ceasedReason) CONTAINS 'adopt')
RETURN p.id AS id
UNION
MATCH (:Person)-[l:PARENT_OF]->(p:Person)
USING INDEX l:PARENT_OF(type)
WHERE l.type = 'adoptive' AND p.birthDateEstimate > $bornAfter
RETURN p.id AS id
UNION
MATCH (p:Person)-[:MEMBER_OF]->(:Household)
WHERE p.birthDateEstimate > $bornAfter
RETURN p.id AS id
