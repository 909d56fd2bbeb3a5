// Counts of the data the in-memory copies hold, from Neo4j's count store and two small index lookups: cheap enough
// for every write and every check. A write that bypasses kinmap and creates or deletes persons, family links,
// households, memberships, approvals or placements, ends a placement, flags a person as a risk to children or
// changes a parent link's type to or from birth changes them.
// Parameters: $otherParentTypes (the parent link types other than birth).
// Columns: counts (list of integers, in this order: persons, parent links, parent links of another type than birth,
//   partnerships, sibling links, raised-together links, multiple births, BORN_IN links, carer households,
//   memberships, approvals, placements, ended placements, placements' households, persons flagged as a risk).
CALL () { MATCH (n:Person) RETURN count(n) AS persons }
CALL () { MATCH ()-[r:PARENT_OF]->() RETURN count(r) AS parentLinks }
CALL () { MATCH ()-[r:PARENT_OF]->() WHERE r.type IN $otherParentTypes RETURN count(r) AS otherParentLinks }
CALL () { MATCH ()-[r:PARTNER_OF]->() RETURN count(r) AS partnerships }
CALL () { MATCH ()-[r:SIBLING_OF]->() RETURN count(r) AS siblingLinks }
CALL () { MATCH ()-[r:RAISED_WITH]->() RETURN count(r) AS raisedTogether }
CALL () { MATCH (n:MultipleBirth) RETURN count(n) AS multipleBirths }
CALL () { MATCH ()-[r:BORN_IN]->() RETURN count(r) AS bornIn }
CALL () { MATCH (n:CarerHousehold) RETURN count(n) AS households }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL () { MATCH (n:Approval) RETURN count(n) AS approvals }
CALL () { MATCH (n:Placement) RETURN count(n) AS placements }
CALL () { MATCH (n:Placement) WHERE n.end IS NOT NULL RETURN count(n) AS ended }
CALL () { MATCH ()-[r:WITH_HOUSEHOLD]->() RETURN count(r) AS placedWith }
CALL () { MATCH (n:Person) WHERE n.riskToChildren = true RETURN count(n) AS risks }
RETURN [persons, parentLinks, otherParentLinks, partnerships, siblingLinks, raisedTogether, multipleBirths, bornIn,
  households, memberships, approvals, placements, ended, placedWith, risks] AS counts
