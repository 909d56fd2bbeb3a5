// Creates or replaces a relative's log entry for a child: how they were found, their stated wish, do not contact.
// Parameters: $log (map: childId, personId, props (the entry's properties, replacing the old)). Columns: personId.
MERGE (l:FindingLog {childId: $log.childId, personId: $log.personId})
SET l = $log.props, l.childId = $log.childId, l.personId = $log.personId
RETURN l.personId AS personId
