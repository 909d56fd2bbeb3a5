// Creates a local account; nothing when the user name is taken (the caller checks the count).
// Parameters: $account ({username, displayName, passwordHash, roles, createdAt}). Columns: created (0 or 1).
WITH $account AS row
WHERE row IS NOT NULL
OPTIONAL MATCH (existing:Account {username: row.username})
CALL (row, existing) {
  WITH row WHERE existing IS NULL
  CREATE (a:Account {username: row.username, displayName: row.displayName, passwordHash: row.passwordHash,
                     roles: row.roles, enabled: true, failedSignIns: 0, createdAt: row.createdAt})
  RETURN count(a) AS n
}
RETURN n AS created
