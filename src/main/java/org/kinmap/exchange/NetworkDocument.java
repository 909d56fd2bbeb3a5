package org.kinmap.exchange;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A family-network document: the unit kinmap imports ({@code POST /api/networks}, the {@code import}
 * command, the fixtures). Every entity carries an id the sending system assigns; links are keyed by the
 * ids they join, so importing the same document again changes nothing and a changed one updates.
 *
 * <p>Codes are plain strings here and checked by {@link NetworkValidator}, so that one answer can name
 * every problem in the document. docs/model.md and docs/network-document.md document each field; the JSON Schema is
 * {@code src/main/resources/static/schema/network-document.schema.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record NetworkDocument(
		String source,
		List<PersonDoc> persons,
		List<ParentLinkDoc> parentLinks,
		List<PartnershipDoc> partnerships,
		List<MultipleBirthDoc> multipleBirths,
		List<SiblingLinkDoc> siblingLinks,
		List<RaisedTogetherDoc> raisedTogether,
		List<ConnectedPersonDoc> connectedPersons,
		List<HouseholdDoc> households,
		List<ChildInCareDoc> children,
		List<PlacementDoc> placements,
		List<AssessmentDoc> assessments,
		List<NeedsDoc> needs,
		List<ContactDoc> contacts,
		List<ReviewDoc> reviews,
		List<PlanDoc> plans,
		List<MeetingDoc> meetings,
		List<PanelDoc> panels,
		List<ProceedingsDoc> proceedings,
		List<AllocationDoc> allocations,
		List<FamilyFindingDoc> familyFinding) {

	@JsonCreator
	public NetworkDocument {
		persons = orEmpty(persons);
		parentLinks = orEmpty(parentLinks);
		partnerships = orEmpty(partnerships);
		multipleBirths = orEmpty(multipleBirths);
		siblingLinks = orEmpty(siblingLinks);
		raisedTogether = orEmpty(raisedTogether);
		connectedPersons = orEmpty(connectedPersons);
		households = orEmpty(households);
		children = orEmpty(children);
		placements = orEmpty(placements);
		assessments = orEmpty(assessments);
		needs = orEmpty(needs);
		contacts = orEmpty(contacts);
		reviews = orEmpty(reviews);
		plans = orEmpty(plans);
		meetings = orEmpty(meetings);
		panels = orEmpty(panels);
		proceedings = orEmpty(proceedings);
		allocations = orEmpty(allocations);
		familyFinding = orEmpty(familyFinding);
	}

	/** A document of the sections every kinmap version before the permanence tracker and the family-finding log had. */
	public NetworkDocument(String source, List<PersonDoc> persons, List<ParentLinkDoc> parentLinks,
			List<PartnershipDoc> partnerships, List<MultipleBirthDoc> multipleBirths, List<SiblingLinkDoc> siblingLinks,
			List<RaisedTogetherDoc> raisedTogether, List<ConnectedPersonDoc> connectedPersons, List<HouseholdDoc> households,
			List<ChildInCareDoc> children, List<PlacementDoc> placements, List<AssessmentDoc> assessments,
			List<NeedsDoc> needs, List<ContactDoc> contacts) {
		this(source, persons, parentLinks, partnerships, multipleBirths, siblingLinks, raisedTogether, connectedPersons,
				households, children, placements, assessments, needs, contacts, null, null, null, null, null, null, null);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	public int size() {
		return persons.size() + parentLinks.size() + partnerships.size() + multipleBirths.size() + siblingLinks.size()
				+ raisedTogether.size() + connectedPersons.size() + households.size() + children.size()
				+ placements.size() + assessments.size() + needs.size() + contacts.size() + reviews.size() + plans.size()
				+ meetings.size() + panels.size() + proceedings.size() + allocations.size()
				+ familyFinding.stream().mapToInt(FamilyFindingDoc::size).sum();
	}

	/** A person: anyone in a child's network, a child, a carer. Dates of birth and death may be partial. */
	public record PersonDoc(String id, String sourceId, String givenName, String familyName, List<String> alsoKnownAs,
			String sex, String gender, String birthDate, Boolean deceased, String deathDate, String ethnicity,
			String religion, String firstLanguage, List<String> otherLanguages, String postcode, Double latitude,
			Double longitude, ContactDetailsDoc contactDetails, Boolean riskToChildren, String riskNote) {
	}

	public record ContactDetailsDoc(String phone, String email, String address) {
	}

	/** Parent to child, typed (birth, adoptive, step, foster, special_guardian, other). */
	public record ParentLinkDoc(String parent, String child, String type, Boolean parentalResponsibility, String from,
			String to) {
	}

	/** Two partners; type married, civil_partnership, cohabiting, other; status current, separated, divorced, dissolved, widowed. */
	public record PartnershipDoc(List<String> partners, String type, String status, String from, String to) {
	}

	/** Twins, triplets: members born at one birth; zygosity identical, fraternal or unknown. */
	public record MultipleBirthDoc(String id, List<String> members, String zygosity) {
	}

	/** An explicit sibling link, for when the shared parent is not recorded ("half-siblings, father unknown"). */
	public record SiblingLinkDoc(List<String> siblings, String type, String note) {
	}

	/** Two children brought up in the same household, whatever their blood relation. */
	public record RaisedTogetherDoc(List<String> persons, String from, String to, String note) {
	}

	/** Someone with a prior connection to a child: nature and how they were identified. */
	public record ConnectedPersonDoc(String person, String child, String nature, String identifiedBy, String note) {
	}

	/** A household at one address: a birth family's home or an approved carer household (with {@code carer}). */
	public record HouseholdDoc(String id, String name, String postcode, Double latitude, Double longitude,
			List<MemberDoc> members, CarerDoc carer) {
	}

	public record MemberDoc(String person, String role, String from, String to) {
	}

	/** What makes a household a carer household: agency, approvals and what the home offers. */
	public record CarerDoc(String agency, String agencyType, List<ApprovalDoc> approvals, PetsDoc pets, Boolean smoking,
			Boolean wheelchairAccessible, Boolean groundFloorBedroom, List<String> languages, String religion,
			String ethnicity, List<String> skills, List<Integer> otherChildrenAges, String notes) {
	}

	public record ApprovalDoc(String id, String kind, Integer minAge, Integer maxAge, Integer maxChildren,
			Boolean siblingGroupsConsidered, String approvedOn, String expiresOn, String terms) {
	}

	public record PetsDoc(Integer dogs, Integer cats, List<String> other) {
	}

	/** A looked-after child's legal status and plans. */
	public record ChildInCareDoc(String child, String legalStatus, String lookedAfterSince, List<String> reviewDates,
			String nextReviewDue, String permanencePlan, String contingencyPlan, String planAgreedOn,
			String socialWorker, String ceasedOn, String ceasedReason) {
	}

	/** A child living somewhere: with a household, or with a named provider (residential). */
	public record PlacementDoc(String id, String child, String household, String provider, String type, String start,
			String end, String endReason) {
	}

	/** An assessment of one or more people for one or more children. */
	public record AssessmentDoc(String id, String type, List<String> subjects, List<String> children, String status,
			String requestedOn, String startedOn, String concludedOn, String expiresOn, Boolean extended,
			String outcomeReason, String assessor, String recommendation, String notes) {
	}

	/**
	 * A child's needs in the nine matching domains. Each domain is an object of structured fields and
	 * {@code notes}; the fields each domain takes are listed in {@link NeedDomain}.
	 */
	public record NeedsDoc(String child, Map<String, Map<String, Object>> domains) {
	}

	/** Contact (family time) between two people: direct or indirect, how often, supervised or not. */
	public record ContactDoc(List<String> persons, String mode, String frequency, Boolean supervised, String note) {
	}

	// ---- the permanence tracker's sections (docs/tracker.md)

	/** A statutory review of a looked-after child: when it was due, when it was held, who chaired it, what it decided. */
	public record ReviewDoc(String id, String child, String due, String held, String chair, String outcome) {
	}

	/**
	 * A plan agreed for a child: the care plan, or the permanence plan with its contingency (codes of
	 * {@code PermanencePlan}); {@code atReview} the id of the review that agreed it, if one did.
	 */
	public record PlanDoc(String id, String child, String kind, String plan, String contingency, String agreedOn,
			String atReview) {
	}

	/** A care planning or permanence planning meeting held about a child. */
	public record MeetingDoc(String id, String child, String kind, String held, String note) {
	}

	/** A child presented to a panel: which panel, when, what, its recommendation and the agency decision maker's decision. */
	public record PanelDoc(String id, String child, String kind, String date, String presented, String recommendation,
			DecisionDoc decision) {
	}

	/** The agency decision maker's decision on a panel's recommendation. */
	public record DecisionDoc(String decidedOn, String decision, String decisionMaker) {
	}

	/** Care proceedings about a child: issued, the 26-week date (issued + 26 weeks when absent), hearings, final order. */
	public record ProceedingsDoc(String id, String child, String issuedOn, String week26, List<HearingDoc> hearings,
			String finalOrder, String finalOrderOn) {
	}

	public record HearingDoc(String date, String kind) {
	}

	/** Who works with a child: team, allocated social worker, team manager, independent reviewing officer (names). */
	public record AllocationDoc(String child, String team, String socialWorker, String teamManager, String iro) {
	}

	/**
	 * A looked-after child's family-finding log (docs/family-finding.md): the searches of their network and, per
	 * relative, how they were found, each contact attempt, their stated wish and do not contact.
	 */
	public record FamilyFindingDoc(String child, List<NetworkSearchDoc> searches, List<FindingRelativeDoc> relatives) {

		public FamilyFindingDoc {
			searches = orEmpty(searches);
			relatives = orEmpty(relatives);
		}

		int size() {
			return searches.size() + relatives.stream().mapToInt(r -> 1 + r.contacts().size()).sum();
		}
	}

	/** A search of the child's network: records_search, genogram_session or family_group_conference, on a day. */
	public record NetworkSearchDoc(String id, String kind, String on, String note, String recordedBy) {
	}

	/** One relative in a child's family-finding log; {@code doNotContactReason} is needed with {@code doNotContact}. */
	public record FindingRelativeDoc(String person, String foundThrough, String foundWhere, String foundOn, String wish,
			String wishOn, Boolean doNotContact, String doNotContactReason, List<ContactAttemptDoc> contacts) {

		public FindingRelativeDoc {
			contacts = orEmpty(contacts);
		}
	}

	/** A contact attempt: when, how (phone, letter, email, visit), the outcome, and the next step with its date. */
	public record ContactAttemptDoc(String id, String on, String mode, String outcome, String note, String nextStep,
			String nextStepOn, String recordedBy) {
	}
}
