package org.kinmap.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kinmap.siblings.SplitSiblings;

/** A hand-built looked-after child for the rule tests: set what a test needs, the rest stays empty. */
final class Child {

	String legalStatus = "C1";
	LocalDate since = LocalDate.parse("2026-01-05");
	List<LocalDate> reviews = new ArrayList<>();
	List<LocalDate> carePlans = new ArrayList<>();
	ChildFacts.Plan plan;
	List<ChildFacts.Meeting> meetings = new ArrayList<>();
	List<ChildFacts.Panel> panels = new ArrayList<>();
	List<ChildFacts.Proceedings> proceedings = new ArrayList<>();
	List<ChildFacts.Approval> approvals = new ArrayList<>();
	SplitSiblings.Split split;
	List<String> closeRelatives = List.of();

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	Child since(String iso) {
		since = d(iso);
		return this;
	}

	Child status(String code) {
		legalStatus = code;
		return this;
	}

	Child reviews(String... isos) {
		for (String s : isos) {
			reviews.add(d(s));
		}
		return this;
	}

	Child carePlan(String iso) {
		carePlans.add(d(iso));
		return this;
	}

	Child plan(String plan, String contingency, String agreedOn) {
		this.plan = new ChildFacts.Plan(plan, contingency, agreedOn == null ? null : d(agreedOn));
		return this;
	}

	Child meeting(String kind, String held) {
		meetings.add(new ChildFacts.Meeting("m-" + meetings.size(), kind, d(held)));
		return this;
	}

	Child panel(String kind, String date, String presented, String recommendation) {
		panels.add(new ChildFacts.Panel("pn-" + panels.size(), kind, d(date), presented, recommendation, null, null, null));
		return this;
	}

	Child proceedings(String issued, String finalOrderOn) {
		LocalDate i = d(issued);
		proceedings.add(new ChildFacts.Proceedings("cc-" + proceedings.size(), i, i.plusWeeks(26), List.of(), List.of(),
				finalOrderOn == null ? null : "care_order", finalOrderOn == null ? null : d(finalOrderOn)));
		return this;
	}

	Child approval(String type, String status, String concluded, String expires, String... subjects) {
		approvals.add(new ChildFacts.Approval("as-" + approvals.size(), type, status, null, concluded == null ? null : d(concluded),
				expires == null ? null : d(expires), List.of(subjects), List.of(subjects)));
		return this;
	}

	Child split(boolean assessed) {
		split = new SplitSiblings.Split("g-1", assessed, assessed ? "apart, as assessed" : "apart, not assessed",
				List.of("Sam Test"));
		return this;
	}

	Child closeRelatives(String... names) {
		closeRelatives = List.of(names);
		return this;
	}

	ChildFacts facts() {
		List<String> relatives = closeRelatives;
		return new ChildFacts("t-child", "Test Child", legalStatus, since, null, reviews, carePlans, plan, meetings, panels,
				proceedings, List.of(), approvals, split, () -> relatives);
	}
}
