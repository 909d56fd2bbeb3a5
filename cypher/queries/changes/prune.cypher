// Deletes change entries every live instance has applied (a live instance: a heartbeat within $alive), once they
// are older than $keep, at most 10,000 at a time. An instance that comes back after being taken for dead finds a gap
// in the sequence and reads its copies again.
// Parameters: $alive, $keep (ISO-8601 durations, e.g. 'PT1M'). Columns: pruned.
MATCH (f:ChangeFollower)
WHERE f.seenAt >= datetime() - duration($alive)
WITH min(f.sequence) AS floor
MATCH (c:Change)
WHERE c.sequence < floor AND c.at < datetime() - duration($keep)
WITH c
LIMIT 10000
DELETE c
RETURN count(*) AS pruned
