// Only for planning ahead (NetworkImporter.plan), in a transaction that is always rolled back: makes it a
// transaction that has written, as the import's own is after its first statement, because Neo4j plans and
// caches statements separately for such transactions. Creates an empty node that the rollback removes.
// Parameters: none. Columns: none.
CREATE ()
