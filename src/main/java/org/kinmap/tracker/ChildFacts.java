package org.kinmap.tracker;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.kinmap.care.PermanencePlan;
import org.kinmap.siblings.SplitSiblings;

/**
 * What the tracker's rules know of one looked-after child, read from the graph ({@link TrackerReader}) or built by
 * hand in tests. The reviews held are those of the review records and of the care record's {@code reviewDates}; the
 * care plans agreed are the plan records of either kind and the care record's {@code planAgreedOn}; the permanence
 * plan is the latest permanence plan record, else the care record's plans.
 */
public record ChildFacts(String childId, String name, String legalStatus, LocalDate lookedAfterSince, Staff staff,
		List<LocalDate> reviewsHeld, List<LocalDate> carePlansAgreed, Plan permanencePlan, List<Meeting> meetings,
		List<Panel> panels, List<Proceedings> proceedings, List<Placement> placements, List<Approval> approvals,
		SplitSiblings.Split split, Supplier<List<String>> closeRelativesNeverContacted) {

	public ChildFacts {
		reviewsHeld = reviewsHeld.stream().distinct().sorted().toList();
		carePlansAgreed = carePlansAgreed.stream().distinct().sorted().toList();
		meetings = List.copyOf(meetings);
		panels = panels.stream().sorted(Comparator.comparing(Panel::date)).toList();
		proceedings = List.copyOf(proceedings);
		placements = List.copyOf(placements);
		approvals = List.copyOf(approvals);
		staff = staff == null ? new Staff(null, null, null, null) : staff;
		closeRelativesNeverContacted = closeRelativesNeverContacted == null ? List::of : closeRelativesNeverContacted;
	}

	/** Who works with the child, by name (any may be null). */
	public record Staff(String team, String socialWorker, String teamManager, String iro) {
	}

	/** The permanence plan and its contingency (codes of {@link PermanencePlan}), agreed on a date (null: not known). */
	public record Plan(String plan, String contingency, LocalDate agreedOn) {

		boolean is(PermanencePlan p) {
			return p.code().equals(plan);
		}
	}

	public record Meeting(String id, String kind, LocalDate held) {
	}

	public record Panel(String id, String kind, LocalDate date, String presented, String recommendation,
			LocalDate decidedOn, String decision, String decisionMaker) {
	}

	public record Proceedings(String id, LocalDate issuedOn, LocalDate week26, List<LocalDate> hearings,
			List<String> hearingKinds, String finalOrder, LocalDate finalOrderOn) {
	}

	public record Placement(String id, String type, LocalDate start, LocalDate end, String where) {
	}

	/** A connected-person approval for the child: the assessment's type, status, dates and who was assessed. */
	public record Approval(String id, String type, String status, LocalDate requestedOn, LocalDate concludedOn, LocalDate expiresOn,
			List<String> subjects, List<String> subjectNames) {
	}

	/** The latest care plan agreed, if any. */
	public Optional<LocalDate> lastCarePlan() {
		return carePlansAgreed.isEmpty() ? Optional.empty() : Optional.of(carePlansAgreed.get(carePlansAgreed.size() - 1));
	}

	/** Whether a permanence plan has been agreed: a plan with the date it was agreed (a plan with no date is a proposal). */
	public boolean hasPermanencePlan() {
		return permanencePlan != null && permanencePlan.plan() != null && permanencePlan.agreedOn() != null;
	}
}
