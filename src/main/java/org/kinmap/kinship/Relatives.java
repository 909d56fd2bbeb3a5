package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kinmap.kinship.KinshipViews.RelationshipView;
import org.kinmap.kinship.KinshipViews.RelativeView;
import org.kinmap.network.ConnectionNature;
import org.kinmap.system.Coded;

/** Turns the labeller's answer and the child's context into the relatives list; no database. */
final class Relatives {

	private Relatives() {
	}

	/**
	 * Every relative and connected person of the child: the labeller's relationships, plus the child's
	 * connected persons (as the only relationship of someone otherwise unrelated, or after a relative's own).
	 */
	static Map<String, List<Kinship>> of(Genogram genogram, ChildContext child, int maxDegree) {
		Map<String, List<Kinship>> found = new LinkedHashMap<>(new KinshipLabeller(genogram).relativesOf(child.childId(), maxDegree));
		child.connected().forEach((personId, c) -> {
			if (!genogram.contains(personId) || personId.equals(child.childId())) {
				return;
			}
			List<Kinship> known = found.getOrDefault(personId, List.of());
			boolean relative = ConnectionNature.RELATIVE.code().equals(c.nature());
			if (known.isEmpty() || !relative) {
				List<Kinship> all = new ArrayList<>(known);
				String label = Coded.parse(ConnectionNature.class, c.nature()).map(Coded::label).orElse("connected person");
				all.add(new Kinship(personId, label, null, null, null, Kind.CONNECTED_PERSON, c.nature(), false, false));
				found.put(personId, all.stream().sorted(Kinship.CLOSEST_FIRST).toList());
			}
		});
		return found;
	}

	/** The relatives list, closest first, then by name. */
	static List<RelativeView> views(Genogram genogram, Map<String, List<Kinship>> found, ChildContext child, LocalDate today) {
		return found.entrySet().stream()
			.sorted(Map.Entry.<String, List<Kinship>>comparingByValue(KinshipLabeller.BY_CLOSEST)
				.thenComparing(e -> genogram.get(e.getKey()).name()))
			.map(e -> view(genogram.get(e.getKey()), e.getValue(), child, today))
			.toList();
	}

	static RelativeView view(KinPerson p, List<Kinship> kinships, ChildContext child, LocalDate today) {
		Kinship k = kinships.get(0);
		Integer age = p.ageOn(today);
		return new RelativeView(p.id(), p.name(), k.relationship(), k.generationsUp(), k.generationsDown(),
				k.side() == null ? null : k.side().code(), k.kind().code(), k.nature(), k.closeRelative(),
				kinships.stream().map(RelationshipView::of).toList(), child.assessmentStatus(p.id()),
				child.assessmentsOf(p.id()), age, !p.livingOn(today), age != null && age < 18 && p.livingOn(today),
				p.riskToChildren(), p.riskNote(), p.ageInWords(today));
	}

	/** A parent of the child (birth, adoptive, or birth parent severed by adoption): assessed separately. */
	static boolean parent(List<Kinship> kinships) {
		return kinships.stream().anyMatch(k -> Integer.valueOf(1).equals(k.generationsUp())
				&& Integer.valueOf(0).equals(k.generationsDown())
				&& (k.kind() == Kind.BLOOD || k.kind() == Kind.ADOPTIVE || k.kind() == Kind.BIRTH));
	}

	static final Comparator<KinPerson> BY_NAME = Comparator.comparing(KinPerson::name);
}
