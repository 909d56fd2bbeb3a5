// A successful sign-in clears the count of failures.
// Parameters: $username. Columns: username.
MATCH (a:Account {username: $username})
WHERE a.failedSignIns > 0 OR a.lockedUntil IS NOT NULL
SET a.failedSignIns = 0, a.lockedUntil = null
RETURN a.username AS username
