package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kinmap.familyfinding.ChildOutreach;
import org.kinmap.familyfinding.RelativeOutreach;
import org.kinmap.kinship.KinshipViews.CandidateView;
import org.kinmap.kinship.KinshipViews.PersonLine;
import org.kinmap.kinship.KinshipViews.SearchState;
import org.kinmap.kinship.KinshipViews.WorkListView;
import org.kinmap.kinship.RankingRule.Factor;

/**
 * The unassessed-relatives work list: who could be considered as a carer for the child and has not been
 * assessed for them, ranked by the {@link #RULES} with the sentence a social worker reads.
 *
 * <p>A candidate is a relative or connected person who is alive (not deceased, nor presumed deceased by age), not known to be under 18, not one of the
 * child's parents (listed apart: parents are assessed separately), not flagged as a risk to children (listed
 * apart with the flag, never a candidate), not flagged "do not contact" in the family-finding log ({@link DoNotContactRule};
 * listed apart with the reason) and has no assessment for this child (any type but together-or-apart, in
 * any status: a requested or withdrawn assessment means the person has been considered).
 */
final class WorkList {

	/** The ranking factors, in the order their reasons are read. */
	static final List<RankingRule> RULES = List.of(new CloseRelativeRule(), new AssessmentHistoryRule(),
			new KinClosenessRule(), new ExistingRelationshipRule(), new ProposedRule(), new AgeForCaringRule(),
			new DistanceRule());

	static final DoNotContactRule DO_NOT_CONTACT = new DoNotContactRule();

	private WorkList() {
	}

	/** The work list with nothing logged in family finding (every relative never contacted, the network never searched). */
	static WorkListView build(Genogram genogram, Map<String, List<Kinship>> found, ChildContext child, LocalDate today,
			int maxDegree) {
		return build(genogram, found, child, today, maxDegree, null);
	}

	/** The work list, each person with where outreach to them stands ({@code outreach} null: nothing logged). */
	static WorkListView build(Genogram genogram, Map<String, List<Kinship>> found, ChildContext child, LocalDate today,
			int maxDegree, ChildOutreach outreach) {
		List<PersonLine> parents = new ArrayList<>();
		List<PersonLine> risks = new ArrayList<>();
		List<PersonLine> doNotContact = new ArrayList<>();
		List<Scored> scored = new ArrayList<>();
		for (var e : found.entrySet()) {
			KinPerson p = genogram.get(e.getKey());
			List<Kinship> kinships = e.getValue();
			String label = kinships.get(0).relationship();
			String status = child.assessmentStatus(p.id());
			RelativeOutreach o = outreach == null ? null : outreach.of(p.id());
			if (!p.livingOn(today)) {
				continue;
			}
			if (Relatives.parent(kinships)) {
				parents.add(new PersonLine(p.id(), p.name(), label, false, status, "Parents are assessed separately."
						+ (p.riskToChildren() ? " Flagged as a risk to children." : ""), o));
				continue;
			}
			if (p.riskToChildren()) {
				risks.add(new PersonLine(p.id(), p.name(), label, kinships.get(0).closeRelative(), status,
						"Flagged as a risk to children" + (p.riskNote() == null ? "." : ": " + sentence(p.riskNote()))
								+ " Not a candidate.", o));
				continue;
			}
			String excluded = DO_NOT_CONTACT.exclusion(o);
			if (excluded != null) {
				doNotContact.add(new PersonLine(p.id(), p.name(), label, kinships.get(0).closeRelative(), status, excluded, o));
				continue;
			}
			Integer age = p.ageOn(today);
			if ((age != null && age < 18) || !child.assessmentsOf(p.id()).isEmpty()) {
				continue;
			}
			Prospect prospect = new Prospect(p, kinships, child, today);
			List<Factor> factors = RULES.stream().map(r -> r.judge(prospect)).toList();
			scored.add(new Scored(prospect, factors, factors.stream().mapToInt(Factor::points).sum(), o));
		}
		scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.prospect().person().name()));
		List<CandidateView> candidates = new ArrayList<>();
		for (Scored s : scored) {
			Prospect p = s.prospect();
			candidates.add(new CandidateView(candidates.size() + 1, p.person().id(), p.person().name(),
					p.closest().relationship(), p.closest().closeRelative(), p.age(), s.score(), sentence(s.factors()),
					s.factors(), s.outreach()));
		}
		parents.sort(Comparator.comparing(PersonLine::name));
		risks.sort(Comparator.comparing(PersonLine::name));
		doNotContact.sort(Comparator.comparing(PersonLine::name));
		return new WorkListView(child.childId(), child.childName(), maxDegree, candidates, parents, risks, doNotContact,
				outreach == null ? null : new SearchState(outreach.lastSearched(), outreach.lastSearchKind(),
						outreach.reSearchDue(), outreach.reSearchReason()));
	}

	/** The spoken reasons, in rule order. */
	static String sentence(List<Factor> factors) {
		return factors.stream().filter(Factor::spoken).map(Factor::reason).collect(Collectors.joining(" "));
	}

	private record Scored(Prospect prospect, List<Factor> factors, int score, RelativeOutreach outreach) {
	}

	/** A note as a sentence: ends with one full stop (or its own ! or ?), never two. */
	static String sentence(String note) {
		String t = note.strip();
		return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
	}
}
