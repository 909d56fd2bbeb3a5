package org.kinmap.genogram;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kinmap.genogram.Family.Member;
import org.kinmap.genogram.Family.ParentLink;
import org.kinmap.genogram.Family.Partnership;
import org.kinmap.genogram.Layout.ChildLine;
import org.kinmap.genogram.Layout.ExtraLink;
import org.kinmap.genogram.Layout.PartnerLine;
import org.kinmap.genogram.Layout.Placed;
import org.kinmap.genogram.Layout.Sibship;

/**
 * Lays out a genogram as a layered drawing (Sugiyama's scheme, as a tidy hand drawing would): generations in
 * rows, partners side by side in one block, blocks ordered by the position of their parents (down) and
 * children (up) with siblings oldest first, then x positions that keep children centred under their parents
 * and never let two symbols overlap.
 *
 * <ol>
 * <li>Generations by breadth-first search from the index child: a parent one row up, a child one row down,
 * a partner, recorded sibling or twin on the same row.</li>
 * <li>Blocks: the partners in a row joined into chains (a person with two partners between them).</li>
 * <li>Order: barycentre sweeps down, up and down again; ties by date of birth, then id. Deterministic.</li>
 * <li>Positions: for each row in turn, the x that is closest (least squares) to where each person wants to be
 * (under their parents, or over their children) subject to the minimum gaps, solved exactly by the
 * pool-adjacent-violators algorithm; alternating passes down and up, ending down.</li>
 * </ol>
 * Running time is O(passes · n log n) for n persons; a family of 300 lays out in milliseconds.
 */
final class GenogramLayout {

	static final double SPACING = 90;
	static final double BLOCK_GAP = 1.5;
	static final double ROW_HEIGHT = 130;
	static final double MARGIN = 50;
	static final double BAR_STEP = 14;
	static final double BAR_CLEARANCE = 12;
	private static final List<String> DRAWING_PARENT_TYPES = List.of("birth", "adoptive", "special_guardian", "foster", "other");

	private final Family family;
	private final Map<String, Member> members = new LinkedHashMap<>();
	private final Map<String, Integer> row = new HashMap<>();
	/** The parents a child hangs from on the drawing (at most two), and the type of that link. */
	private final Map<String, List<String>> drawingParents = new HashMap<>();
	private final Map<String, String> drawingType = new HashMap<>();
	private final Map<String, List<String>> partners = new HashMap<>();
	private final Map<String, Set<String>> childrenOf = new HashMap<>();
	private List<List<List<String>>> rows;
	private final Map<String, Double> x = new HashMap<>();

	private GenogramLayout(Family family) {
		this.family = family;
		family.members().stream().sorted(Comparator.comparing(Member::id)).forEach(m -> members.put(m.id(), m));
		if (!members.containsKey(family.indexId())) {
			throw new IllegalArgumentException("The index child " + family.indexId() + " is not among the family's members");
		}
	}

	/** Lays out {@code family}; the same family always gives the same drawing. */
	static Layout layout(Family family) {
		GenogramLayout l = new GenogramLayout(family);
		l.index();
		l.assignRows();
		l.buildBlocks();
		l.order();
		l.position();
		return l.draw();
	}

