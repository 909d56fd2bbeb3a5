-- After loading: the keys a case system would declare and the indexes the family walk reads, built once over
-- the loaded rows (faster than maintaining them row by row). Run one statement at a time; where a key does
-- not hold (a record restated in a later batch, a tie to a person never loaded), repair.sql is run once and
-- the statement again.
-- Each index holds both ends of a tie, so that the walk reads indexes only (VACUUM sets the visibility map).

ALTER TABLE person ADD PRIMARY KEY (id);
ALTER TABLE parent_link ADD PRIMARY KEY (parent_id, child_id);
CREATE INDEX parent_link_child ON parent_link (child_id, parent_id);
ALTER TABLE partnership ADD PRIMARY KEY (a_id, b_id);
CREATE INDEX partnership_b ON partnership (b_id, a_id);
ALTER TABLE sibling_link ADD PRIMARY KEY (a_id, b_id);
CREATE INDEX sibling_link_b ON sibling_link (b_id, a_id);
ALTER TABLE multiple_birth_member ADD PRIMARY KEY (person_id, birth_id);
ALTER TABLE parent_link ADD FOREIGN KEY (parent_id) REFERENCES person;
ALTER TABLE parent_link ADD FOREIGN KEY (child_id) REFERENCES person;
ALTER TABLE partnership ADD FOREIGN KEY (a_id) REFERENCES person;
ALTER TABLE partnership ADD FOREIGN KEY (b_id) REFERENCES person;
ALTER TABLE sibling_link ADD FOREIGN KEY (a_id) REFERENCES person;
ALTER TABLE sibling_link ADD FOREIGN KEY (b_id) REFERENCES person;
ALTER TABLE multiple_birth_member ADD FOREIGN KEY (person_id) REFERENCES person;
VACUUM ANALYZE;
