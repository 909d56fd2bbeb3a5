-- Makes the loaded rows satisfy finish.sql's keys the way kinmap's import would have left the graph:
-- a record restated in a later batch replaces the earlier one (COPY only appends, so the later row has the
-- greater ctid), and a tie to a person never loaded is dropped (the import's MATCH finds no one to tie).

DELETE FROM person a USING person b WHERE a.id = b.id AND a.ctid < b.ctid;
DELETE FROM parent_link a USING parent_link b
  WHERE a.parent_id = b.parent_id AND a.child_id = b.child_id AND a.ctid < b.ctid;
DELETE FROM partnership a USING partnership b WHERE a.a_id = b.a_id AND a.b_id = b.b_id AND a.ctid < b.ctid;
DELETE FROM sibling_link a USING sibling_link b WHERE a.a_id = b.a_id AND a.b_id = b.b_id AND a.ctid < b.ctid;
DELETE FROM multiple_birth_member a USING multiple_birth_member b
  WHERE a.person_id = b.person_id AND a.birth_id = b.birth_id AND a.ctid < b.ctid;
DELETE FROM parent_link l WHERE NOT EXISTS (SELECT FROM person p WHERE p.id = l.parent_id)
  OR NOT EXISTS (SELECT FROM person p WHERE p.id = l.child_id);
DELETE FROM partnership l WHERE NOT EXISTS (SELECT FROM person p WHERE p.id = l.a_id)
  OR NOT EXISTS (SELECT FROM person p WHERE p.id = l.b_id);
DELETE FROM sibling_link l WHERE NOT EXISTS (SELECT FROM person p WHERE p.id = l.a_id)
  OR NOT EXISTS (SELECT FROM person p WHERE p.id = l.b_id);
DELETE FROM multiple_birth_member m WHERE NOT EXISTS (SELECT FROM person p WHERE p.id = m.person_id);
