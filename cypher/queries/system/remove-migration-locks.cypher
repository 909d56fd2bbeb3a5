// Removes neo4j-migrations' lock nodes left behind by a process that died while migrating: the one with $id, or
// every one when $id is null (only where no other process can be migrating, see SchemaMigrations).
// Parameters: $id (a lock's id, or null). Columns: id (each lock removed).
MATCH (l:__Neo4jMigrationsLock)
WHERE $id IS NULL OR l.id = $id
WITH l, l.id AS id
DELETE l
RETURN id
