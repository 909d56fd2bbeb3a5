// One instance's heartbeat: the sequence every one of its copies has applied, and when it said so.
// Parameters: $instance (this instance's id), $sequence. Columns: none.
WITH $instance AS instance
WHERE instance IS NOT NULL
MERGE (f:ChangeFollower {id: instance})
SET f.sequence = $sequence, f.seenAt = datetime()
