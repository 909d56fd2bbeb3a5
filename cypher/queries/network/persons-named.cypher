// Persons with the given family name, ignoring case, by given name: through the index on the lower-cased family
// name (person_family_name_key), which the import stores beside the name (exchange/upsert-persons). Comparing
// toLower(p.familyName) instead would read every person.
// Parameters: $familyName. Columns: id, givenName, familyName.
MATCH (p:Person)
WHERE p.familyNameKey = toLower($familyName)
RETURN p.id AS id, p.givenName AS givenName, p.familyName AS familyName
ORDER BY p.givenName, p.id
