package org.kinmap.matching;

import org.kinmap.care.NeedDomain;

/** Scores one of the nine matching domains for one child and one household, with the evidence. */
interface DomainCriterion {

	NeedDomain domain();

	DomainScore score(ChildProfile child, HouseholdProfile household);
}
