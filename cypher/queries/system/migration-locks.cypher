// The lock nodes neo4j-migrations holds while it migrates (and leaves behind if its process dies meanwhile).
// Parameters: none. Columns: id (the lock's id, new for each run of the migrations).
MATCH (l:__Neo4jMigrationsLock)
RETURN l.id AS id
