package org.kinmap.kinship;

import java.util.List;

import org.kinmap.familyfinding.RelativeOutreach;
import org.kinmap.kinship.RankingRule.Factor;

/** What the kinship endpoints answer. */
final class KinshipViews {

	private KinshipViews() {
	}

	/** Every relative of a person within {@code maxDegree}, closest first. */
	record RelativesView(String personId, String name, int maxDegree, List<RelativeView> relatives) {
	}

	/**
	 * One related person: the closest relationship at the top level, every relationship (closest first) in
	 * {@code relationships}, the person's assessment status for the child and the flags. {@code age} is the age at
	 * death for the deceased and null when not known; {@code deceased} also holds for a person presumed deceased (born
	 * over 120 years ago, no death recorded); {@code ageInWords} says which ("Died aged 80.").
	 */
	record RelativeView(String personId, String name, String relationship, Integer generationsUp, Integer generationsDown,
			String side, String kind, String nature, boolean closeRelative, List<RelationshipView> relationships,
			String assessmentStatus, List<AssessmentSummary> assessments, Integer age, boolean deceased, boolean under18,
			boolean riskToChildren, String riskNote, String ageInWords) {
	}

	/** One way the person is related. */
	record RelationshipView(String relationship, Integer generationsUp, Integer generationsDown, String side, String kind,
			String kindLabel, String nature, boolean closeRelative) {

		static RelationshipView of(Kinship k) {
			return new RelationshipView(k.relationship(), k.generationsUp(), k.generationsDown(),
					k.side() == null ? null : k.side().code(), k.kind().code(), k.kind().label(), k.nature(), k.closeRelative());
		}
	}

	/**
	 * The unassessed-relatives work list: candidates ranked with their reasons, the parents (assessed
	 * separately), the people flagged as a risk (never candidates), the people not to be contacted (family-finding
	 * log), and when the network was last searched ({@code search}; null when the log was not read).
	 */
	record WorkListView(String childId, String name, int maxDegree, List<CandidateView> candidates,
			List<PersonLine> parents, List<PersonLine> riskFlagged, List<PersonLine> doNotContact, SearchState search) {
	}

	/**
	 * When the child's network was last searched, by what kind of search, and whether a search is due, with why
	 * (family-finding log).
	 */
	record SearchState(java.time.LocalDate lastSearched, String lastSearchKind, boolean reSearchDue, String reSearchReason) {
	}

	/**
	 * A person who could be considered as a carer, with the sentence a social worker reads and each factor, and where
	 * outreach to them stands (last contact, next step, marks; null when the log was not read).
	 */
	record CandidateView(int rank, String personId, String name, String relationship, boolean closeRelative, Integer age,
			int score, String sentence, List<Factor> factors, RelativeOutreach outreach) {
	}

	/** A person listed apart from the candidates, with why, and where outreach to them stands. */
	record PersonLine(String personId, String name, String relationship, boolean closeRelative, String assessmentStatus,
			String note, RelativeOutreach outreach) {
	}

	/** The gaps in a child's network, each with what to do. */
	record GapsView(String childId, String name, List<Gap> gaps) {
	}

	/**
	 * A gap: {@code code} for machines, {@code gap} and {@code suggestedAction} for people, and the persons it
	 * concerns (if any).
	 */
	record Gap(String code, String gap, String suggestedAction, List<String> personIds) {
	}

	/** One sibling's view in a several-children answer: the child and their own label for the person. */
	record ChildLabel(String childId, String relationship, boolean closeRelative, String assessmentStatus) {
	}

	/** A person related to one or more of several children, with each child's label. */
	record SharedRelativeView(String personId, String name, List<ChildLabel> children, Integer age, boolean deceased,
			boolean under18, boolean riskToChildren) {
	}

	/** The union of several children's relatives (a sibling group). */
	record SharedRelativesView(List<String> childIds, int maxDegree, boolean unassessedOnly,
			List<SharedRelativeView> relatives) {
	}
}
