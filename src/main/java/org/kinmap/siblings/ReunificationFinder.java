package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.kinmap.network.PersonRef;
import org.kinmap.siblings.SiblingViews.ReunificationOption;

/**
 * Carer households that could take all of a split group's looked-after children together now: those that meet
 * every {@link ReunificationRule}, ranked by how few children would move, then by the average distance from the
 * moving children's current homes, then by name. The current carer of one sibling qualifies when they could take
 * the others. Runs in O(H x R x C) for H households, R rules and C children.
 */
final class ReunificationFinder {

	private final List<ReunificationRule> rules;

	ReunificationFinder(List<ReunificationRule> rules) {
		Objects.requireNonNull(rules, "rules");
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("A reunification search needs at least one rule");
		}
		this.rules = List.copyOf(rules);
	}

	/** Every household that meets all rules, best first; empty for fewer than two children. */
	List<ReunificationOption> options(List<Member> children, List<CarerHome> homes, LocalDate today) {
		if (children.size() < 2) {
			return List.of();
		}
		List<ReunificationOption> options = new ArrayList<>();
		for (CarerHome home : homes) {
			List<Verdict> verdicts = rules.stream().map(r -> r.check(home, children, today)).toList();
			if (verdicts.stream().allMatch(Verdict::allowed)) {
				options.add(option(home, children, verdicts));
			}
		}
		options.sort(Comparator.comparingInt(ReunificationOption::moves)
			.thenComparing(ReunificationOption::averageKm, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ReunificationOption::name, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ReunificationOption::householdId));
		return options;
	}

	/** Why a household does not qualify: the reasons of the rules it fails (empty when it qualifies). */
	List<Verdict> exclusions(CarerHome home, List<Member> children, LocalDate today) {
		return rules.stream().map(r -> r.check(home, children, today)).filter(v -> !v.allowed()).toList();
	}

	private static ReunificationOption option(CarerHome home, List<Member> children, List<Verdict> verdicts) {
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
		LocalDate roomSince = Stream.concat(home.approvals().stream().map(CarerHome.Terms::approvedOn),
				Stream.of(home.lastPlacementEnded()))
			.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
		List<String> reasons = new ArrayList<>(verdicts.stream().map(Verdict::reason).toList());
		reasons.add(distance);
		return new ReunificationOption(home.id(), home.name(), home.postcode(),
				there.stream().map(c -> new PersonRef(c.id(), c.name())).toList(), moving.size(), average, roomSince,
				List.copyOf(reasons));
	}
}
