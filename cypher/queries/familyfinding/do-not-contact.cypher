// The do-not-contact flags on one person, for each child, with whether the given user is allocated to that child
// (or named on its restricted record): who may see the person's contact details and the reason.
// Parameters: $personId, $username. Columns: childId, reason, allocated (boolean).
MATCH (l:FindingLog {personId: $personId})
WHERE l.doNotContact = true
OPTIONAL MATCH (r:RecordAccess {childId: l.childId})
RETURN l.childId AS childId, l.doNotContactReason AS reason,
  $username IN coalesce(r.allocated, []) OR $username IN coalesce(r.restrictedTo, []) AS allocated
