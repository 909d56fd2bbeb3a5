-- The SQL baseline's tables, as an authority's case system would keep a family network: one row per person
-- and one per tie. Created without keys or indexes so that COPY appends fast; finish.sql adds them after loading.
-- Values follow kinmap's import (NetworkImporter): codes in lower case, sex 'unknown' when not recorded,
-- a partnership's status 'current' when not recorded, a pair (partners, siblings) stored once, lower id first.

CREATE TABLE person (
  id                  text    NOT NULL,
  given_name          text,
  family_name         text,
  sex                 text,
  birth_date_estimate date,
  deceased            boolean NOT NULL,
  risk_to_children    boolean NOT NULL,
  risk_note           text,
  phone               text,
  email               text,
  address             text,
  latitude            double precision,
  longitude           double precision
);

CREATE TABLE parent_link (
  parent_id text NOT NULL,
  child_id  text NOT NULL,
  type      text
);

CREATE TABLE partnership (
  a_id   text NOT NULL,
  b_id   text NOT NULL,
  type   text,
  status text
);

CREATE TABLE sibling_link (
  a_id text NOT NULL,
  b_id text NOT NULL,
  type text
);

CREATE TABLE multiple_birth_member (
  birth_id  text NOT NULL,
  person_id text NOT NULL
);

-- Every tie the family walk may follow, in both directions: the graph as a relation (from_id, to_id).
-- A view, not a table: the planner pushes a join on from_id into each branch's index.
CREATE VIEW kin_edge (from_id, to_id) AS
  SELECT parent_id, child_id FROM parent_link
  UNION ALL SELECT child_id, parent_id FROM parent_link
  UNION ALL SELECT a_id, b_id FROM partnership
  UNION ALL SELECT b_id, a_id FROM partnership
  UNION ALL SELECT a_id, b_id FROM sibling_link
  UNION ALL SELECT b_id, a_id FROM sibling_link;
