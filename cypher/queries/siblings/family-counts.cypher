// How many persons and family links the graph holds, read from the database's counts (no scan): the census of
// sibling groups is rebuilt when any of them has changed since it was taken.
// Parameters: none. Columns: persons, parentLinks, partnerships, siblingLinks, raisedTogether, multipleBirths.
CALL () { MATCH (p:Person) RETURN count(p) AS persons }
CALL () { MATCH ()-[r:PARENT_OF]->() RETURN count(r) AS parentLinks }
CALL () { MATCH ()-[r:PARTNER_OF]->() RETURN count(r) AS partnerships }
CALL () { MATCH ()-[r:SIBLING_OF]->() RETURN count(r) AS siblingLinks }
CALL () { MATCH ()-[r:RAISED_WITH]->() RETURN count(r) AS raisedTogether }
CALL () { MATCH ()-[r:BORN_IN]->() RETURN count(r) AS multipleBirths }
RETURN persons, parentLinks, partnerships, siblingLinks, raisedTogether, multipleBirths
