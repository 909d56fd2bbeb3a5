// Corrects a person's fields: a null in $changes removes the field. The version goes up by one; the lower-cased
// family name follows the family name.
// Parameters: $id, $changes (map). Columns: version.
MATCH (p:Person {id: $id})
SET p += $changes
SET p.familyNameKey = toLower(p.familyName), p.version = coalesce(p.version, 1) + 1
RETURN p.version AS version
