package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;

import org.kinmap.network.PersonRef;

/** What the sibling API shows. */
final class SiblingViews {

	private SiblingViews() {
	}

	/** A row of {@code GET /api/sibling-groups}. */
	record GroupRow(String id, int size, int lookedAfter, List<MemberRow> members, boolean split,
			boolean splitIncludingHomeOrAdopted, String assessmentState, boolean reviewNeeded,
			int reunificationOptions) {
	}

	record MemberRow(String personId, String name, Integer age, String living, String home) {
	}

	/** {@code GET /api/sibling-groups/{id}}. */
	record GroupDetail(String id, List<String> kinds, List<MemberView> members, List<RelationView> relations,
			boolean split, boolean splitIncludingHomeOrAdopted, SplitView splitDetail,
			List<ReunificationOption> reunificationOptions) {
	}

	/**
	 * A member: who, how old, in care or not, where they live, the plan.
	 *
	 * @param living where they live: carer_household, residential, at_home, adopted, independent, deceased, not_recorded
	 */
	record MemberView(String personId, String name, String sex, String birthDate, Integer age,
			boolean lookedAfter, String legalStatus, String legalStatusLabel, String permanencePlan,
			String permanencePlanLabel, String living, String livingLabel, HomeView home) {
	}

	/** A home: a household (carer or family), a residential provider, or an adoptive home not recorded. */
	record HomeView(String key, String householdId, String name, String postcode, boolean carerHousehold,
			String provider) {
	}

	/**
	 * How two members are related.
	 *
	 * @param kind  the closest relation: full, half_maternal, half_paternal, half_unknown, adoptive, step, unknown,
	 *              raised_together
	 * @param kinds every way they are related
	 */
	record RelationView(PersonRef a, PersonRef b, String kind, String kindLabel, List<String> kinds,
			String multipleBirth, String zygosity, String via) {
	}

	/**
	 * How a split group lives apart.
	 *
	 * @param assessmentState as_assessed, contrary_to_assessment or unassessed
	 * @param assessmentPending unassessed, but a together-or-apart assessment is requested or in progress
	 * @param separatedOn     when the longest-standing separation of two looked-after members began, where known
	 * @param changes         changes since the assessment concluded that call for it to be reviewed
	 */
	record SplitView(List<HouseholdView> households, List<DistanceView> distances, AssessmentSummary assessment,
			String assessmentState, String assessmentStateLabel, boolean assessmentPending, List<SeparatedPair> separatedPairs,
			LocalDate separatedOn, List<String> changes, boolean reviewNeeded, List<String> reviewReasons) {
	}

	record HouseholdView(String key, String householdId, String name, String postcode, boolean carerHousehold,
			String provider, List<PersonRef> children) {
	}

	record DistanceView(String from, String to, Double km) {
	}

	record AssessmentSummary(String id, String status, String recommendation, String recommendationLabel,
			LocalDate concludedOn, List<PersonRef> children, String reasons, String assessor) {
	}

	/**
	 * Two members living apart.
	 *
	 * @param contact            their recorded contact; null when none is recorded ({@code noContactRecorded})
	 * @param separatedOn        when they stopped living together (livedTogetherOnRecord), or, for two looked-after
	 *                           children never recorded in one home, when the later of them was first placed
	 * @param assessed           what the assessment said of them: apart, together, or null when it did not cover them
	 */
	record SeparatedPair(PersonRef a, PersonRef b, boolean bothLookedAfter, ContactView contact,
			boolean noContactRecorded, LocalDate separatedOn, boolean livedTogetherOnRecord, String assessed) {
	}

	record ContactView(String mode, String frequency, String frequencyLabel, Boolean supervised) {
	}

	/**
	 * A carer household that could take every looked-after member of the group now.
	 *
	 * @param moves     how many of the children would move (those living there already stay)
	 * @param averageKm the average distance, in km, from the moving children's current homes
	 * @param roomSince when room came free there (an approval or a placement ending), where known
	 * @param score     the matching total for the children together (0–100), which ranks the options
	 * @param confidence the matching confidence (0–1)
	 * @param reasons   why it qualifies: one sentence per matching hard constraint, the score, then the distance
	 */
	record ReunificationOption(String householdId, String name, String postcode,
			List<PersonRef> childrenAlreadyThere, int moves, Double averageKm, LocalDate roomSince, Double score,
			Double confidence, List<String> reasons) {
	}

	/**
	 * {@code GET /api/sibling-groups/summary}: the manager's figures.
	 *
	 * @param splitGroups                 groups whose looked-after children live in more than one home
	 * @param splitIncludingHomeOrAdopted groups whose children (looked after, at home or adopted) do; the assessment
	 *                                    states, pairs, options and reviews below count these
	 * @param splitsWithAssessmentPending unassessed splits whose together-or-apart assessment is requested or in
	 *                                    progress (counted among unassessedSplits too)
	 * @param splitsNotAsAssessedWithReunificationOption unassessed or contrary splits that a carer could end now
	 */
	record Summary(int groups, int childrenInGroups, int groupsWithLookedAfterChildren, int splitGroups,
			int splitIncludingHomeOrAdopted, int splitsAsAssessed, int unassessedSplits, int splitsWithAssessmentPending,
			int splitsContraryToAssessment, int separatedPairs, int separatedPairsWithoutContact,
			int groupsWithReunificationOption, int splitsNotAsAssessedWithReunificationOption, int splitsNeedingReview,
			List<String> kinds) {
	}

	/** {@code GET /api/children/{id}/siblings}. */
	record ChildSiblings(String personId, String name, String groupId, List<SiblingOf> siblings) {
	}

	record SiblingOf(String personId, String name, Integer age, String living, String livingLabel,
			HomeView home, String kind, String kindLabel, List<String> kinds, String via, boolean direct,
			ContactView contact) {
	}
}
