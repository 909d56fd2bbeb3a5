// The assessment workflow (org.kinmap.assessments): an open assessment (requested or in progress) recorded through
// kinmap carries openKey = type:relative:child, removed when it concludes or is withdrawn, so that two social workers
// requesting the same assessment at once cannot both succeed: one open assessment of a kind per relative and child.
CREATE CONSTRAINT assessment_open_key IF NOT EXISTS FOR (a:Assessment) REQUIRE a.openKey IS UNIQUE;
