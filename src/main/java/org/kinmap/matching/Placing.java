package org.kinmap.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.kinmap.care.PermanencePlan;

/** One child, or a sibling group to be placed together, on a given day. */
record Placing(List<ChildProfile> children, LocalDate today) {

	Placing {
		if (children == null || children.isEmpty()) {
			throw new IllegalArgumentException("Name at least one child to match");
		}
		children = List.copyOf(children);
		Objects.requireNonNull(today, "today");
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

	/** The plan that decides which approvals fit: the first child's (a group placed together shares one). */
	PermanencePlan plan() {
		return children.get(0).plan();
	}

	/** "Aisha", "Aisha and Sami", "Aisha, Sami and Leah". */
	String names() {
		List<String> names = children.stream().map(ChildProfile::givenName).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}
}
