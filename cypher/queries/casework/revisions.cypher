// The history of a person or link (by the subject key of V008), newest first, from the version after $after.
// Parameters: $subject, $after (a version; 0 for the whole history). Columns: revision (map).
MATCH (r:Revision {subject: $subject})
WHERE r.version > $after
RETURN r {.*} AS revision
ORDER BY r.version DESC, r.at DESC
