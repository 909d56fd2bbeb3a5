package org.kinmap.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child's statutory reviews (Care Planning, Placement and Case Review (England) Regulations 2010, reg 33): the
 * first within 20 working days of becoming looked after, the second within three months of the first, then at most
 * six months apart. The reviews held fill the slots in date order; each later due date counts from the review before
 * it as held (or, if it was not held, as due). Thresholds from {@link TrackerSettings}.
 */
public final class ReviewSchedule {

	/** One statutory review: its number (1 for the first), the date due, and the date held (null when not yet). */
	public record Slot(int number, LocalDate due, LocalDate held) {

		/** The date this review counts from for the next: when held, else when due. */
		LocalDate anchor() {
			return held != null ? held : due;
		}
	}

	private final List<Slot> slots;

	private ReviewSchedule(List<Slot> slots) {
		this.slots = List.copyOf(slots);
	}

	/**
	 * The schedule from the date the child became looked after and the dates of the reviews held (any order; those
	 * before {@code lookedAfterSince} are ignored), with one slot beyond the last review held: the next one due.
	 */
	public static ReviewSchedule of(LocalDate lookedAfterSince, List<LocalDate> held, WorkingDays calendar,
			TrackerSettings settings) {
		List<LocalDate> dates = held.stream().filter(d -> d != null && !d.isBefore(lookedAfterSince)).distinct().sorted().toList();
		List<Slot> slots = new ArrayList<>();
		LocalDate due = calendar.plusWorkingDays(lookedAfterSince, settings.firstReviewWorkingDays());
		for (int i = 0; i <= dates.size(); i++) {
			Slot slot = new Slot(i + 1, due, i < dates.size() ? dates.get(i) : null);
			slots.add(slot);
			due = slot.anchor().plusMonths(i == 0 ? settings.secondReviewMonths() : settings.laterReviewMonths());
		}
		return new ReviewSchedule(slots);
	}

	public List<Slot> slots() {
		return slots;
	}

	/** The review numbered {@code number} (1-based), due date computed even beyond the next one. */
	public Slot review(int number, TrackerSettings settings) {
		if (number <= slots.size()) {
			return slots.get(number - 1);
		}
		Slot last = slots.get(slots.size() - 1);
		LocalDate due = last.due();
		for (int n = last.number() + 1; n <= number; n++) {
			due = due.plusMonths(n == 2 ? settings.secondReviewMonths() : settings.laterReviewMonths());
		}
		return new Slot(number, due, null);
	}

	/** The next review not yet held. */
	public Slot next() {
		return slots.get(slots.size() - 1);
	}

	/** The last review held, or null. */
	public Slot lastHeld() {
		return slots.size() < 2 ? null : slots.get(slots.size() - 2);
	}

	public int held() {
		return slots.size() - 1;
	}
}
