package org.kinmap.siblings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kinmap.siblings.FamilyLinks.ParentLink;

/**
 * Derives every sibling relation from family links:
 * <ul>
 * <li>two birth parents in common: full siblings; one: half-siblings through the mother or the father (by the
 * shared parent's sex; {@code half_unknown} when it is not recorded);</li>
 * <li>an adoptive parent in common (or one's adoptive parent is the other's birth parent): adoptive siblings;</li>
 * <li>a parent of one is the partner (in any partnership, current or past) or step-parent of a parent of the other,
 * and they share no parent: step-siblings;</li>
 * <li>born at one birth: twins, full siblings unless both have two birth parents recorded and share only one;</li>
 * <li>an explicit sibling link: its type; raised together: raised together.</li>
 * </ul>
 * Foster, special-guardian and other parent figures make no siblings. Runs in O(P + S + sum over parents of
 * children squared), P parent links and S recorded links.
 */
final class SiblingRelations {

	private static final Set<String> PARENTS = Set.of("birth", "adoptive");

	private SiblingRelations() {
	}

	/** Every relation found, keyed by the pair's ids joined with a tab (the smaller first). */
	static Map<String, SiblingRelation> derive(FamilyLinks links) {
		Map<String, Builder> pairs = new HashMap<>();
		Map<String, List<ParentLink>> byParent = new LinkedHashMap<>();
		Map<String, List<ParentLink>> byChild = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (ParentLink l : links.parentLinks()) {
			names.put(l.parent(), l.parentName());
			if (PARENTS.contains(l.type())) {
				byParent.computeIfAbsent(l.parent(), k -> new ArrayList<>()).add(l);
				byChild.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l);
			}
		}
		// Shared parents: full, half, adoptive.
		Map<String, List<ParentLink[]>> shared = new HashMap<>();
		for (List<ParentLink> children : byParent.values()) {
			for (int i = 0; i < children.size(); i++) {
				for (int j = i + 1; j < children.size(); j++) {
					ParentLink x = children.get(i);
					ParentLink y = children.get(j);
					if (!x.child().equals(y.child())) {
						shared.computeIfAbsent(key(x.child(), y.child()), k -> new ArrayList<>()).add(new ParentLink[] { x, y });
					}
				}
			}
		}
		shared.forEach((key, common) -> {
			List<ParentLink> birth = common.stream().filter(c -> "birth".equals(c[0].type()) && "birth".equals(c[1].type()))
				.map(c -> c[0]).toList();
			Builder b = pairs.computeIfAbsent(key, Builder::new);
			if (birth.size() >= 2) {
				b.add(SiblingKind.FULL, "both children of " + namesOf(birth));
			}
			else if (birth.size() == 1) {
				ParentLink p = birth.get(0);
				SiblingKind kind = "female".equals(p.parentSex()) ? SiblingKind.HALF_MATERNAL
						: "male".equals(p.parentSex()) ? SiblingKind.HALF_PATERNAL : SiblingKind.HALF_UNKNOWN;
				b.add(kind, "both children of " + name(p) + " only");
			}
			if (birth.size() < common.size()) {
				List<ParentLink> adoptive = common.stream().filter(c -> !("birth".equals(c[0].type()) && "birth".equals(c[1].type())))
					.map(c -> c[0]).toList();
				b.add(SiblingKind.ADOPTIVE, "both brought up as children of " + namesOf(adoptive) + " by adoption");
			}
		});
		// Step: a parent of one is the partner or step-parent of a parent of the other.
		// By id, so that a pair joined through two partnerships is explained by the same one whichever links are read.
		Map<String, Set<String>> partners = new TreeMap<>();
		links.partnerships().forEach(p -> {
			partners.computeIfAbsent(p.a(), k -> new TreeSet<>()).add(p.b());
			partners.computeIfAbsent(p.b(), k -> new TreeSet<>()).add(p.a());
		});
		// Step-parent links by step-parent, then child, so that a pair joined twice is explained by the same one
		// whichever links are read and in whatever order.
		List<ParentLink> stepLinks = links.parentLinks().stream().filter(l -> "step".equals(l.type()))
			.sorted(Comparator.comparing(ParentLink::parent).thenComparing(ParentLink::child)).toList();
		for (ParentLink l : stepLinks) {
			// The step-parent's own children are the child's step-siblings.
			for (ParentLink own : byParent.getOrDefault(l.parent(), List.of())) {
				step(pairs, shared, l.child(), own.child(), name(l) + ", step-parent of one and parent of the other");
			}
		}
		partners.forEach((p, others) -> {
			for (String q : others) {
				if (p.compareTo(q) >= 0) {
					continue;
				}
				for (ParentLink x : byParent.getOrDefault(p, List.of())) {
					for (ParentLink y : byParent.getOrDefault(q, List.of())) {
						step(pairs, shared, x.child(), y.child(),
								"through the partnership of " + name(x) + " and " + name(y));
					}
				}
			}
		});
		// Twins and triplets.
		for (var birth : links.multipleBirths()) {
			List<String> members = birth.members();
			String label = members.size() == 2 ? "twin" : members.size() == 3 ? "triplet" : "multiple_birth";
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					Builder b = pairs.computeIfAbsent(key(members.get(i), members.get(j)), Builder::new);
					b.multipleBirth = label;
					b.zygosity = birth.zygosity();
					boolean bothParentsKnown = birthParents(byChild, members.get(i)) == 2 && birthParents(byChild, members.get(j)) == 2;
					if (!bothParentsKnown) {
						// Born at one birth, so one mother; a father recorded for one twin only is the other's too.
						b.kinds.removeIf(SiblingKind::half);
					}
					if (b.kinds.stream().noneMatch(k -> k == SiblingKind.FULL || k.half())) {
						b.add(SiblingKind.FULL, "born at one birth");
					}
				}
			}
		}
		// Explicit links.
		for (var s : links.siblingLinks()) {
			SiblingKind kind = org.kinmap.system.Coded.parse(SiblingKind.class, s.type()).orElse(SiblingKind.UNKNOWN);
			pairs.computeIfAbsent(key(s.a(), s.b()), Builder::new).add(kind, "recorded as " + kind.label());
		}
		for (var r : links.raisedTogether()) {
			pairs.computeIfAbsent(key(r.a(), r.b()), Builder::new).add(SiblingKind.RAISED_TOGETHER,
					"brought up in one household");
		}
		// Each pair's relation depends only on its own links, so the pairs are gathered in any order and given by key.
		Map<String, SiblingRelation> relations = new LinkedHashMap<>();
		new TreeMap<>(pairs).forEach((key, b) -> {
			if (!b.kinds.isEmpty()) {
				relations.put(key, b.build());
			}
		});
		return relations;
	}

	private static long birthParents(Map<String, List<ParentLink>> byChild, String child) {
		return byChild.getOrDefault(child, List.of()).stream().filter(l -> "birth".equals(l.type())).count();
	}

	private static void step(Map<String, Builder> pairs, Map<String, List<ParentLink[]>> shared, String x, String y,
			String via) {
		if (x.equals(y)) {
			return;
		}
		String key = key(x, y);
		if (shared.containsKey(key)) {
			return;
		}
		pairs.computeIfAbsent(key, Builder::new).add(SiblingKind.STEP, via);
	}

	static String key(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
	}

	private static String name(ParentLink l) {
		return l.parentName() == null ? "a parent not named" : l.parentName();
	}

	/**
	 * "Mum and Dad": the mother first, then the father, then a parent whose sex is not recorded, each by id, so that
	 * the words do not depend on the order the links were read in.
	 */
	private static String namesOf(Collection<ParentLink> parents) {
		return String.join(" and ", parents.stream().sorted(MOTHER_FIRST).map(SiblingRelations::name).distinct().toList());
	}

	private static final Comparator<ParentLink> MOTHER_FIRST = Comparator
		.comparingInt((ParentLink l) -> "female".equals(l.parentSex()) ? 0 : "male".equals(l.parentSex()) ? 1 : 2)
		.thenComparing(ParentLink::parent);

	private static final class Builder {

		final String a;
		final String b;
		final Set<SiblingKind> kinds = EnumSet.noneOf(SiblingKind.class);
		final Map<SiblingKind, String> via = new HashMap<>();
		String multipleBirth;
		String zygosity;

		Builder(String key) {
			String[] ids = key.split("\t");
			this.a = ids[0];
			this.b = ids[1];
		}

		void add(SiblingKind kind, String why) {
			kinds.add(kind);
			via.putIfAbsent(kind, why);
		}

		SiblingRelation build() {
			SiblingKind closest = kinds.iterator().next();
			String why = via.get(closest);
			if (multipleBirth != null && !"born at one birth".equals(why)) {
				why = why + "; " + multipleBirth + "s";
			}
			return new SiblingRelation(a, b, java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds)), multipleBirth,
					zygosity, why);
		}
	}
}
