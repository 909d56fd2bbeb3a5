package org.kinmap.tracker;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kinmap.care.LegalStatus;
import org.kinmap.care.MeetingKind;
import org.kinmap.care.PanelKind;
import org.kinmap.care.PanelRecommendation;
import org.kinmap.care.PanelSubject;
import org.kinmap.care.PermanencePlan;
import org.kinmap.system.Coded;

/**
 * The permanence tracker's rules, each a small named object with its reason in words (docs/tracker.md lists them
 * with their sources). Every rule's date is the first day its alert stands.
 */
public final class TrackerRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final List<TrackerRule> rules;

	public TrackerRules(TrackerSettings s, WorkingDays calendar) {
		this.rules = List.of(new NoPermanencePlanBySecondReview(s), new CarePlanOutOfDate(s, calendar),
				new ReviewOverdue(), new NoCarePlanningMeeting(s), new ReturnHomeAfterThirdReview(s),
				new Section20TooLong(s), new ProceedingsBeyond26Weeks(), new NotPresentedToPermanencePanel(s),
				new NoMatch(s), new Reg24ApprovalEnding(s), new CloseRelativesNeverContacted(),
				new SplitSiblingsUnassessed(s));
	}

	public List<TrackerRule> all() {
		return rules;
	}

	public Optional<TrackerRule> byCode(String code) {
		return rules.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	static String day(LocalDate d) {
		return d == null ? "an unknown date" : DAY.format(d);
	}

	static String ordinal(int n) {
		return switch (n) {
			case 1 -> "first";
			case 2 -> "second";
			case 3 -> "third";
			case 4 -> "fourth";
			case 5 -> "fifth";
			case 6 -> "sixth";
			default -> n + "th";
		};
	}

	static String plan(String code) {
		return Coded.label(PermanencePlan.class, code);
	}

	static String days(long n) {
		return n == 1 ? "1 day" : n + " days";
	}

	/** The second review is held (or due): a permanence plan should be agreed by then. */
	static final class NoPermanencePlanBySecondReview implements TrackerRule {
		private final TrackerSettings s;

		NoPermanencePlanBySecondReview(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "no-permanence-plan-by-second-review";
		}

		@Override
		public String title() {
			return "no permanence plan by the second review";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			ReviewSchedule.Slot second = reviews.review(2, s);
			LocalDate deadline = second.held() != null ? second.held() : second.due();
			if (c.hasPermanencePlan()) {
				return onTimeOrLate(c, deadline);
			}
			String when = second.held() != null ? "was held on " + day(second.held()) : "was due on " + day(second.due());
			return byDate(today, deadline.plusDays(1),
					"No permanence plan has been agreed, and the second review " + when
							+ ": the plan and its contingency should be agreed by the second review.",
					"A permanence plan and its contingency are needed by the second review, due " + day(deadline) + ".");
		}

		private Verdict onTimeOrLate(ChildFacts c, LocalDate deadline) {
			LocalDate agreed = c.permanencePlan().agreedOn();
			String what = "The permanence plan (" + plan(c.permanencePlan().plan()) + ") was agreed on " + day(agreed);
			return onTime(agreed != null && agreed.isAfter(deadline)
					? what + ", " + days(ChronoUnit.DAYS.between(deadline, agreed)) + " after the second review."
					: what + ".", deadline.plusDays(1));
		}
	}

	/** No care plan older than six months; the first within 10 working days of becoming looked after. */
	static final class CarePlanOutOfDate implements TrackerRule {
		private final TrackerSettings s;
		private final WorkingDays calendar;

		CarePlanOutOfDate(TrackerSettings s, WorkingDays calendar) {
			this.s = s;
			this.calendar = calendar;
		}

		@Override
		public String code() {
			return "care-plan-out-of-date";
		}

		@Override
		public String title() {
			return "care plan older than " + s.carePlanMaxMonths() + " months";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			Optional<LocalDate> last = c.lastCarePlan();
			if (last.isEmpty()) {
				LocalDate due = calendar.plusWorkingDays(c.lookedAfterSince(), s.carePlanWorkingDays());
				return byDate(today, due.plusDays(1),
						"No care plan is recorded; the first was needed within " + s.carePlanWorkingDays()
								+ " working days of becoming looked after, by " + day(due) + ".",
						"The first care plan is needed by " + day(due) + ".");
			}
			LocalDate stale = last.get().plusMonths(s.carePlanMaxMonths());
			return byDate(today, stale.plusDays(1),
					"The care plan was last agreed on " + day(last.get()) + ", more than " + s.carePlanMaxMonths()
							+ " months ago: it went out of date after " + day(stale) + ".",
					"The care plan was agreed on " + day(last.get()) + " and is next needed by " + day(stale) + ".");
		}
	}

	/** The next statutory review is past its date and not held. */
	static final class ReviewOverdue implements TrackerRule {
		@Override
		public String code() {
			return "review-overdue";
		}

		@Override
		public String title() {
			return "statutory review overdue";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			ReviewSchedule.Slot next = reviews.next();
			LocalDate bites = next.due().plusDays(1);
			return byDate(today, bites,
					"The " + ordinal(next.number()) + " review was due on " + day(next.due()) + " and has not been held ("
							+ days(ChronoUnit.DAYS.between(next.due(), today)) + " overdue).",
					"The " + ordinal(next.number()) + " review is due by " + day(next.due()) + ".");
		}
	}

	/** At least one care planning meeting between reviews, before the next review. */
	static final class NoCarePlanningMeeting implements TrackerRule {
		private final TrackerSettings s;

		NoCarePlanningMeeting(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "no-care-planning-meeting";
		}

		@Override
		public String title() {
			return "no care planning meeting since the last review";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			ReviewSchedule.Slot last = reviews.lastHeld();
			if (last == null) {
				return notApplicable("No review has been held yet.");
			}
			Optional<ChildFacts.Meeting> since = c.meetings().stream()
				.filter(m -> MeetingKind.CARE_PLANNING.code().equals(m.kind()) && m.held() != null && m.held().isAfter(last.held()))
				.max(Comparator.comparing(ChildFacts.Meeting::held));
			ReviewSchedule.Slot next = reviews.next();
			LocalDate bites = next.due().minusDays(s.planningMeetingLeadDays());
			if (since.isPresent()) {
				return onTime("A care planning meeting was held on " + day(since.get().held()) + ", since the "
						+ ordinal(last.number()) + " review.", bites);
			}
			return byDate(today, bites,
					"No care planning meeting has been held since the " + ordinal(last.number()) + " review on "
							+ day(last.held()) + "; the " + ordinal(next.number()) + " review is due on " + day(next.due()) + ".",
					"A care planning meeting is needed before the " + ordinal(next.number()) + " review, due "
							+ day(next.due()) + ".");
		}
	}

	/** A return-home plan not achieved by the third review turns to the contingency. */
	static final class ReturnHomeAfterThirdReview implements TrackerRule {
		private final TrackerSettings s;

		ReturnHomeAfterThirdReview(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "return-home-after-third-review";
		}

		@Override
		public String title() {
			return "return home still the plan after the third review";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			if (!c.hasPermanencePlan() || !c.permanencePlan().is(PermanencePlan.RETURN_HOME)) {
				return notApplicable("The plan is not return home.");
			}
			int n = s.returnHomeReviews();
			ReviewSchedule.Slot slot = reviews.review(n, s);
			if (slot.held() == null) {
				return onTime("The plan is return home; if it has not happened by the " + ordinal(n) + " review (due "
						+ day(slot.due()) + "), the contingency plan is considered.", slot.due().plusDays(1));
			}
			String contingency = c.permanencePlan().contingency() == null ? "none recorded" : plan(c.permanencePlan().contingency());
			return alert("The plan is still return home after the " + ordinal(n) + " review on " + day(slot.held())
					+ ": move to the contingency plan (" + contingency + ") unless a court directs otherwise.",
					slot.held().plusDays(1));
		}
	}

	/** Section 20 accommodation should not drift beyond two years. */
	static final class Section20TooLong implements TrackerRule {
		private final TrackerSettings s;

		Section20TooLong(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "section-20-too-long";
		}

		@Override
		public String title() {
			return "section 20 for more than " + s.section20MaxMonths() + " months";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			if (!LegalStatus.V2.code().equals(c.legalStatus())) {
				return notApplicable("The child is not accommodated under section 20 (V2).");
			}
			LocalDate limit = c.lookedAfterSince().plusMonths(s.section20MaxMonths());
			return byDate(today, limit.plusDays(1),
					"Accommodated under section 20 since " + day(c.lookedAfterSince()) + ", more than "
							+ s.section20MaxMonths() + " months (since " + day(limit) + "): secure the plan in law.",
					"Accommodated under section 20 since " + day(c.lookedAfterSince()) + "; " + s.section20MaxMonths()
							+ " months on " + day(limit) + ".");
		}
	}

	/** Care proceedings should end within 26 weeks of being issued. */
	static final class ProceedingsBeyond26Weeks implements TrackerRule {
		@Override
		public String code() {
			return "proceedings-beyond-26-weeks";
		}

		@Override
		public String title() {
			return "care proceedings beyond 26 weeks";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			Optional<ChildFacts.Proceedings> open = c.proceedings().stream().filter(p -> p.finalOrderOn() == null)
				.min(Comparator.comparing(ChildFacts.Proceedings::week26));
			if (open.isEmpty()) {
				return notApplicable(c.proceedings().isEmpty() ? "No care proceedings." : "Care proceedings have ended.");
			}
			ChildFacts.Proceedings p = open.get();
			return byDate(today, p.week26().plusDays(1),
					"Care proceedings issued on " + day(p.issuedOn()) + " passed their 26-week date, " + day(p.week26())
							+ ", " + days(ChronoUnit.DAYS.between(p.week26(), today)) + " ago, with no final order.",
					"Care proceedings issued on " + day(p.issuedOn()) + " should end by " + day(p.week26()) + ".");
		}
	}

	/** The permanence plan scrutinised by the permanence panel within the authority's number of days. */
	static final class NotPresentedToPermanencePanel implements TrackerRule {
		private final TrackerSettings s;

		NotPresentedToPermanencePanel(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "not-presented-to-permanence-panel";
		}

		@Override
		public String title() {
			return "not presented to the permanence panel within " + s.permanencePanelDays() + " days";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			LocalDate limit = c.lookedAfterSince().plusDays(s.permanencePanelDays());
			Optional<ChildFacts.Panel> sat = c.panels().stream()
				.filter(p -> PanelKind.PERMANENCE.code().equals(p.kind()) && !p.date().isAfter(today)).findFirst();
			if (sat.isPresent()) {
				return onTime("Presented to the permanence panel on " + day(sat.get().date()) + ".", limit.plusDays(1));
			}
			Optional<ChildFacts.Panel> booked = c.panels().stream()
				.filter(p -> PanelKind.PERMANENCE.code().equals(p.kind()) && p.date().isAfter(today)).findFirst();
			String booking = booked.map(p -> " It is booked for " + day(p.date()) + ".").orElse(" No panel is booked.");
			return byDate(today, limit.plusDays(1),
					"Not yet presented to the permanence panel, " + s.permanencePanelDays()
							+ " days after becoming looked after (by " + day(limit) + ")." + booking,
					"To be presented to the permanence panel by " + day(limit) + "." + booking);
		}
	}

	/** A long-term fostering or adoption plan should find its match within the configured months. */
	static final class NoMatch implements TrackerRule {
		private final TrackerSettings s;

		NoMatch(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "no-match";
		}

		@Override
		public String title() {
			return "no match " + s.noMatchMonths() + " months after the plan";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			if (!c.hasPermanencePlan() || !(c.permanencePlan().is(PermanencePlan.ADOPTION)
					|| c.permanencePlan().is(PermanencePlan.LONG_TERM_FOSTERING))) {
				return notApplicable("The plan is neither adoption nor long-term fostering.");
			}
			String planName = plan(c.permanencePlan().plan());
			Optional<ChildFacts.Panel> match = c.panels().stream()
				.filter(p -> PanelSubject.MATCH.code().equals(p.presented())
						&& PanelRecommendation.AGREED.code().equals(p.recommendation()) && !p.date().isAfter(today))
				.findFirst();
			LocalDate agreed = c.permanencePlan().agreedOn();
			if (agreed == null) {
				return notApplicable("The date the plan was agreed is not recorded.");
			}
			LocalDate limit = agreed.plusMonths(s.noMatchMonths());
			if (match.isPresent()) {
				return onTime("A match was agreed by the " + Coded.label(PanelKind.class, match.get().kind()) + " on "
						+ day(match.get().date()) + ".", limit.plusDays(1));
			}
			return byDate(today, limit.plusDays(1),
					"The plan has been " + planName + " since " + day(agreed) + ", and no match has been agreed after "
							+ s.noMatchMonths() + " months (by " + day(limit) + ").",
					"The plan is " + planName + " since " + day(agreed) + "; a match is needed by " + day(limit) + ".");
		}
	}

	/** A Regulation 24 temporary approval running out, or run out, with no full approval after it. */
	static final class Reg24ApprovalEnding implements TrackerRule {
		private final TrackerSettings s;

		Reg24ApprovalEnding(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "reg24-ending";
		}

		@Override
		public String title() {
			return "Regulation 24 approval ending within " + s.reg24WarningDays() + " days or ended";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			Optional<ChildFacts.Approval> reg24 = c.approvals().stream()
				.filter(a -> "connected_person_reg24".equals(a.type()) && "positive".equals(a.status()) && a.expiresOn() != null)
				.filter(a -> c.approvals().stream().noneMatch(full -> supersedes(full, a)))
				.max(Comparator.comparing(ChildFacts.Approval::expiresOn));
			if (reg24.isEmpty()) {
				return notApplicable("No Regulation 24 approval in force without a full approval after it.");
			}
			ChildFacts.Approval a = reg24.get();
			String who = String.join(" and ", a.subjectNames());
			LocalDate ends = a.expiresOn();
			long left = ChronoUnit.DAYS.between(today, ends);
			String alert = left < 0 ? "The Regulation 24 approval of " + who + " ended on " + day(ends)
					+ " with no full connected-person approval recorded."
					: "The Regulation 24 approval of " + who + " ends " + (left == 0 ? "today" : "in " + days(left))
							+ ", on " + day(ends) + ": the full connected-person assessment must conclude or the approval be extended.";
			return byDate(today, ends.minusDays(s.reg24WarningDays()), alert,
					"The Regulation 24 approval of " + who + " runs to " + day(ends) + ".");
		}

		private static boolean supersedes(ChildFacts.Approval full, ChildFacts.Approval reg24) {
			return "connected_person_full".equals(full.type()) && "positive".equals(full.status())
					&& full.subjects().stream().anyMatch(reg24.subjects()::contains)
					&& (full.concludedOn() == null || reg24.concludedOn() == null || !full.concludedOn().isBefore(reg24.concludedOn()));
		}
	}

	/**
	 * A connected-person plan (or contingency) while close relatives (s105) on the kinship work list, not yet assessed,
	 * have never been contacted for the child according to the family-finding log.
	 */
	static final class CloseRelativesNeverContacted implements TrackerRule {
		@Override
		public String code() {
			return "close-relatives-never-contacted";
		}

		@Override
		public String title() {
			return "connected-person plan with close relatives never contacted";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			if (!c.hasPermanencePlan()) {
				return notApplicable("No permanence plan yet.");
			}
			boolean connected = isConnected(c.permanencePlan().plan()) || isConnected(c.permanencePlan().contingency());
			if (!connected) {
				return notApplicable("Neither the plan nor the contingency is a connected person.");
			}
			String which = isConnected(c.permanencePlan().plan()) ? "The plan" : "The contingency plan";
			List<String> never = c.closeRelativesNeverContacted().get();
			LocalDate since = c.permanencePlan().agreedOn() != null ? c.permanencePlan().agreedOn() : c.lookedAfterSince();
			if (never.isEmpty()) {
				return onTime("Every close relative on the work list has been contacted, or assessed.", since);
			}
			return alert(which + " looks to a connected person, and " + (never.size() == 1 ? "1 close relative has"
					: never.size() + " close relatives have") + " never been contacted: " + String.join(", ", never) + ".",
					since);
		}

		private static boolean isConnected(String plan) {
			return PermanencePlan.CONNECTED_PERSON_SGO.code().equals(plan) || PermanencePlan.CONNECTED_PERSON_CAO.code().equals(plan);
		}
	}

	/** Siblings living apart need a together-or-apart assessment before the permanence plan is agreed. */
	static final class SplitSiblingsUnassessed implements TrackerRule {
		private final TrackerSettings s;

		SplitSiblingsUnassessed(TrackerSettings s) {
			this.s = s;
		}

		@Override
		public String code() {
			return "split-siblings-unassessed";
		}

		@Override
		public String title() {
			return "split from siblings without a together-or-apart assessment";
		}

		@Override
		public Verdict judge(ChildFacts c, ReviewSchedule reviews, LocalDate today) {
			if (c.split() == null) {
				return notApplicable("Not in a split sibling group.");
			}
			if (c.split().assessed()) {
				return onTime("Apart from " + String.join(", ", c.split().siblings()) + " as a together-or-apart assessment recommends.", null);
			}
			String apart = "Living apart from " + String.join(", ", c.split().siblings()) + " (" + c.split().state() + ")";
			if (c.hasPermanencePlan() && c.permanencePlan().agreedOn() != null) {
				return alert(apart + ", and the permanence plan was agreed on " + day(c.permanencePlan().agreedOn())
						+ " without a together-or-apart assessment.", c.permanencePlan().agreedOn());
			}
			ReviewSchedule.Slot second = reviews.review(2, s);
			LocalDate deadline = second.held() != null ? second.held() : second.due();
			return byDate(today, deadline.plusDays(1),
					apart + ", and the permanence plan is overdue without a together-or-apart assessment.",
					apart + ": a together-or-apart assessment is needed before the permanence plan, by " + day(deadline) + ".");
		}
	}
}
