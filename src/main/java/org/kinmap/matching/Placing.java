package org.kinmap.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.kinmap.care.PermanencePlan;

/**
 * One child, or a sibling group to be placed together, on a given day, for a purpose.
 *
 * @param purpose what the placement is for, which decides the approvals that fit ({@link PlanApprovals})
 */
record Placing(List<ChildProfile> children, LocalDate today, Purpose purpose) {

	/** What a placement is for. */
	enum Purpose {
		/** What the child's permanence plan needs (the shortlists and the assignment). */
		PLAN,
		/**
		 * Reuniting separated siblings in foster care now: only short- and long-term fostering approvals count
		 * (connected-person approvals are for named children; adopter and short-break approvals are not for fostering).
		 */
		REUNIFICATION
	}

	Placing {
		if (children == null || children.isEmpty()) {
			throw new IllegalArgumentException("Name at least one child to match");
		}
		children = List.copyOf(children);
		Objects.requireNonNull(today, "today");
		Objects.requireNonNull(purpose, "purpose");
	}

	Placing(List<ChildProfile> children, LocalDate today) {
		this(children, today, Purpose.PLAN);
	}

	static Placing of(ChildProfile child, LocalDate today) {
		return new Placing(List.of(child), today);
	}

	int size() {
		return children.size();
	}

	boolean group() {
		return children.size() > 1;
	}

	List<String> ids() {
		return children.stream().map(ChildProfile::id).toList();
	}

	/**
	 * The plan that decides which approvals fit and the default weights: the first child's (a group matched together
	 * shares one). For a reunification, the plan the children share, or none when their plans differ.
	 */
	PermanencePlan plan() {
		PermanencePlan first = children.get(0).plan();
		if (purpose == Purpose.REUNIFICATION && children.stream().anyMatch(c -> c.plan() != first)) {
			return null;
		}
		return first;
	}

	/** "Aisha", "Aisha and Sami", "Aisha, Sami and Leah". */
	String names() {
		return names(children);
	}

	static String names(List<ChildProfile> children) {
		List<String> names = children.stream().map(ChildProfile::givenName).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}
}
