package org.kinmap.kinship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.familyfinding.FamilyFindingLog;
import org.kinmap.kinship.KinshipViews.ChildLabel;
import org.kinmap.kinship.KinshipViews.GapsView;
import org.kinmap.kinship.KinshipViews.RelativesView;
import org.kinmap.kinship.KinshipViews.SharedRelativeView;
import org.kinmap.kinship.KinshipViews.SharedRelativesView;
import org.kinmap.kinship.KinshipViews.WorkListView;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Relatives with their labels, the unassessed work list and the network gaps of a child (or any person). */
@Service
@Transactional(readOnly = true)
class KinshipService {

	static final int DEFAULT_MAX_DEGREE = 5;
	static final int MAX_MAX_DEGREE = 8;

	private static final Logger log = LoggerFactory.getLogger(KinshipService.class);

	private final NeighbourhoodReader neighbourhoods;
	private final ChildContextReader contexts;
	private final Clock clock;
	private final FamilyFindingLog findings;

	KinshipService(NeighbourhoodReader neighbourhoods, ChildContextReader contexts, Clock clock, FamilyFindingLog findings) {
		this.neighbourhoods = neighbourhoods;
		this.contexts = contexts;
		this.clock = clock;
		this.findings = findings;
	}

	/** maxDegree as given, or the default; a value out of range is refused with the range. */
	static int maxDegree(Integer given) {
		int value = given == null ? DEFAULT_MAX_DEGREE : given;
		if (value < 1 || value > MAX_MAX_DEGREE) {
			throw new BadRequestException(
					"Parameter 'maxDegree' must be from 1 to " + MAX_MAX_DEGREE + "; it was " + value);
		}
		return value;
	}

	RelativesView relatives(String id, int maxDegree, boolean lookedAfter) {
		Loaded l = withRiskNotes(load(id, maxDegree, lookedAfter));
		return new RelativesView(id, l.child().childName(), maxDegree,
				Relatives.views(l.genogram(), l.found(), l.child(), today()));
	}

	WorkListView workList(String id, int maxDegree) {
		Loaded l = withRiskNotes(load(id, maxDegree, true));
		return WorkList.build(l.genogram(), l.found(), l.child(), today(), maxDegree, findings.outreach(id));
	}

	GapsView gaps(String id) {
		Loaded l = load(id, DEFAULT_MAX_DEGREE, true);
		return new GapsView(id, l.child().childName(),
				NetworkGaps.find(new GapRule.Facts(l.genogram(), l.found(), l.child(), today())));
	}

	/** The union of several children's relatives, each with every child's own label for them. */
	SharedRelativesView shared(List<String> childIds, int maxDegree, boolean unassessedOnly) {
		if (childIds.isEmpty()) {
			throw new BadRequestException("Parameter 'children' needs at least one child id");
		}
		Map<String, List<ChildLabel>> labels = new LinkedHashMap<>();
		Map<String, KinPerson> persons = new LinkedHashMap<>();
		Set<String> candidates = new LinkedHashSet<>();
		Set<String> ids = new LinkedHashSet<>(childIds);
		for (String childId : ids) {
			Loaded l = load(childId, maxDegree, true);
			if (unassessedOnly) {
				WorkList.build(l.genogram(), l.found(), l.child(), today(), maxDegree, findings.outreach(childId)).candidates()
					.forEach(c -> candidates.add(c.personId()));
			}
			l.found().forEach((personId, kinships) -> {
				if (ids.contains(personId)) {
					return;
				}
				persons.putIfAbsent(personId, l.genogram().get(personId));
				Kinship k = kinships.get(0);
				labels.computeIfAbsent(personId, x -> new ArrayList<>())
					.add(new ChildLabel(childId, k.relationship(), k.closeRelative(), l.child().assessmentStatus(personId)));
			});
		}
		LocalDate today = today();
		List<SharedRelativeView> views = persons.values().stream()
			.filter(p -> !unassessedOnly || candidates.contains(p.id()))
			.sorted(Relatives.BY_NAME)
			.map(p -> {
				Integer age = p.ageOn(today);
				return new SharedRelativeView(p.id(), p.name(), labels.get(p.id()), age, !p.livingOn(today),
						age != null && age < 18 && p.livingOn(today), p.riskToChildren());
			})
			.toList();
		return new SharedRelativesView(List.copyOf(ids), maxDegree, unassessedOnly, views);
	}

	private Loaded load(String id, int maxDegree, boolean lookedAfter) {
		ChildContext child = contexts.read(id)
			.orElseThrow(() -> new NotFoundException(
					(lookedAfter ? "No looked-after child" : "No person") + " has the id '" + id + "'"));
		if (lookedAfter && !child.inCare()) {
			throw new NotFoundException("No looked-after child has the id '" + id + "'");
		}
		Set<String> alsoInclude = new LinkedHashSet<>(child.connected().keySet());
		alsoInclude.addAll(child.contact().keySet());
		alsoInclude.addAll(child.raisedWith());
		child.assessments().forEach(a -> alsoInclude.addAll(a.subjects()));
		long started = System.nanoTime();
		Genogram genogram = neighbourhoods.read(id, alsoInclude);
		long read = System.nanoTime();
		Map<String, List<Kinship>> found = Relatives.of(genogram, child, maxDegree);
		if (log.isDebugEnabled()) {
			log.debug("Kinship of {}: {} persons read in {} ms, {} related, labelled in {} ms", id, genogram.size(),
					(read - started) / 1_000_000, found.size(), (System.nanoTime() - read) / 1_000_000);
		}
		return new Loaded(genogram, child, found);
	}

	/** The risk notes of the flagged persons found, for the two answers that show them. */
	private Loaded withRiskNotes(Loaded l) {
		return new Loaded(neighbourhoods.withRiskNotes(l.genogram(), l.found().keySet()), l.child(), l.found());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private record Loaded(Genogram genogram, ChildContext child, Map<String, List<Kinship>> found) {
	}
}
