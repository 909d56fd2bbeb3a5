// One local account by user name.
// Parameters: $username. Columns: account (map: username, displayName, passwordHash, roles, enabled,
//   failedSignIns, lockedUntil, createdAt).
MATCH (a:Account {username: $username})
RETURN a {.*} AS account
