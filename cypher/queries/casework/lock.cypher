// Takes the write locks of the persons a casework change is about, in the order given (sorted ids: two changes never
// wait for each other in a circle), before anything is read: a concurrent change of the same person then commits
// first or waits, so the version this change checks, and the birth parents the rules count, are the latest. The
// marker is set and removed in one statement: nothing is stored, the locks are held until commit.
// Parameters: $ids (person ids, sorted). Columns: locked (count).
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p.caseworkLock = true
REMOVE p.caseworkLock
RETURN count(p) AS locked
