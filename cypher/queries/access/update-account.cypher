// Changes an account's name, roles and whether it may sign in; the password only when a new hash is given.
// Parameters: $account ({username, displayName, roles, enabled, passwordHash (null: unchanged)}). Columns: username.
WITH $account AS row
WHERE row IS NOT NULL
MATCH (a:Account {username: row.username})
SET a.displayName = coalesce(row.displayName, a.displayName),
    a.roles = coalesce(row.roles, a.roles),
    a.enabled = coalesce(row.enabled, a.enabled),
    a.passwordHash = coalesce(row.passwordHash, a.passwordHash),
    a.failedSignIns = CASE WHEN row.passwordHash IS NULL THEN a.failedSignIns ELSE 0 END,
    a.lockedUntil = CASE WHEN row.passwordHash IS NULL THEN a.lockedUntil ELSE null END
RETURN a.username AS username
