// Whether a casework change may be made to a person from a child's record: the child is (or was) looked after, the
// person exists, and the person is in the child's network: the child, or linked to them by at most 20 family links
// (parent, partner, recorded sibling, raised together, born at one birth) or a connection (connected person).
// Parameters: $child, $person (ids). Columns: inCare, exists, inNetwork (booleans).
OPTIONAL MATCH (c:Person {id: $child})
OPTIONAL MATCH (x:Person {id: $person})
CALL (c, x) {
  WITH c, x WHERE c IS NOT NULL AND x IS NOT NULL AND c <> x
  MATCH path = shortestPath((c)-[:PARENT_OF|PARTNER_OF|SIBLING_OF|RAISED_WITH|BORN_IN|CONNECTED_TO*..20]-(x))
  RETURN count(path) > 0 AS linked
}
RETURN c IS NOT NULL AND EXISTS { (c)-[:IN_CARE]->(:CareRecord) } AS inCare, x IS NOT NULL AS exists,
  c IS NOT NULL AND x IS NOT NULL AND (c = x OR linked) AS inNetwork
