// One partnership as casework changes it (stored a before b by id).
// Parameters: $a, $b (ids, a before b). Columns: link (map of its fields).
MATCH (:Person {id: $a})-[r:PARTNER_OF]->(:Person {id: $b})
RETURN properties(r) AS link
