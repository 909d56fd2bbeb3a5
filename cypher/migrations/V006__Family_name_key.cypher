// The lower-cased family name (see V005) for the persons stored before the import wrote it. On its own file
// because Neo4j runs schema changes and data changes in separate transactions.
MATCH (p:Person)
WHERE p.familyName IS NOT NULL AND p.familyNameKey IS NULL
SET p.familyNameKey = toLower(p.familyName);
