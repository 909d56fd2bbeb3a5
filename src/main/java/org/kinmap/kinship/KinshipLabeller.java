package org.kinmap.kinship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.kinship.Genogram.ParentTie;
import org.kinmap.kinship.Genogram.Partnership;
import org.kinmap.network.ParentLinkType;

/**
 * Labels every relative of one person in a {@link Genogram}, the way a genealogist would name them from that
 * person's side, with the Children Act 1989 s105 test.
 *
 * <p>Blood (and adoptive) relatives are found by walking up the lineage ties (birth and adoptive) to each
 * ancestor at {@code generationsUp} and down again from it to each descendant at {@code generationsDown}, the
 * second walk leaving the ancestor by a different child than the first arrived through, so that the
 * ancestor is the nearest common one. Two routes through the same pair of diverging children (a full
 * sibling's mother and father) are one relationship; any other second route (a cousin marriage, double
 * cousins) is a second relationship. Relatives by marriage and partnership, step-relatives and connected
 * persons are then added from the partners and ties of the blood relatives found.
 *
 * <p>Running time: O(A &middot; D) where A is the number of ancestor routes up to {@code maxDegree}
 * (at most 2<sup>maxDegree+1</sup>) and D the descendants within the remaining degree; linear in the
 * neighbourhood for real families. Naming follows the common English genealogical convention (for example
 * the Society of Genealogists' relationship chart): cousins by {@code min(up, down) - 1}, removed by
 * {@code |up - down|}.
 */
final class KinshipLabeller {

	private final Genogram genogram;

	KinshipLabeller(Genogram genogram) {
		this.genogram = genogram;
	}

	/** Every person related to {@code index} within {@code maxDegree}, each with every relationship, closest first. */
	Map<String, List<Kinship>> relativesOf(String index, int maxDegree) {
		if (!genogram.contains(index)) {
			throw new IllegalArgumentException("Person '" + index + "' is not in the genogram");
		}
		if (maxDegree < 1) {
			throw new IllegalArgumentException("maxDegree must be at least 1, was " + maxDegree);
		}
		Map<RouteKey, Route> routes = new LinkedHashMap<>();
		List<ParentTie> up = new ArrayList<>();
		climb(index, index, up, maxDegree, routes);

		Map<String, List<Kinship>> found = new LinkedHashMap<>();
		List<Route> blood = new ArrayList<>(routes.values());
		for (Route r : blood) {
			add(found, r.toKinship(this));
		}
		for (Route r : blood) {
			affinity(index, r, found);
		}
		directTies(index, found);
		siblingTies(index, found);
		ownPartners(index, found);

		Map<String, List<Kinship>> sorted = new LinkedHashMap<>();
		found.forEach((id, list) -> sorted.put(id, list.stream().distinct().sorted(Kinship.CLOSEST_FIRST).toList()));
		return sorted;
	}

	// ---- blood and adoptive relatives

	/** The ancestors of {@code at} by lineage ties, then each ancestor's descendants. */
	private void climb(String index, String at, List<ParentTie> up, int maxDegree, Map<RouteKey, Route> routes) {
		descend(index, up, new ArrayList<>(), at, maxDegree, routes);
		if (up.size() == maxDegree) {
			return;
		}
		for (ParentTie tie : genogram.parentTies(at)) {
			if (!Genogram.lineage(tie.type()) || onRoute(up, tie.parent())) {
				continue;
			}
			up.add(tie);
			climb(index, tie.parent(), up, maxDegree, routes);
			up.remove(up.size() - 1);
		}
	}

	private static boolean onRoute(List<ParentTie> ties, String id) {
		return ties.stream().anyMatch(t -> t.parent().equals(id) || t.child().equals(id));
	}

	private void descend(String index, List<ParentTie> up, List<ParentTie> down, String at, int maxDegree,
			Map<RouteKey, Route> routes) {
		if (!at.equals(index)) {
			record(index, up, down, at, routes);
		}
		if (up.size() + down.size() == maxDegree) {
			return;
		}
		String arrivedThrough = up.isEmpty() ? null : up.get(up.size() - 1).child();
		for (ParentTie tie : genogram.childTies(at)) {
			if (!Genogram.lineage(tie.type()) || (down.isEmpty() && tie.child().equals(arrivedThrough))
					|| tie.child().equals(index) || onRoute(down, tie.child())) {
				continue;
			}
			down.add(tie);
			descend(index, up, down, tie.child(), maxDegree, routes);
			down.remove(down.size() - 1);
		}
	}

