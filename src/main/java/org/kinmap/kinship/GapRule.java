package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kinmap.kinship.KinshipViews.Gap;

/** One kind of gap in a child's network: finds its instances, each with a suggested action. */
interface GapRule {

	List<Gap> find(Facts facts);

	/** What the gap rules read: the genogram, the child's relatives as labelled, the child's context, today. */
	record Facts(Genogram genogram, Map<String, List<Kinship>> relatives, ChildContext child, LocalDate today) {

		KinPerson parent(String sex) {
			return genogram.lineageParents(child.childId()).stream()
				.map(genogram::get)
				.filter(p -> sex.equals(p.sex()))
				.findFirst()
				.orElse(null);
		}
	}
}
