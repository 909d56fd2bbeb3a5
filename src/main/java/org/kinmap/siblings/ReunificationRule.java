package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;

/**
 * A hard constraint on taking a sibling group together: a household either meets it or is excluded, with the
 * reason in words either way.
 */
interface ReunificationRule {

	/** The rule's name as the API shows it, e.g. {@code approval-covers-ages}. */
	String name();

	/** @param children the looked-after children of the group (those already living there included) */
	Verdict check(CarerHome home, List<Member> children, LocalDate today);
}
