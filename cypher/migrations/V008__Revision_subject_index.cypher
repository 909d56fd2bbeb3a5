// Casework (org.kinmap.casework): every person and link keeps its history as Revision nodes, one per change, found
// by the key of what they are about (subject: 'person:<id>', 'parent-link:<parent>><child>',
// 'partnership:<a>&<b>', 'sibling-link:<a>&<b>', 'connection:<person>><child>') and ordered by version.
CREATE INDEX revision_subject IF NOT EXISTS FOR (n:Revision) ON (n.subject, n.version);