	private void record(String index, List<ParentTie> up, List<ParentTie> down, String relative, Map<RouteKey, Route> routes) {
		int u = up.size();
		int d = down.size();
		String x = u == 0 ? null : up.get(u - 1).child();
		String y = d == 0 ? null : down.get(0).child();
		Side side = u == 0 ? null : sideOf(up.get(0).parent());
		boolean severed = up.stream().anyMatch(genogram::severed) || down.stream().anyMatch(genogram::severed);
		boolean adoptive = up.stream().anyMatch(t -> t.type() == ParentLinkType.ADOPTIVE)
				|| down.stream().anyMatch(t -> t.type() == ParentLinkType.ADOPTIVE);
		Kind kind;
		if (severed) {
			kind = Kind.BIRTH;
		}
		else if (adoptive) {
			kind = Kind.ADOPTIVE;
		}
		else if (u > 0 && d > 0) {
			kind = switch (blood(x, y)) {
				case FULL -> Kind.BLOOD;
				case HALF -> Kind.HALF_BLOOD;
				case NOT_KNOWN -> u == 1 && d == 1 ? Kind.SIBLING_UNKNOWN : Kind.BLOOD_UNKNOWN;
			};
		}
		else {
			kind = Kind.BLOOD;
		}
		boolean half = kind == Kind.HALF_BLOOD || (kind != Kind.BLOOD && u > 0 && d > 0 && blood(x, y) == Blood.HALF);
		RouteKey key = new RouteKey(relative, u, d, x, y);
		Route known = routes.get(key);
		routes.put(key, known == null ? new Route(index, relative, u, d, x, side, kind, half)
				: known.withSide(Side.union(known.side(), side)));
	}

	/** Whether two children of a common parent are of the full or the half blood, or the record cannot say. */
	private enum Blood {
		FULL, HALF, NOT_KNOWN
	}

	/**
	 * Two children of a common parent are of the full or half blood when a sibling link between them says so.
	 * With no link saying which: born at one birth, they are of the full blood; each with a recorded parent the
	 * other has not, of the half blood; both with the same two parents recorded, of the full blood. Otherwise (one
	 * shared parent recorded and the other parent of one of them missing from the record) the record proves
	 * neither: a missing parent is not taken to be the same parent, nor a different one.
	 */
	private Blood blood(String x, String y) {
		String recorded = genogram.siblingLinkType(x, y);
		if ("full".equals(recorded)) {
			return Blood.FULL;
		}
		if (recorded != null && recorded.startsWith("half_")) {
			return Blood.HALF;
		}
		if (genogram.twins(x, y)) {
			return Blood.FULL;
		}
		Set<String> px = genogram.lineageParents(x);
		Set<String> py = genogram.lineageParents(y);
		boolean xOwn = px.stream().anyMatch(p -> !py.contains(p));
		boolean yOwn = py.stream().anyMatch(p -> !px.contains(p));
		if (xOwn && yOwn) {
			return Blood.HALF;
		}
		return px.size() >= 2 && px.equals(py) ? Blood.FULL : Blood.NOT_KNOWN;
	}

	private Side sideOf(String parent) {
		KinPerson p = genogram.get(parent);
		return p.female() ? Side.MATERNAL : p.male() ? Side.PATERNAL : null;
	}

	private record RouteKey(String relative, int up, int down, String x, String y) {
	}

	/** One blood route: a relative {@code up} generations to the common ancestor and {@code down} again. */
	private record Route(String index, String relative, int up, int down, String below, Side side, Kind kind, boolean half) {

		Route withSide(Side s) {
			return new Route(index, relative, up, down, below, s, kind, half);
		}

		Kinship toKinship(KinshipLabeller labeller) {
			KinPerson p = labeller.genogram.get(relative);
			String label = Labels.blood(up, down, p.sex(), half, side);
			if (up == 1 && down == 1 && !half && labeller.genogram.twins(index, relative)) {
				label = Labels.gendered(p.sex(), "twin sister", "twin brother", "twin");
			}
			label = Labels.prefixed(kind, label);
			boolean close = (kind == Kind.BLOOD || kind == Kind.HALF_BLOOD || kind == Kind.SIBLING_UNKNOWN
					|| kind == Kind.BLOOD_UNKNOWN || kind == Kind.ADOPTIVE)
					&& ((up == 2 && down == 0) || (up == 1 && down == 1) || (up == 2 && down == 1));
			return new Kinship(relative, label, up, down, side, kind, null, close, false);
		}
	}

	// ---- relatives by marriage and partnership, step-relatives

