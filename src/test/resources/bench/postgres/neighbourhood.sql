-- A person's family neighbourhood in one statement: everyone within 10 parent, partner or sibling ties
-- (either direction), each with their ties; the rows of cypher/queries/kinship/neighbourhood.cypher.
-- Parameter: the person's id. Columns: the person's, then parallel arrays per kind of tie (null when none),
-- then multiple_birth (id or null).
--
-- The walk is breadth first, one level per iteration: each row of "level" holds every person at one
-- distance and those one step nearer. In an undirected graph a person's neighbours lie in the levels just
-- before, at and just after its own, so the next level is the current one's neighbours less those two
-- levels: every person is expanded once, at its shortest distance, however densely the family is tied
-- (a recursive CTE of (id, depth) rows would revisit each person at every second depth up to 10).
-- EXCEPT and array_agg work on hash tables; the join reads the kin_edge view's indexes only.
WITH RECURSIVE level (depth, ids, nearer) AS (
    SELECT 0, ARRAY[p.id], ARRAY[]::text[]
    FROM person p
    WHERE p.id = ?
  UNION ALL
    SELECT l.depth + 1, next.ids, l.ids
    FROM level l
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(n.id), ARRAY[]::text[]) AS ids
      FROM (
          SELECT e.to_id FROM unnest(l.ids) AS f(id) JOIN kin_edge e ON e.from_id = f.id
        EXCEPT
          SELECT unnest(l.ids)
        EXCEPT
          SELECT unnest(l.nearer)
      ) AS n(id)
    ) AS next
    WHERE l.depth < 10 AND cardinality(l.ids) > 0
),
reached (id) AS (
  SELECT unnest(ids) FROM level
)
SELECT p.id, p.given_name, p.family_name, p.sex, p.birth_date_estimate, p.deceased, p.risk_to_children,
       p.risk_note, p.phone, p.email, p.address, p.latitude, p.longitude,
       parents.ids AS parent_ids, parents.types AS parent_types,
       children.ids AS child_ids, children.types AS child_types,
       partners.ids AS partner_ids, partners.types AS partner_types, partners.statuses AS partner_statuses,
       siblings.ids AS sibling_ids, siblings.types AS sibling_types,
       birth.id AS multiple_birth
FROM reached r
JOIN person p ON p.id = r.id
CROSS JOIN LATERAL (
  SELECT array_agg(t.parent_id) AS ids, array_agg(t.type) AS types
  FROM parent_link t WHERE t.child_id = p.id
) AS parents
CROSS JOIN LATERAL (
  SELECT array_agg(t.child_id) AS ids, array_agg(t.type) AS types
  FROM parent_link t WHERE t.parent_id = p.id
) AS children
CROSS JOIN LATERAL (
  SELECT array_agg(t.other) AS ids, array_agg(t.type) AS types, array_agg(t.status) AS statuses
  FROM (SELECT b_id, type, status FROM partnership WHERE a_id = p.id
        UNION ALL
        SELECT a_id, type, status FROM partnership WHERE b_id = p.id) AS t(other, type, status)
) AS partners
CROSS JOIN LATERAL (
  SELECT array_agg(t.other) AS ids, array_agg(t.type) AS types
  FROM (SELECT b_id, type FROM sibling_link WHERE a_id = p.id
        UNION ALL
        SELECT a_id, type FROM sibling_link WHERE b_id = p.id) AS t(other, type)
) AS siblings
CROSS JOIN LATERAL (
  SELECT min(m.birth_id) AS id FROM multiple_birth_member m WHERE m.person_id = p.id
) AS birth
