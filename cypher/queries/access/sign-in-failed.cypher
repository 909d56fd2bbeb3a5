// Counts a failed sign-in; at $limit failures in a row the account is locked until $until.
// Parameters: $username, $limit, $until (ISO instant). Columns: failedSignIns, lockedUntil.
MATCH (a:Account {username: $username})
SET a.failedSignIns = coalesce(a.failedSignIns, 0) + 1
SET a.lockedUntil = CASE WHEN a.failedSignIns >= $limit THEN $until ELSE a.lockedUntil END
RETURN a.failedSignIns AS failedSignIns, a.lockedUntil AS lockedUntil
