package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kinmap.matching.HouseholdFit;
import org.kinmap.matching.Verdict;
import org.kinmap.network.PersonRef;
import org.kinmap.siblings.SiblingViews.ReunificationOption;

/**
 * Carer households that could take all of a split group's looked-after children together now: those the matching
 * module finds eligible ({@link HouseholdFit}: its hard constraints for reuniting siblings in foster care). Ranked
 * as matching ranks a shortlist: households where one of the children already lives come first (the current carer of
 * one sibling, who could take the others: continuity for that child, as matching puts a household where a sibling
 * lives first), then the matching total, then how few children would move, then the average distance from the
 * moving children's current homes, then by name. Linear in the number of households, with a sort.
 */
final class ReunificationFinder {

	private ReunificationFinder() {
	}

	static final Comparator<ReunificationOption> BEST_FIRST = Comparator
		.comparing((ReunificationOption o) -> o.childrenAlreadyThere().isEmpty())
		.thenComparing(ReunificationOption::score, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparingInt(ReunificationOption::moves)
		.thenComparing(ReunificationOption::averageKm, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ReunificationOption::name, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ReunificationOption::householdId);

	/**
	 * Every eligible household, best first; empty for fewer than two children.
	 *
	 * @param fits the matching module's evaluation of every carer household for these children together
	 */
	static List<ReunificationOption> options(List<Member> children, List<CarerHome> homes, List<HouseholdFit> fits) {
		if (children.size() < 2) {
			return List.of();
		}
		Map<String, CarerHome> byId = homes.stream().collect(Collectors.toMap(CarerHome::id, Function.identity()));
		List<ReunificationOption> options = new ArrayList<>();
		for (HouseholdFit fit : fits) {
			CarerHome home = byId.get(fit.householdId());
			if (fit.eligible() && home != null) {
				options.add(option(home, children, fit));
			}
		}
		options.sort(BEST_FIRST);
		return options;
	}

	private static ReunificationOption option(CarerHome home, List<Member> children, HouseholdFit fit) {
		List<Member> there = children.stream().filter(c -> home.placed().contains(c.id())).toList();
		List<Member> moving = children.stream().filter(c -> !home.placed().contains(c.id())).toList();
		List<Double> kms = moving.stream()
			.map(c -> c.home() == null ? null
					: Distance.km(c.home().latitude(), c.home().longitude(), home.latitude(), home.longitude()))
			.toList();
		Double average = kms.isEmpty() || kms.contains(null) ? null
				: Math.round(kms.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 10) / 10.0;
		String distance = average == null ? "Distance not known: a postcode has no coordinates."
				: "On average " + average + " km from the moving children's current homes.";
		LocalDate roomSince = Stream.concat(home.approvedOn().stream(), Stream.of(home.lastPlacementEnded()))
			.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
		List<String> reasons = new ArrayList<>(fit.checks().stream().map(Verdict::reason).toList());
		reasons.add(fit.scoreReason());
		reasons.add(distance);
		return new ReunificationOption(home.id(), home.name(), home.postcode(),
				there.stream().map(c -> new PersonRef(c.id(), c.name())).toList(), moving.size(), average, roomSince,
				fit.total(), fit.confidence(), List.copyOf(reasons));
	}
}
