package org.kinmap.matching;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.matching.MatchViews.Assignment;
import org.kinmap.matching.MatchViews.AssignmentRequest;
import org.kinmap.matching.MatchViews.CarerMatches;
import org.kinmap.matching.MatchViews.ChildRef;
import org.kinmap.matching.MatchViews.GroupMatches;
import org.kinmap.matching.MatchViews.GroupRequest;
import org.kinmap.matching.MatchViews.Proposal;
import org.kinmap.matching.MatchViews.Unplaced;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.OneAtATime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Carer matching: shortlists with per-domain scores and reasons, and the households excluded with why. */
@RestController
@Tag(name = "Carer matching")
class MatchingController {

	static final int DEFAULT_TOP = 10;
	/**
	 * Excluded households listed unless the request asks for more ({@code excluded=all}): an authority's thousands
	 * of exclusions are summarised by rule, and the current and connected-person carers are always listed.
	 */
	static final int DEFAULT_EXCLUDED = 100;
	private static final Set<String> KNOWN = Set.of("top", "excluded");

	private final MatchingService matching;
	private final RecordAccess access;

	MatchingController(MatchingService matching, RecordAccess access) {
		this.matching = matching;
		this.access = access;
	}

	@GetMapping("/api/children/{id}/carer-matches")
	@ChildRecord("carer matches")
	@Operation(summary = "Carer households ranked for a child (top N, with per-domain scores, reasons and confidence), "
			+ "and the households excluded with every reason (the first " + DEFAULT_EXCLUDED + " by id, and always the "
			+ "child's current and connected-person carers; excluded=all for every one, excluded=N for N) with a count "
			+ "for each rule. Override a domain's weight with weight.<domain>=<0..10>, e.g. weight.identity=2")
	CarerMatches carerMatches(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		for (String name : parameters.keySet()) {
			if (!KNOWN.contains(name) && !name.startsWith(Weights.PREFIX)) {
				throw new BadRequestException("Unknown parameter '" + name + "'; use top, excluded and weight.<domain>");
			}
		}
		return matching.forChild(id, top(parameters.get("top")), parameters, excluded(parameters.get("excluded")));
	}

	@PostMapping("/api/matches")
	@Operation(summary = "Carer households for a sibling group: those that can take every child together first; "
			+ "if none, the best ways to split them (fewest households, then highest score, then least distance)")
	GroupMatches groupMatches(@RequestBody GroupRequest request) {
		if (request.children() != null && request.children().size() > MatchingService.MAX_GROUP) {
			throw new BadRequestException("A group may have at most " + MatchingService.MAX_GROUP + " children");
		}
		access.checkRead(request.children(), "carer matches");
		return matching.forGroup(request.children(), request.top() == null ? DEFAULT_TOP : request.top(),
				request.weights() == null ? Map.of() : request.weights(), excluded(request.excluded()));
	}

	@PostMapping("/api/matches/assignment")
	@OneAtATime("an assignment")
	@Operation(summary = "Advisory authority-wide assignment: the children named in 'children' (or, without it, every "
			+ "looked-after child with a long-term fostering, adoption or connected-person plan not yet with carers "
			+ "approved for it) against every household's vacancies, maximising children placed and then the total "
			+ "score, sibling groups kept together where a household can take them; each child's proposed household "
			+ "with score, reasons and runner-up, and the children with no feasible household and why")
	Assignment assignment(@RequestBody(required = false) AssignmentRequest request) {
		if (request != null && request.children() != null) {
			if (request.children().size() > MatchingService.MAX_ASSIGNMENT) {
				throw new BadRequestException("An assignment may name at most " + MatchingService.MAX_ASSIGNMENT + " children");
			}
			access.checkRead(request.children(), "carer matches (assignment)");
			return matching.assignment(request);
		}
		// Every child with a plan is placed in the computation (the places they would take are real), but a restricted
		// record the person may not see is left out of the answer.
		Predicate<String> hidden = access.restrictedFrom("assignment");
		Assignment all = matching.assignment(request);
		// Siblings placed alongside are named, not given by id: leave out the names of the hidden children.
		Set<String> hiddenNames = java.util.stream.Stream.concat(all.proposals().stream().map(Proposal::child),
				all.unplaced().stream().map(Unplaced::child))
			.filter(c -> hidden.test(c.id())).map(ChildRef::name).collect(java.util.stream.Collectors.toSet());
		return new Assignment(all.who(), all.method(), all.advice(), all.childrenConsidered(), all.childrenPlaced(),
				all.vacancies(), all.vacanciesLeft(), all.totalScore(), all.weightsChanged(),
				all.proposals().stream().filter(p -> !hidden.test(p.child().id()))
					.map(p -> p.siblingsAlongside() == null ? p : new Proposal(p.child(), p.household(), p.withSiblings(),
							p.siblingsAlongside().stream().filter(name -> !hiddenNames.contains(name)).toList(), p.domains(), p.runnerUp(),
							p.weightsBasis()))
					.toList(),
				all.siblingGroups().stream().filter(g -> g.children().stream().noneMatch(c -> hidden.test(c.id()))).toList(),
				all.unplaced().stream().filter(u -> !hidden.test(u.child().id())).toList());
	}

	/** How many excluded households to list: null for every one ("all"). */
	static Integer excluded(String value) {
		if (value == null) {
			return DEFAULT_EXCLUDED;
		}
		if (value.trim().equalsIgnoreCase("all")) {
			return null;
		}
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= 0) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new BadRequestException("Parameter 'excluded' must be 'all' or a whole number from 0, not '" + value + "'");
	}

	private static int top(String value) {
		if (value == null) {
			return DEFAULT_TOP;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("Parameter 'top' must be a whole number from 1 to " + MatchingService.MAX_TOP
					+ ", not '" + value + "'");
		}
	}
}
