// Sibling groups start from the children a split can be about, among them every adopted child: found by the type
// of their parent link rather than by reading every parent link in the graph.
CREATE INDEX parent_of_type IF NOT EXISTS FOR ()-[r:PARENT_OF]-() ON (r.type);