	private void affinity(String index, Route r, Map<String, List<Kinship>> found) {
		KinPerson relative = genogram.get(r.relative());
		String relativeLabel = Labels.blood(r.up(), r.down(), relative.sex(), r.half(), r.side());
		for (Partnership p : genogram.partnershipsOf(r.relative())) {
			String partnerId = p.other(r.relative());
			if (partnerId.equals(index) || (r.down() == 0 && genogram.lineageParents(r.below()).contains(partnerId))) {
				continue;
			}
			KinPerson partner = genogram.get(partnerId);
			boolean marriage = p.marriage();
			boolean ended = p.ended();
			boolean severed = r.kind() == Kind.BIRTH;
			Kind kind;
			String label;
			boolean close = false;
			if (r.up() == 1 && r.down() == 0) {
				if (marriage) {
					kind = Kind.STEP;
					label = Labels.gendered(partner.sex(), "step-mother", "step-father", "step-parent");
					close = !ended;
				}
				else {
					kind = Kind.PARTNER;
					label = Labels.possessive(relativeLabel) + " partner";
				}
				stepChildren(index, r, partnerId, marriage, ended, found);
			}
			else if (r.down() == 0 && marriage) {
				kind = Kind.STEP;
				String grand = Labels.blood(r.up(), 0, partner.sex(), false, null);
				label = (r.side() == null ? "" : r.side().code() + " ") + "step-" + grand;
				close = r.up() == 2 && !ended;
			}
			else if (r.down() == 1 && r.up() >= 2 && marriage) {
				kind = Kind.BY_MARRIAGE;
				label = Labels.blood(r.up(), 1, partner.sex(), false, null) + " by marriage";
				close = r.up() == 2 && !ended;
			}
			else if (r.up() == 0 && r.down() == 1 && marriage) {
				kind = Kind.BY_MARRIAGE;
				label = Labels.gendered(partner.sex(), "daughter-in-law", "son-in-law", "child-in-law");
			}
			else if (r.up() == 1 && r.down() == 1 && marriage) {
				kind = Kind.BY_MARRIAGE;
				label = Labels.gendered(partner.sex(), "sister-in-law", "brother-in-law", "sibling-in-law");
			}
			else if (marriage) {
				kind = Kind.BY_MARRIAGE;
				label = Labels.possessive(relativeLabel) + " "
						+ Labels.gendered(partner.sex(), "wife", "husband", "spouse");
			}
			else {
				kind = Kind.PARTNER;
				label = Labels.possessive(relativeLabel) + " partner";
			}
			if (severed) {
				kind = Kind.BIRTH;
				close = false;
			}
			if (ended) {
				label = label.contains("'s ") ? label.replaceFirst("'s ", "'s former ") : "former " + label;
			}
			label = Labels.prefixed(r.kind() == Kind.BIRTH || r.kind() == Kind.ADOPTIVE ? r.kind() : null, label);
			add(found, new Kinship(partnerId, label, r.up(), r.down(), r.side(), kind, null, close && !severed, ended));
		}
	}

	/** The children of a parent's partner who are not the parent's own: step-siblings (or a partner's children). */
	private void stepChildren(String index, Route parent, String partnerId, boolean marriage, boolean ended,
			Map<String, List<Kinship>> found) {
		Set<String> parentsChildren = new HashSet<>();
		genogram.childTies(parent.relative()).forEach(t -> parentsChildren.add(t.child()));
		for (ParentTie tie : genogram.childTies(partnerId)) {
			String c = tie.child();
			if (c.equals(index) || parentsChildren.contains(c) || !Genogram.lineage(tie.type())) {
				continue;
			}
			KinPerson child = genogram.get(c);
			String label;
			Kind kind;
			if (marriage) {
				kind = Kind.STEP;
				label = (ended ? "former " : "") + Labels.gendered(child.sex(), "step-sister", "step-brother", "step-sibling");
			}
			else {
				kind = Kind.PARTNER;
				String parentLabel = Labels.blood(1, 0, genogram.get(parent.relative()).sex(), false, null);
				label = Labels.possessive(parentLabel) + " " + (ended ? "former " : "") + "partner's "
						+ Labels.gendered(child.sex(), "daughter", "son", "child");
			}
			boolean severed = parent.kind() == Kind.BIRTH;
			add(found, new Kinship(c, Labels.prefixed(severed ? Kind.BIRTH : null, label), 1, 1, parent.side(),
					severed ? Kind.BIRTH : kind, null, kind == Kind.STEP && !ended && !severed, ended));
		}
	}

