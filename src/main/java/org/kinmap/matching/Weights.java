package org.kinmap.matching;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.kinmap.care.NeedDomain;
import org.kinmap.care.PermanencePlan;
import org.kinmap.system.BadRequestException;

/**
 * How much each domain counts towards the total. Defaults depend on the plan: for adoption identity weighs 0.5
 * (England no longer requires particular weight to religion, ethnicity, culture and language in adoption
 * matching; they are still respected); for long-term fostering or a connected-person plan with strong family
 * links (a sibling, a connected person, or family time at least monthly) contact and family relationships weigh
 * 1.5; otherwise every domain weighs 1. A request may override any domain with {@code weight.<domain>=<0..10>}.
 *
 * @param basis the sentence saying where the weights came from
 */
record Weights(Map<NeedDomain, Double> values, String basis) {

	static final String PREFIX = "weight.";
	static final double MAX = 10;

	Weights {
		EnumMap<NeedDomain, Double> copy = new EnumMap<>(NeedDomain.class);
		for (NeedDomain d : NeedDomain.values()) {
			Double w = values.get(d);
			if (w == null) {
				throw new IllegalArgumentException("No weight for " + d.code());
			}
			copy.put(d, w);
		}
		if (copy.values().stream().allMatch(w -> w == 0)) {
			throw new IllegalArgumentException("At least one domain must have a weight above 0");
		}
		values = java.util.Collections.unmodifiableMap(copy);
	}

	static Weights equal(String basis) {
		Map<NeedDomain, Double> w = new EnumMap<>(NeedDomain.class);
		for (NeedDomain d : NeedDomain.values()) {
			w.put(d, 1.0);
		}
		return new Weights(w, basis);
	}

	static Weights defaultsFor(Placing placing) {
		PermanencePlan plan = placing.plan();
		boolean links = placing.children().stream().anyMatch(ChildProfile::strongFamilyLinks);
		if (plan == PermanencePlan.ADOPTION) {
			return equal("").with(NeedDomain.IDENTITY, 0.5,
					"Adoption: identity weighs 0.5, as England no longer requires particular weight to religion, ethnicity, "
							+ "culture and language in adoption matching (they are still respected); every other domain weighs 1.");
		}
		if (links && (plan == PermanencePlan.LONG_TERM_FOSTERING || plan == PermanencePlan.CONNECTED_PERSON_SGO
				|| plan == PermanencePlan.CONNECTED_PERSON_CAO)) {
			return equal("").with(NeedDomain.CONTACT, 1.5, "").with(NeedDomain.FAMILY_RELATIONSHIPS, 1.5,
					(plan == PermanencePlan.LONG_TERM_FOSTERING ? "Long-term fostering" : "A connected-person plan")
							+ " with strong family links: contact and family relationships weigh 1.5; every other domain weighs 1.");
		}
		return equal("Every domain weighs 1 for " + PlanApprovals.planLabel(plan) + ".");
	}

	Weights with(NeedDomain domain, double weight, String basis) {
		Map<NeedDomain, Double> w = new EnumMap<>(values);
		w.put(domain, weight);
		return new Weights(w, basis);
	}

	/**
	 * These weights with the request's {@code weight.<domain>} parameters applied; other parameters are ignored.
	 *
	 * @throws BadRequestException for an unknown domain or a weight that is not a number from 0 to 10
	 */
	Weights overriddenBy(Map<String, String> parameters) {
		Map<NeedDomain, Double> w = new EnumMap<>(values);
		Map<String, Double> changed = new LinkedHashMap<>();
		for (var p : parameters.entrySet()) {
			if (!p.getKey().startsWith(PREFIX)) {
				continue;
			}
			String key = p.getKey().substring(PREFIX.length());
			NeedDomain domain = NeedDomain.byKey(key).orElseThrow(() -> new BadRequestException("Parameter '" + p.getKey()
					+ "' names no matching domain; the domains are "
					+ Arrays.stream(NeedDomain.values()).map(NeedDomain::code).collect(Collectors.joining(", "))));
			double weight;
			try {
				weight = Double.parseDouble(p.getValue().trim());
			}
			catch (NumberFormatException | NullPointerException ex) {
				throw new BadRequestException("Parameter '" + p.getKey() + "' must be a number from 0 to 10, not '"
						+ p.getValue() + "'");
			}
			if (!Double.isFinite(weight) || weight < 0 || weight > MAX) {
				throw new BadRequestException("Parameter '" + p.getKey() + "' must be a number from 0 to 10, not '"
						+ p.getValue() + "'");
			}
			w.put(domain, weight);
			changed.put(domain.code(), weight);
		}
		if (changed.isEmpty()) {
			return this;
		}
		if (w.values().stream().allMatch(x -> x == 0)) {
			throw new BadRequestException("At least one domain must have a weight above 0");
		}
		return new Weights(w, basis + " Changed for this request: " + changed.entrySet().stream()
			.map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".");
	}

	double of(NeedDomain domain) {
		return values.get(domain);
	}

	/** By domain code, in the order of the matching record. */
	Map<String, Double> byCode() {
		Map<String, Double> m = new LinkedHashMap<>();
		values.forEach((d, w) -> m.put(d.code(), w));
		return m;
	}
}
