// A person added from a card: version 1, the lower-cased family name for the search by name (V006).
// Parameters: $id, $props (map of the person's fields, no nulls). Columns: version.
CREATE (p:Person {id: $id})
SET p += $props, p.familyNameKey = toLower($props.familyName), p.version = 1
RETURN p.version AS version