	/** The index person's own partners, and their children who are not the index person's: step-children. */
	private void ownPartners(String index, Map<String, List<Kinship>> found) {
		Set<String> own = new HashSet<>();
		genogram.childTies(index).forEach(t -> own.add(t.child()));
		for (Partnership p : genogram.partnershipsOf(index)) {
			String partnerId = p.other(index);
			KinPerson partner = genogram.get(partnerId);
			boolean marriage = p.marriage();
			String label = marriage ? Labels.gendered(partner.sex(), "wife", "husband", "spouse") : "partner";
			add(found, new Kinship(partnerId, (p.ended() ? "former " : "") + label, 0, 0, null,
					marriage ? Kind.BY_MARRIAGE : Kind.PARTNER, null, false, p.ended()));
			for (ParentTie tie : genogram.childTies(partnerId)) {
				if (own.contains(tie.child()) || tie.child().equals(index) || !Genogram.lineage(tie.type())) {
					continue;
				}
				KinPerson c = genogram.get(tie.child());
				String child = marriage ? Labels.gendered(c.sex(), "step-daughter", "step-son", "step-child")
						: Labels.possessive(label) + " " + Labels.gendered(c.sex(), "daughter", "son", "child");
				add(found, new Kinship(c.id(), (p.ended() && marriage ? "former " : "") + child, 0, 1, null,
						marriage ? Kind.STEP : Kind.PARTNER, null, false, p.ended()));
			}
		}
	}

	/** Step-parents, foster carers, special guardians tied to the index person directly. */
	private void directTies(String index, Map<String, List<Kinship>> found) {
		for (ParentTie tie : genogram.parentTies(index)) {
			KinPerson p = genogram.get(tie.parent());
			switch (tie.type()) {
				case STEP -> add(found, new Kinship(p.id(), Labels.gendered(p.sex(), "step-mother", "step-father", "step-parent"),
						1, 0, null, Kind.STEP, null, true, false));
				case FOSTER, SPECIAL_GUARDIAN, OTHER -> add(found, new Kinship(p.id(), tie.type().label(), null, null, null,
						Kind.CONNECTED_PERSON, tie.type().code(), false, false));
				default -> {
				}
			}
		}
	}

	/**
	 * Siblings recorded by an explicit link or by a multiple birth (the shared parents not in the network) and not
	 * found through parents. Born at one birth, twins have one mother and are taken as full siblings, as the sibling
	 * groups take them; an explicit link between them says otherwise when it is recorded.
	 */
	private void siblingTies(String index, Map<String, List<Kinship>> found) {
		for (Genogram.SiblingTie s : genogram.siblingTiesOf(index)) {
			String other = s.a().equals(index) ? s.b() : s.a();
			if (knownSibling(found, other)) {
				continue;
			}
			KinPerson p = genogram.get(other);
			String sibling = Labels.gendered(p.sex(), "sister", "brother", "sibling");
			Kinship k = switch (s.type() == null ? "unknown" : s.type()) {
				case "full" -> new Kinship(other, genogram.twins(index, other)
						? Labels.gendered(p.sex(), "twin sister", "twin brother", "twin") : sibling, 1, 1, Side.BOTH, Kind.BLOOD,
						null, true, false);
				case "half_maternal" -> new Kinship(other, "half-" + sibling, 1, 1, Side.MATERNAL, Kind.HALF_BLOOD, null, true, false);
				case "half_paternal" -> new Kinship(other, "half-" + sibling, 1, 1, Side.PATERNAL, Kind.HALF_BLOOD, null, true, false);
				case "half_unknown" -> new Kinship(other, "half-" + sibling, 1, 1, null, Kind.HALF_BLOOD, null, true, false);
				case "step" -> new Kinship(other, "step-" + sibling, 1, 1, null, Kind.STEP, null, true, false);
				case "adoptive" -> new Kinship(other, "adoptive " + sibling, 1, 1, null, Kind.ADOPTIVE, null, true, false);
				default -> new Kinship(other, sibling, 1, 1, null, Kind.SIBLING_UNKNOWN, null, true, false);
			};
			add(found, k);
		}
		for (String other : genogram.bornWith(index)) {
			if (knownSibling(found, other)) {
				continue;
			}
			KinPerson p = genogram.get(other);
			add(found, new Kinship(other, Labels.gendered(p.sex(), "twin sister", "twin brother", "twin"), 1, 1, Side.BOTH,
					Kind.BLOOD, null, true, false));
		}
	}

	private static boolean knownSibling(Map<String, List<Kinship>> found, String other) {
		return found.getOrDefault(other, List.of()).stream()
			.anyMatch(k -> Integer.valueOf(1).equals(k.generationsUp()) && Integer.valueOf(1).equals(k.generationsDown()));
	}

	private static void add(Map<String, List<Kinship>> found, Kinship k) {
		found.computeIfAbsent(k.relativeId(), id -> new ArrayList<>()).add(k);
	}

	/** The closest relationship first. */
	static final Comparator<List<Kinship>> BY_CLOSEST = Comparator.comparing(l -> l.get(0), Kinship.CLOSEST_FIRST);
}
