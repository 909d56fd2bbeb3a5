// Forgets an instance that stopped ($instance), and any not heard from within $forget (ISO-8601 duration).
// Parameters: $instance, $forget. Columns: none.
MATCH (f:ChangeFollower)
WHERE f.id = $instance OR f.seenAt < datetime() - duration($forget)
DELETE f