	private void index() {
		Map<String, List<ParentLink>> byChild = new TreeMap<>();
		for (ParentLink link : family.parentLinks()) {
			if (members.containsKey(link.parent()) && members.containsKey(link.child())) {
				byChild.computeIfAbsent(link.child(), k -> new ArrayList<>()).add(link);
			}
		}
		byChild.forEach((child, links) -> {
			for (String type : DRAWING_PARENT_TYPES) {
				List<String> parents = links.stream().filter(l -> l.type().equals(type)).map(ParentLink::parent).sorted().toList();
				if (!parents.isEmpty()) {
					List<String> chosen = parents.subList(0, Math.min(2, parents.size()));
					drawingParents.put(child, chosen);
					drawingType.put(child, type);
					chosen.forEach(p -> childrenOf.computeIfAbsent(p, k -> new TreeSet<>()).add(child));
					break;
				}
			}
		});
		for (Partnership p : family.partnerships()) {
			if (members.containsKey(p.a()) && members.containsKey(p.b())) {
				partners.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p.b());
				partners.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p.a());
			}
		}
		// Two parents of a child with no partnership recorded still stand side by side.
		drawingParents.values().stream().filter(ps -> ps.size() == 2).forEach(ps -> {
			if (!partners.getOrDefault(ps.get(0), List.of()).contains(ps.get(1))) {
				partners.computeIfAbsent(ps.get(0), k -> new ArrayList<>()).add(ps.get(1));
				partners.computeIfAbsent(ps.get(1), k -> new ArrayList<>()).add(ps.get(0));
			}
		});
		partners.values().forEach(list -> list.sort(Comparator.naturalOrder()));
	}

	private void assignRows() {
		Map<String, List<String[]>> edges = new TreeMap<>();
		for (ParentLink l : family.parentLinks()) {
			if (members.containsKey(l.parent()) && members.containsKey(l.child())) {
				edge(edges, l.parent(), l.child(), 1);
				edge(edges, l.child(), l.parent(), -1);
			}
		}
		partners.forEach((a, list) -> list.forEach(b -> edge(edges, a, b, 0)));
		family.siblingLinks().forEach(s -> {
			edge(edges, s.a(), s.b(), 0);
			edge(edges, s.b(), s.a(), 0);
		});
		Map<String, List<String>> births = new TreeMap<>();
		family.multipleBirths().forEach(m -> births.computeIfAbsent(m.birthId(), k -> new ArrayList<>()).add(m.person()));
		births.values().forEach(ms -> ms.forEach(a -> ms.forEach(b -> {
			if (!a.equals(b)) {
				edge(edges, a, b, 0);
			}
		})));
		Map<String, Integer> generation = new HashMap<>();
		List<String> seeds = new ArrayList<>();
		seeds.add(family.indexId());
		seeds.addAll(members.keySet());
		for (String seed : seeds) {
			if (generation.containsKey(seed)) {
				continue;
			}
			generation.put(seed, 0);
			Deque<String> queue = new ArrayDeque<>(List.of(seed));
			while (!queue.isEmpty()) {
				String p = queue.poll();
				for (String[] e : edges.getOrDefault(p, List.of())) {
					if (members.containsKey(e[0]) && !generation.containsKey(e[0])) {
						generation.put(e[0], generation.get(p) + Integer.parseInt(e[1]));
						queue.add(e[0]);
					}
				}
			}
		}
		int min = generation.values().stream().min(Integer::compare).orElse(0);
		generation.forEach((id, g) -> row.put(id, g - min));
	}

	private static void edge(Map<String, List<String[]>> edges, String from, String to, int step) {
		List<String[]> list = edges.computeIfAbsent(from, k -> new ArrayList<>());
		list.add(new String[] { to, Integer.toString(step) });
		list.sort(Comparator.comparing(e -> e[0]));
	}

	/** Blocks: partners in the same row, chained; each block is a left-to-right list of ids. */
	private void buildBlocks() {
		int rowCount = row.values().stream().max(Integer::compare).orElse(0) + 1;
		rows = new ArrayList<>();
		for (int r = 0; r < rowCount; r++) {
			rows.add(new ArrayList<>());
		}
		Set<String> placed = new HashSet<>();
		for (String id : members.keySet()) {
			if (placed.contains(id)) {
				continue;
			}
			int r = row.get(id);
			// the component of same-row partners
			Set<String> component = new TreeSet<>();
			Deque<String> queue = new ArrayDeque<>(List.of(id));
			while (!queue.isEmpty()) {
				String p = queue.poll();
				if (component.add(p)) {
					partners.getOrDefault(p, List.of()).stream().filter(o -> row.get(o) == r).forEach(queue::add);
				}
			}
			placed.addAll(component);
			rows.get(r).add(chain(component, r));
		}
	}

	/** Orders a component of partners: along the path if it is one, else the most-partnered person in the middle. */
	private List<String> chain(Set<String> component, int r) {
		if (component.size() == 1) {
			return List.copyOf(component);
		}
		Map<String, List<String>> inRow = new HashMap<>();
		component.forEach(p -> inRow.put(p, partners.getOrDefault(p, List.of()).stream()
			.filter(o -> row.get(o) == r && component.contains(o)).toList()));
		boolean path = inRow.values().stream().allMatch(l -> l.size() <= 2)
				&& inRow.values().stream().filter(l -> l.size() == 1).count() == 2;
		if (path) {
			String start = component.stream().filter(p -> inRow.get(p).size() == 1).findFirst().orElseThrow();
			List<String> order = new ArrayList<>();
			String prev = null;
			String cur = start;
			while (cur != null) {
				order.add(cur);
				String from = prev;
				String next = inRow.get(cur).stream().filter(o -> !o.equals(from)).findFirst().orElse(null);
				prev = cur;
				cur = next;
			}
			return order;
		}
		String hub = component.stream()
			.max(Comparator.comparingInt((String p) -> inRow.get(p).size()).thenComparing(Comparator.reverseOrder()))
			.orElseThrow();
		List<String> left = new ArrayList<>();
		List<String> right = new ArrayList<>();
		List<String> around = new ArrayList<>(inRow.get(hub));
		for (int i = 0; i < around.size(); i++) {
			(i % 2 == 0 ? left : right).add(around.get(i));
		}
		List<String> order = new ArrayList<>();
		for (int i = left.size() - 1; i >= 0; i--) {
			order.add(left.get(i));
		}
		order.add(hub);
		order.addAll(right);
		component.stream().filter(p -> !order.contains(p)).forEach(order::add);
		return order;
	}

	private void order() {
		rows.forEach(blocks -> blocks.sort(Comparator.comparing((List<String> b) -> oldest(b)).thenComparing(b -> b.get(0))));
		for (int sweep = 0; sweep < 3; sweep++) {
			if (sweep % 2 == 0) {
				for (int r = 1; r < rows.size(); r++) {
					reorder(r, rows.get(r - 1), true);
				}
			}
			else {
				for (int r = rows.size() - 2; r >= 0; r--) {
					reorder(r, rows.get(r + 1), false);
				}
			}
		}
	}

	/** Sorts row {@code r}'s blocks by the mean position of their members' parents (down) or children (up). */
	private void reorder(int r, List<List<String>> neighbourRow, boolean down) {
		Map<String, Double> slot = slots(neighbourRow);
		List<List<String>> blocks = rows.get(r);
		Map<List<String>, Double> key = new HashMap<>();
		for (int i = 0; i < blocks.size(); i++) {
			List<String> block = blocks.get(i);
			orient(block, slot, down);
			double sum = 0;
			int n = 0;
			for (String m : block) {
				for (String o : relatives(m, down)) {
					if (slot.containsKey(o)) {
						sum += slot.get(o);
						n++;
					}
				}
			}
			double fallback = neighbourRow.isEmpty() ? i : (i + 0.5) * (slot.size() / (double) Math.max(1, blocks.size())) - 0.5;
			key.put(block, n == 0 ? fallback : sum / n);
		}
		blocks.sort(Comparator.comparing((List<String> b) -> key.get(b)).thenComparing(this::oldest).thenComparing(b -> b.get(0)));
	}

	/** Turns a block around if its members' own parents (or children) lie the other way round. */
	private void orient(List<String> block, Map<String, Double> slot, boolean down) {
		if (block.size() < 2) {
			return;
		}
		double asIs = 0;
		double reversed = 0;
		for (int i = 0; i < block.size(); i++) {
			for (String o : relatives(block.get(i), down)) {
				if (slot.containsKey(o)) {
					asIs += Math.abs(slot.get(o) - i);
					reversed += Math.abs(slot.get(o) - (block.size() - 1 - i));
				}
			}
		}
		if (reversed + 1e-9 < asIs) {
			java.util.Collections.reverse(block);
		}
	}

	private List<String> relatives(String id, boolean parents) {
		return parents ? drawingParents.getOrDefault(id, List.of()) : List.copyOf(childrenOf.getOrDefault(id, Set.of()));
	}

	private static Map<String, Double> slots(List<List<String>> blocks) {
		Map<String, Double> slot = new HashMap<>();
		int i = 0;
		for (List<String> b : blocks) {
			for (String m : b) {
				slot.put(m, (double) i++);
			}
		}
		return slot;
	}

	private LocalDate oldest(List<String> block) {
		return block.stream().map(id -> members.get(id).born()).filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
	}

	private void position() {
		for (List<List<String>> blocks : rows) {
			double cursor = 0;
			for (List<String> b : blocks) {
				for (String m : b) {
					x.put(m, cursor);
					cursor += 1;
				}
				cursor += BLOCK_GAP - 1;
			}
		}
		for (int pass = 0; pass < 5; pass++) {
			boolean down = pass % 2 == 0;
			if (down) {
				for (int r = 1; r < rows.size(); r++) {
					settle(r, true);
				}
			}
			else {
				for (int r = rows.size() - 2; r >= 0; r--) {
					settle(r, false);
				}
			}
		}
		double min = x.values().stream().min(Double::compare).orElse(0.0);
		x.replaceAll((id, v) -> v - min);
	}

	/** Moves row {@code r} to where its people want to be, keeping their order and the minimum gaps. */
	private void settle(int r, boolean down) {
		List<String> order = new ArrayList<>();
		List<Double> gaps = new ArrayList<>();
		for (List<String> b : rows.get(r)) {
			for (int i = 0; i < b.size(); i++) {
				if (!order.isEmpty()) {
					gaps.add(i == 0 ? BLOCK_GAP : 1.0);
				}
				order.add(b.get(i));
			}
		}
		int n = order.size();
		double[] desired = new double[n];
		double[] weight = new double[n];
		for (int i = 0; i < n; i++) {
			List<String> rel = relatives(order.get(i), down);
			double sum = 0;
			int k = 0;
			for (String o : rel) {
				if (x.containsKey(o) && row.get(o) == r + (down ? -1 : 1)) {
					sum += x.get(o);
					k++;
				}
			}
			if (k > 0) {
				desired[i] = sum / k;
				weight[i] = 1;
			}
			else {
				desired[i] = x.get(order.get(i));
				weight[i] = 0.05;
			}
		}
		double[] result = Pava.closestWithGaps(desired, weight, gaps.stream().mapToDouble(Double::doubleValue).toArray());
		for (int i = 0; i < n; i++) {
			x.put(order.get(i), result[i]);
		}
	}

	private Layout draw() {
		List<Placed> placed = new ArrayList<>();
		Map<String, double[]> at = new HashMap<>();
		members.keySet().forEach(id -> {
			double px = MARGIN + x.get(id) * SPACING;
			double py = MARGIN + row.get(id) * ROW_HEIGHT;
			at.put(id, new double[] { px, py });
			placed.add(new Placed(id, row.get(id), px, py));
		});
		placed.sort(Comparator.comparing(Placed::row).thenComparing(Placed::x));

		Map<String, Integer> slotInRow = new HashMap<>();
		rows.forEach(blocks -> {
			int i = 0;
			for (List<String> b : blocks) {
				for (String m : b) {
					slotInRow.put(m, i++);
				}
			}
		});
		double half = Layout.SYMBOL / 2;
		List<PartnerLine> partnerLines = new ArrayList<>();
		Set<String> drawn = new HashSet<>();
		Map<String, Partnership> recorded = new HashMap<>();
		family.partnerships().forEach(p -> recorded.put(pairKey(p.a(), p.b()), p));
		partners.forEach((a, list) -> list.forEach(b -> {
			String key = pairKey(a, b);
			if (!drawn.add(key) || !row.get(a).equals(row.get(b))) {
				return;
			}
			String left = at.get(a)[0] <= at.get(b)[0] ? a : b;
			String right = left.equals(a) ? b : a;
			boolean lowered = Math.abs(slotInRow.get(a) - slotInRow.get(b)) > 1;
			Partnership p = recorded.get(key);
			partnerLines.add(new PartnerLine(left, right, p == null ? "unrecorded" : p.type(), p == null ? null : p.status(),
					at.get(left)[0] + half, at.get(right)[0] - half, at.get(a)[1] + (lowered ? half + 12 : 0), lowered));
		}));
		partnerLines.sort(Comparator.comparing(PartnerLine::y).thenComparing(PartnerLine::x1));

		Map<List<String>, List<String>> sibshipChildren = new TreeMap<>(Comparator.comparing(Object::toString));
		drawingParents.forEach((child, ps) -> {
			if (ps.stream().allMatch(p -> row.get(p) == row.get(child) - 1)) {
				sibshipChildren.computeIfAbsent(ps, k -> new ArrayList<>()).add(child);
			}
		});
		Map<String, String> twinOf = new HashMap<>();
		family.multipleBirths().forEach(m -> twinOf.put(m.person(), m.birthId()));
		List<Sibship> sibships = new ArrayList<>();
		Set<String> drawnParentLinks = new HashSet<>();
		sibshipChildren.forEach((ps, children) -> {
			children.sort(Comparator.comparing((String c) -> at.get(c)[0]));
			double originX;
			double originY;
			if (ps.size() == 2) {
				originX = (at.get(ps.get(0))[0] + at.get(ps.get(1))[0]) / 2;
				boolean lowered = Math.abs(slotInRow.get(ps.get(0)) - slotInRow.get(ps.get(1))) > 1;
				originY = at.get(ps.get(0))[1] + (lowered ? half + 12 : 0);
			}
			else {
				originX = at.get(ps.get(0))[0];
				originY = at.get(ps.get(0))[1] + half;
			}
			double childY = at.get(children.get(0))[1] - half;
			double barY = childY - (ROW_HEIGHT - Layout.SYMBOL) / 3;
			Map<String, Double> twinPoint = new HashMap<>();
			Map<String, List<String>> twins = new HashMap<>();
			children.stream().filter(twinOf::containsKey).forEach(c -> twins.computeIfAbsent(twinOf.get(c), k -> new ArrayList<>()).add(c));
			twins.forEach((birth, ts) -> {
				if (ts.size() > 1) {
					twinPoint.put(birth, ts.stream().mapToDouble(c -> at.get(c)[0]).average().orElseThrow());
				}
			});
			List<ChildLine> lines = new ArrayList<>();
			double barX1 = originX;
			double barX2 = originX;
			for (String c : children) {
				String birth = twinOf.get(c);
				double from = birth != null && twinPoint.containsKey(birth) ? twinPoint.get(birth) : at.get(c)[0];
				barX1 = Math.min(barX1, from);
				barX2 = Math.max(barX2, from);
				lines.add(new ChildLine(c, at.get(c)[0], childY, drawingType.get(c), twinPoint.containsKey(birth) ? birth : null, from));
				ps.forEach(p -> drawnParentLinks.add(p + "\u0000" + c));
			}
			sibships.add(new Sibship(ps, originX, originY, barY, barX1, barX2, lines));
		});
		List<Sibship> staggered = staggerBars(sibships);
		List<ExtraLink> extra = new ArrayList<>();
		family.parentLinks().stream()
			.filter(l -> members.containsKey(l.parent()) && members.containsKey(l.child()))
			.filter(l -> !"step".equals(l.type()) && !drawnParentLinks.contains(l.parent() + "\u0000" + l.child()))
			.sorted(Comparator.comparing(ParentLink::parent).thenComparing(ParentLink::child))
			.forEach(l -> extra.add(new ExtraLink(l.parent(), l.child(), l.type(), at.get(l.parent())[0],
					at.get(l.parent())[1] + half, at.get(l.child())[0], at.get(l.child())[1] - half)));
		double width = placed.stream().mapToDouble(Placed::x).max().orElse(0) + MARGIN;
		double height = placed.stream().mapToDouble(Placed::y).max().orElse(0) + MARGIN + half;
		return new Layout(placed, partnerLines, staggered, extra, width, height);
	}

	/**
	 * Bars of different sibships in one row that would overlap are drawn at different heights, so that no two
	 * families' children seem to hang from one line (interval colouring, left to right).
	 */
	private static List<Sibship> staggerBars(List<Sibship> sibships) {
		List<Sibship> sorted = new ArrayList<>(sibships);
		sorted.sort(Comparator.comparing(Sibship::barY).thenComparing(Sibship::barX1).thenComparing(Sibship::barX2));
		List<Sibship> result = new ArrayList<>();
		Map<Double, List<Double>> levelEnds = new HashMap<>();
		for (Sibship s : sorted) {
			List<Double> ends = levelEnds.computeIfAbsent(s.barY(), k -> new ArrayList<>());
			int level = 0;
			while (level < ends.size() && ends.get(level) > s.barX1() - BAR_CLEARANCE) {
				level++;
			}
			if (level == ends.size()) {
				ends.add(s.barX2());
			}
			else {
				ends.set(level, s.barX2());
			}
			result.add(new Sibship(s.parents(), s.originX(), s.originY(), s.barY() - level * BAR_STEP, s.barX1(), s.barX2(),
					s.children()));
		}
		return result;
	}

	private static String pairKey(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
	}
}
