// Which of the given ids are persons, with their names.
// Parameters: $ids. Columns: id, givenName, familyName.
MATCH (p:Person) WHERE p.id IN $ids
RETURN p.id AS id, p.givenName AS givenName, p.familyName AS familyName
