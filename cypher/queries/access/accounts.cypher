// Every local account, by user name (no password hashes).
// Parameters: none. Columns: account (map).
MATCH (a:Account)
RETURN a {.username, .displayName, .roles, .enabled, .failedSignIns, .lockedUntil, .createdAt} AS account
ORDER BY a.username
