package org.kinmap.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.assessments.Recommendation;
import org.kinmap.care.LegalStatus;
import org.kinmap.care.NeedDomain;
import org.kinmap.care.PermanencePlan;
import org.kinmap.care.PlacementType;
import org.kinmap.care.SelfCareLevel;
import org.kinmap.care.SenSupport;
import org.kinmap.carers.AgencyType;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.CarerSkill;
import org.kinmap.familyfinding.AttemptMode;
import org.kinmap.familyfinding.AttemptOutcome;
import org.kinmap.familyfinding.FoundThrough;
import org.kinmap.familyfinding.SearchKind;
import org.kinmap.exchange.NetworkDocument.AssessmentDoc;
import org.kinmap.exchange.NetworkDocument.FamilyFindingDoc;
import org.kinmap.exchange.NetworkDocument.ChildInCareDoc;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.PlacementDoc;
import org.kinmap.network.ConnectionNature;
import org.kinmap.network.ContactFrequency;
import org.kinmap.network.ContactMode;
import org.kinmap.network.IdentifiedBy;
import org.kinmap.network.LatLong;
import org.kinmap.network.MemberRole;
import org.kinmap.network.ParentLinkType;
import org.kinmap.network.PartialDate;
import org.kinmap.network.PartnershipStatus;
import org.kinmap.network.PartnershipType;
import org.kinmap.network.Sex;
import org.kinmap.network.SiblingLinkType;
import org.kinmap.network.Zygosity;
import org.kinmap.system.Coded;

/**
 * Checks a network document before anything is written, and names every problem it finds with a JSON
 * Pointer and a sentence: unknown references, duplicate ids, unknown codes, impossible or future dates,
 * a person who would become their own ancestor, more than two birth parents, a partnership with oneself.
 *
 * <p>Checks that need the graph as well as the document (ancestry and birth parents across documents, one
 * current placement per child) run again inside the import transaction; see {@link NetworkImporter}.
 */
final class NetworkValidator {

	/** Letters, digits and . _ : @ -, at most 80, at least one a letter or digit (so never "." or "..", which addresses would take as a path). */
	static final Pattern ID = Pattern.compile("(?=.*[A-Za-z0-9])[A-Za-z0-9._:@-]{1,80}");

	/** The earliest year of a person's dates and links (genealogies from GEDCOM go back centuries). */
	static final int EARLIEST_LIFE_YEAR = 1000;
	/** The span of the full dates of care: care records, placements, assessments, approvals. */
	static final int EARLIEST_CARE_YEAR = 1900;
	static final int LATEST_CARE_YEAR = 2199;

	private final LocalDate today;
	private final List<DocumentProblem> problems = new ArrayList<>();
	private final Map<String, PersonDoc> persons = new LinkedHashMap<>();
	private final Set<String> households = new HashSet<>();
	/** References to persons and households the document does not contain, with where they were made. */
	private final Map<String, List<String[]>> personRefs = new LinkedHashMap<>();
	private final Map<String, List<String[]>> householdRefs = new LinkedHashMap<>();

	private NetworkValidator(LocalDate today) {
		this.today = today;
	}

	/** Every problem with {@code doc}; an empty list means it can be imported. */
	static List<DocumentProblem> validate(NetworkDocument doc, ExistingIds existing, LocalDate today) {
		NetworkValidator v = new NetworkValidator(today);
		DocumentText.check(doc, v::problem);
		if (!v.problems.isEmpty()) {
			return List.copyOf(v.problems);
		}
		v.check(doc);
		v.resolveReferences(existing);
		return List.copyOf(v.problems);
	}

	private void check(NetworkDocument doc) {
		indexIds(doc);
		for (int i = 0; i < doc.persons().size(); i++) {
			checkPerson("/persons/" + i, doc.persons().get(i));
		}
		checkParentLinks(doc.parentLinks());
		for (int i = 0; i < doc.partnerships().size(); i++) {
			var p = doc.partnerships().get(i);
			String at = "/partnerships/" + i;
			String what = "partnership " + describePair(p.partners());
			pair(at + "/partners", what, p.partners(), "a person cannot be in a partnership with themselves");
			code(at + "/type", what, "type", p.type(), PartnershipType.class, true);
			code(at + "/status", what, "status", p.status(), PartnershipStatus.class, false);
			span(at, what, p.from(), p.to(), true);
		}
		Set<String> seenPairs = new HashSet<>();
		for (int i = 0; i < doc.partnerships().size(); i++) {
			var p = doc.partnerships().get(i).partners();
			if (p != null && p.size() == 2 && !seenPairs.add(pairKey(p.get(0), p.get(1)))) {
				problem("/partnerships/" + i, "partnership " + describePair(p) + " is listed twice");
			}
		}
		Set<String> births = new HashSet<>();
		for (int i = 0; i < doc.multipleBirths().size(); i++) {
			var m = doc.multipleBirths().get(i);
			String at = "/multipleBirths/" + i;
			String what = "multiple birth " + m.id();
			id(at + "/id", "multiple birth", m.id(), births);
			if (m.members() == null || m.members().size() < 2) {
				problem(at + "/members", what + ": members needs at least two persons");
			}
			else {
				if (new HashSet<>(m.members()).size() != m.members().size()) {
					problem(at + "/members", what + ": a person is listed twice among its members");
				}
				for (int j = 0; j < m.members().size(); j++) {
					personRef(at + "/members/" + j, what, m.members().get(j));
				}
			}
			code(at + "/zygosity", what, "zygosity", m.zygosity(), Zygosity.class, false);
		}
		for (int i = 0; i < doc.siblingLinks().size(); i++) {
			var s = doc.siblingLinks().get(i);
			String at = "/siblingLinks/" + i;
			String what = "sibling link " + describePair(s.siblings());
			pair(at + "/siblings", what, s.siblings(), "a person cannot be their own sibling");
			code(at + "/type", what, "type", s.type(), SiblingLinkType.class, true);
		}
		for (int i = 0; i < doc.raisedTogether().size(); i++) {
			var r = doc.raisedTogether().get(i);
			String at = "/raisedTogether/" + i;
			String what = "raised-together link " + describePair(r.persons());
			pair(at + "/persons", what, r.persons(), "a person cannot be raised with themselves");
			span(at, what, r.from(), r.to(), true);
		}
		for (int i = 0; i < doc.connectedPersons().size(); i++) {
			var c = doc.connectedPersons().get(i);
			String at = "/connectedPersons/" + i;
			String what = "connected person " + c.person() + " for child " + c.child();
			personRef(at + "/person", what, c.person());
			personRef(at + "/child", what, c.child());
			if (c.person() != null && c.person().equals(c.child())) {
				problem(at, what + ": a child cannot be their own connected person");
			}
			code(at + "/nature", what, "nature", c.nature(), ConnectionNature.class, true);
			code(at + "/identifiedBy", what, "identifiedBy", c.identifiedBy(), IdentifiedBy.class, false);
		}
		for (int i = 0; i < doc.households().size(); i++) {
			checkHousehold("/households/" + i, doc.households().get(i));
		}
		checkChildren(doc.children());
		checkPlacements(doc.placements());
		checkAssessments(doc.assessments());
		Set<String> needsSeen = new HashSet<>();
		for (int i = 0; i < doc.needs().size(); i++) {
			var n = doc.needs().get(i);
			String at = "/needs/" + i;
			String what = "needs of child " + n.child();
			personRef(at + "/child", what, n.child());
			if (n.child() != null && !needsSeen.add(n.child())) {
				problem(at + "/child", what + " are listed twice");
			}
			checkNeeds(at + "/domains", what, n.domains());
		}
		Set<String> contactPairs = new HashSet<>();
		for (int i = 0; i < doc.contacts().size(); i++) {
			var c = doc.contacts().get(i);
			String at = "/contacts/" + i;
			String what = "contact " + describePair(c.persons());
			pair(at + "/persons", what, c.persons(), "a person cannot have contact with themselves");
			if (c.persons() != null && c.persons().size() == 2
					&& !contactPairs.add(pairKey(c.persons().get(0), c.persons().get(1)))) {
				problem(at, what + " is listed twice");
			}
			code(at + "/mode", what, "mode", c.mode(), ContactMode.class, true);
			code(at + "/frequency", what, "frequency", c.frequency(), ContactFrequency.class, true);
		}
		PermanenceChecks.check(doc, permanenceChecks());
		checkFamilyFinding(doc.familyFinding());
	}

	/**
	 * The family-finding log: each child once, each relative once per child and not the child, codes known, days
	 * not in the future, a next step with its date and not before the contact, do not contact with its reason, ids of
	 * contact attempts and searches unique.
	 */
	private void checkFamilyFinding(List<FamilyFindingDoc> logs) {
		Set<String> children = new HashSet<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < logs.size(); i++) {
			var f = logs.get(i);
			String at = "/familyFinding/" + i;
			String what = "family-finding log of child " + f.child();
			personRef(at + "/child", what, f.child());
			if (f.child() != null && !children.add(f.child())) {
				problem(at + "/child", what + " is listed twice");
			}
			for (int j = 0; j < f.searches().size(); j++) {
				var s = f.searches().get(j);
				String sat = at + "/searches/" + j;
				String swhat = what + ", search " + s.id();
				id(sat + "/id", "search", s.id(), ids);
				code(sat + "/kind", swhat, "kind", s.kind(), SearchKind.class, true);
				pastDate(sat + "/on", swhat, "on", s.on(), true);
			}
			Set<String> relatives = new HashSet<>();
			for (int j = 0; j < f.relatives().size(); j++) {
				var r = f.relatives().get(j);
				String rat = at + "/relatives/" + j;
				String rwhat = what + ", relative " + r.person();
				personRef(rat + "/person", rwhat, r.person());
				if (r.person() != null && r.person().equals(f.child())) {
					problem(rat + "/person", rwhat + ": a child is not their own relative");
				}
				if (r.person() != null && !relatives.add(r.person())) {
					problem(rat + "/person", rwhat + " is listed twice");
				}
				code(rat + "/foundThrough", rwhat, "foundThrough", r.foundThrough(), FoundThrough.class, false);
				pastDate(rat + "/foundOn", rwhat, "foundOn", r.foundOn(), false);
				pastDate(rat + "/wishOn", rwhat, "wishOn", r.wishOn(), false);
				if (Boolean.TRUE.equals(r.doNotContact()) && blank(r.doNotContactReason())) {
					problem(rat + "/doNotContactReason", rwhat + ": do not contact needs its reason");
				}
				if (!Boolean.TRUE.equals(r.doNotContact()) && !blank(r.doNotContactReason())) {
					problem(rat + "/doNotContact", rwhat + ": a reason not to contact is given but doNotContact is not true");
				}
				for (int k = 0; k < r.contacts().size(); k++) {
					var c = r.contacts().get(k);
					String cat = rat + "/contacts/" + k;
					String cwhat = rwhat + ", contact attempt " + c.id();
					id(cat + "/id", "contact attempt", c.id(), ids);
					Optional<LocalDate> on = pastDate(cat + "/on", cwhat, "on", c.on(), true);
					code(cat + "/mode", cwhat, "mode", c.mode(), AttemptMode.class, true);
					code(cat + "/outcome", cwhat, "outcome", c.outcome(), AttemptOutcome.class, true);
					Optional<LocalDate> next = date(cat + "/nextStepOn", cwhat, "nextStepOn", c.nextStepOn(), false);
					if (!blank(c.nextStep()) && blank(c.nextStepOn())) {
						problem(cat + "/nextStepOn", cwhat + ": a next step needs the date it is due");
					}
					if (blank(c.nextStep()) && !blank(c.nextStepOn())) {
						problem(cat + "/nextStep", cwhat + ": a next step's date is given without the step");
					}
					if (on.isPresent() && next.isPresent() && next.get().isBefore(on.get())) {
						problem(cat + "/nextStepOn", cwhat + ": the next step is dated before the contact");
					}
				}
			}
		}
	}

	private void indexIds(NetworkDocument doc) {
		for (int i = 0; i < doc.persons().size(); i++) {
			PersonDoc p = doc.persons().get(i);
			if (p.id() != null && persons.containsKey(p.id())) {
				problem("/persons/" + i + "/id", "person id '" + p.id() + "' is used more than once");
			}
			else if (p.id() != null) {
				persons.put(p.id(), p);
			}
		}
		for (int i = 0; i < doc.households().size(); i++) {
			HouseholdDoc h = doc.households().get(i);
			if (h.id() != null && !households.add(h.id())) {
				problem("/households/" + i + "/id", "household id '" + h.id() + "' is used more than once");
			}
		}
	}

	private void checkPerson(String at, PersonDoc p) {
		String what = "person " + (p.id() == null ? "(no id)" : p.id());
		idFormat(at + "/id", "person", p.id());
		// No name is not a problem: a parent known only as "the father", a grandparent no one has named, still has a
		// place in the family (shown as "(name not recorded)").
		code(at + "/sex", what, "sex", p.sex(), Sex.class, false);
		Optional<PartialDate> born = partialDate(at + "/birthDate", what, "birthDate", p.birthDate());
		Optional<PartialDate> died = partialDate(at + "/deathDate", what, "deathDate", p.deathDate());
		born.filter(b -> b.earliest().isAfter(today))
			.ifPresent(b -> problem(at + "/birthDate", what + ": birthDate " + b.text() + " is in the future"));
		died.filter(d -> d.earliest().isAfter(today))
			.ifPresent(d -> problem(at + "/deathDate", what + ": deathDate " + d.text() + " is in the future"));
		if (born.isPresent() && died.isPresent() && died.get().latest().isBefore(born.get().earliest())) {
			problem(at + "/deathDate", what + ": died (" + died.get().text() + ") before being born (" + born.get().text() + ")");
		}
		if (Boolean.FALSE.equals(p.deceased()) && died.isPresent()) {
			problem(at + "/deceased", what + ": has a deathDate but deceased is false");
		}
		coordinates(at, what, p.latitude(), p.longitude());
		if (!Boolean.TRUE.equals(p.riskToChildren()) && !blank(p.riskNote())) {
			problem(at + "/riskNote", what + ": has a riskNote but riskToChildren is not true");
		}
	}

	private void checkParentLinks(List<ParentLinkDoc> links) {
		Graph<String, DefaultEdge> ancestry = new DefaultDirectedGraph<>(DefaultEdge.class);
		Map<String, List<String>> birthParents = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < links.size(); i++) {
			ParentLinkDoc l = links.get(i);
			String at = "/parentLinks/" + i;
			String what = "parent link " + l.parent() + " -> " + l.child();
			personRef(at + "/parent", what, l.parent());
			personRef(at + "/child", what, l.child());
			code(at + "/type", what, "type", l.type(), ParentLinkType.class, true);
			span(at, what, l.from(), l.to(), true);
			if (l.parent() == null || l.child() == null) {
				continue;
			}
			if (l.parent().equals(l.child())) {
				problem(at, what + ": a person cannot be their own parent");
				continue;
			}
			if (!seen.add(l.parent() + "\u0000" + l.child())) {
				problem(at, what + " is listed twice");
				continue;
			}
			if ("birth".equalsIgnoreCase(l.type())) {
				birthParents.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l.parent());
				PersonDoc parent = persons.get(l.parent());
				PersonDoc child = persons.get(l.child());
				if (parent != null && child != null) {
					var pb = PartialDate.parse(parent.birthDate());
					var cb = PartialDate.parse(child.birthDate());
					if (pb.isPresent() && cb.isPresent() && !pb.get().earliest().isBefore(cb.get().latest())) {
						problem(at, what + ": the birth parent (born " + pb.get().text() + ") is not older than the child (born "
								+ cb.get().text() + ")");
					}
				}
			}
			ancestry.addVertex(l.parent());
			ancestry.addVertex(l.child());
			ancestry.addEdge(l.parent(), l.child());
		}
		birthParents.forEach((child, parents) -> {
			if (parents.size() > 2) {
				problem("/parentLinks", "person " + child + " would have " + parents.size() + " birth parents ("
						+ String.join(", ", parents) + "); a child has at most two");
			}
		});
		Set<String> inCycles = new CycleDetector<>(ancestry).findCycles();
		if (!inCycles.isEmpty()) {
			problem("/parentLinks", "these persons would become their own ancestors: " + String.join(", ", new java.util.TreeSet<>(inCycles)));
		}
	}

	private void checkHousehold(String at, HouseholdDoc h) {
		String what = "household " + (h.id() == null ? "(no id)" : h.id());
		idFormat(at + "/id", "household", h.id());
		if (blank(h.name())) {
			problem(at + "/name", what + ": needs a name");
		}
		coordinates(at, what, h.latitude(), h.longitude());
		if (h.members() != null) {
			Set<String> members = new HashSet<>();
			for (int j = 0; j < h.members().size(); j++) {
				var m = h.members().get(j);
				String mat = at + "/members/" + j;
				personRef(mat + "/person", what, m.person());
				if (m.person() != null && !members.add(m.person())) {
					problem(mat + "/person", what + ": member " + m.person() + " is listed twice");
				}
				code(mat + "/role", what, "role", m.role(), MemberRole.class, true);
				span(mat, what, m.from(), m.to(), true);
			}
		}
		var c = h.carer();
		if (c == null) {
			return;
		}
		String cat = at + "/carer";
		code(cat + "/agencyType", what, "agencyType", c.agencyType(), AgencyType.class, true);
		if (c.approvals() == null || c.approvals().isEmpty()) {
			problem(cat + "/approvals", what + ": a carer household needs at least one approval");
		}
		else {
			Set<String> ids = new HashSet<>();
			for (int j = 0; j < c.approvals().size(); j++) {
				var a = c.approvals().get(j);
				String aat = cat + "/approvals/" + j;
				String awhat = what + ", approval " + a.id();
				id(aat + "/id", "approval", a.id(), ids);
				code(aat + "/kind", awhat, "kind", a.kind(), ApprovalKind.class, true);
				if (a.minAge() != null && (a.minAge() < 0 || a.minAge() > 21)) {
					problem(aat + "/minAge", awhat + ": minAge " + a.minAge() + " is not between 0 and 21");
				}
				if (a.maxAge() != null && (a.maxAge() < 0 || a.maxAge() > 21)) {
					problem(aat + "/maxAge", awhat + ": maxAge " + a.maxAge() + " is not between 0 and 21");
				}
				if (a.minAge() != null && a.maxAge() != null && a.minAge() > a.maxAge()) {
					problem(aat, awhat + ": minAge " + a.minAge() + " is above maxAge " + a.maxAge());
				}
				if (a.maxChildren() == null || a.maxChildren() < 1 || a.maxChildren() > 12) {
					problem(aat + "/maxChildren", awhat + ": maxChildren must be a number from 1 to 12");
				}
				date(aat + "/approvedOn", awhat, "approvedOn", a.approvedOn(), false)
					.ifPresent(d -> notFuture(aat + "/approvedOn", awhat, "approvedOn", d));
				var expires = date(aat + "/expiresOn", awhat, "expiresOn", a.expiresOn(), false);
				var approved = PartialDate.parse(a.approvedOn());
				if (expires.isPresent() && approved.isPresent() && expires.get().isBefore(approved.get().earliest())) {
					problem(aat + "/expiresOn", awhat + ": expires before it was approved");
				}
			}
		}
		if (c.pets() != null) {
			if (c.pets().dogs() != null && c.pets().dogs() < 0) {
				problem(cat + "/pets/dogs", what + ": dogs cannot be negative");
			}
			if (c.pets().cats() != null && c.pets().cats() < 0) {
				problem(cat + "/pets/cats", what + ": cats cannot be negative");
			}
		}
		if (c.skills() != null) {
			for (int j = 0; j < c.skills().size(); j++) {
				code(cat + "/skills/" + j, what, "skill", c.skills().get(j), CarerSkill.class, true);
			}
		}
		if (c.otherChildrenAges() != null) {
			for (int j = 0; j < c.otherChildrenAges().size(); j++) {
				Integer age = c.otherChildrenAges().get(j);
				if (age == null || age < 0 || age > 25) {
					problem(cat + "/otherChildrenAges/" + j, what + ": a child's age must be from 0 to 25");
				}
			}
		}
	}

	private void checkChildren(List<ChildInCareDoc> children) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < children.size(); i++) {
			ChildInCareDoc c = children.get(i);
			String at = "/children/" + i;
			String what = "child in care " + c.child();
			personRef(at + "/child", what, c.child());
			if (c.child() != null && !seen.add(c.child())) {
				problem(at + "/child", what + " is listed twice");
			}
			code(at + "/legalStatus", what, "legalStatus", c.legalStatus(), LegalStatus.class, true);
			pastDate(at + "/lookedAfterSince", what, "lookedAfterSince", c.lookedAfterSince(), true);
			if (c.reviewDates() != null) {
				for (int j = 0; j < c.reviewDates().size(); j++) {
					pastDate(at + "/reviewDates/" + j, what, "review date", c.reviewDates().get(j), true);
				}
			}
			date(at + "/nextReviewDue", what, "nextReviewDue", c.nextReviewDue(), false);
			code(at + "/permanencePlan", what, "permanencePlan", c.permanencePlan(), PermanencePlan.class, false);
			code(at + "/contingencyPlan", what, "contingencyPlan", c.contingencyPlan(), PermanencePlan.class, false);
			pastDate(at + "/planAgreedOn", what, "planAgreedOn", c.planAgreedOn(), false);
			var since = PartialDate.parse(c.lookedAfterSince());
			pastDate(at + "/ceasedOn", what, "ceasedOn", c.ceasedOn(), false).ifPresent(ceased -> {
				if (since.isPresent() && ceased.isBefore(since.get().earliest())) {
					problem(at + "/ceasedOn", what + ": ceased to be looked after before becoming looked after");
				}
			});
			if (blank(c.ceasedOn()) && !blank(c.ceasedReason())) {
				problem(at + "/ceasedReason", what + ": has a ceasedReason but no ceasedOn");
			}
		}
	}

	private void checkPlacements(List<PlacementDoc> placements) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < placements.size(); i++) {
			PlacementDoc p = placements.get(i);
			String at = "/placements/" + i;
			String what = "placement " + p.id();
			id(at + "/id", "placement", p.id(), ids);
			personRef(at + "/child", what, p.child());
			boolean hasHousehold = !blank(p.household());
			boolean hasProvider = !blank(p.provider());
			if (hasHousehold == hasProvider) {
				problem(at, what + ": needs either a household or a provider (and not both)");
			}
			if (hasHousehold) {
				householdRef(at + "/household", what, p.household());
			}
			code(at + "/type", what, "type", p.type(), PlacementType.class, true);
			span(at, what, p.start(), p.end(), false);
			if (blank(p.start())) {
				problem(at + "/start", what + ": needs a start date");
			}
			if (blank(p.end()) && !blank(p.endReason())) {
				problem(at + "/endReason", what + ": has an endReason but no end date");
			}
		}
	}

	private void checkAssessments(List<AssessmentDoc> assessments) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < assessments.size(); i++) {
			AssessmentDoc a = assessments.get(i);
			String at = "/assessments/" + i;
			String what = "assessment " + a.id();
			id(at + "/id", "assessment", a.id(), ids);
			Optional<AssessmentType> type = code(at + "/type", what, "type", a.type(), AssessmentType.class, true);
			Optional<AssessmentStatus> status = code(at + "/status", what, "status", a.status(), AssessmentStatus.class, true);
			refs(at + "/subjects", what, "subjects", a.subjects());
			refs(at + "/children", what, "children", a.children());
			var requested = pastDate(at + "/requestedOn", what, "requestedOn", a.requestedOn(), false);
			var started = pastDate(at + "/startedOn", what, "startedOn", a.startedOn(), false);
			var concluded = pastDate(at + "/concludedOn", what, "concludedOn", a.concludedOn(), false);
			date(at + "/expiresOn", what, "expiresOn", a.expiresOn(), false);
			if (requested.isPresent() && started.isPresent() && started.get().isBefore(requested.get())) {
				problem(at + "/startedOn", what + ": started before it was requested");
			}
			if (started.isPresent() && concluded.isPresent() && concluded.get().isBefore(started.get())) {
				problem(at + "/concludedOn", what + ": concluded before it started");
			}
			boolean concludedStatus = status.map(s -> s == AssessmentStatus.POSITIVE || s == AssessmentStatus.NEGATIVE).orElse(false);
			if (concludedStatus && concluded.isEmpty()) {
				problem(at + "/concludedOn", what + ": a " + a.status() + " assessment needs concludedOn");
			}
			if (!blank(a.recommendation())) {
				if (type.isPresent() && type.get() != AssessmentType.TOGETHER_OR_APART) {
					problem(at + "/recommendation", what + ": only a together_or_apart assessment makes a recommendation");
				}
				code(at + "/recommendation", what, "recommendation", a.recommendation(), Recommendation.class, true);
			}
		}
	}

	private void checkNeeds(String at, String what, Map<String, Map<String, Object>> domains) {
		if (domains == null) {
			problem(at, what + ": domains is missing");
			return;
		}
		domains.forEach((key, fields) -> {
			Optional<NeedDomain> domain = NeedDomain.byKey(key);
			if (domain.isEmpty()) {
				problem(at + "/" + key, what + ": '" + key + "' is not a matching domain; the domains are " + Coded.codes(NeedDomain.class));
				return;
			}
			if (fields == null) {
				return;
			}
			fields.forEach((field, value) -> {
				String fat = at + "/" + key + "/" + field;
				NeedDomain.FieldType type = domain.get().fields().get(field);
				if (type == null) {
					problem(fat, what + ": " + key + " has no field '" + field + "'; its fields are "
							+ String.join(", ", domain.get().fields().keySet()));
					return;
				}
				if (value == null) {
					return;
				}
				boolean ok = switch (type) {
					case TEXT -> value instanceof String;
					case LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
					case BOOLEAN -> value instanceof Boolean;
					case NUMBER -> value instanceof Number;
					case SEN_SUPPORT -> value instanceof String s && Coded.parse(SenSupport.class, s).isPresent();
					case SELF_CARE_LEVEL -> value instanceof String s && Coded.parse(SelfCareLevel.class, s).isPresent();
				};
				if (!ok) {
					String expected = switch (type) {
						case TEXT -> "text";
						case LIST -> "a list of texts";
						case BOOLEAN -> "true or false";
						case NUMBER -> "a number";
						case SEN_SUPPORT -> "one of " + Coded.codes(SenSupport.class);
						case SELF_CARE_LEVEL -> "one of " + Coded.codes(SelfCareLevel.class);
					};
					problem(fat, what + ": " + key + "." + field + " must be " + expected);
				}
			});
			if (domain.get() == NeedDomain.EDUCATION) {
				coordinates(at + "/" + key, what + ": the school", "schoolLatitude", fields.get("schoolLatitude"), "schoolLongitude",
						fields.get("schoolLongitude"));
			}
		});
	}

	// ---- small checks

	private void refs(String at, String what, String field, List<String> ids) {
		if (ids == null || ids.isEmpty()) {
			problem(at, what + ": " + field + " needs at least one person");
			return;
		}
		for (int j = 0; j < ids.size(); j++) {
			personRef(at + "/" + j, what, ids.get(j));
		}
	}

	private void pair(String at, String what, List<String> ids, String selfMessage) {
		if (ids == null || ids.size() != 2) {
			problem(at, what + ": needs exactly two persons");
			return;
		}
		personRef(at + "/0", what, ids.get(0));
		personRef(at + "/1", what, ids.get(1));
		if (ids.get(0) != null && ids.get(0).equals(ids.get(1))) {
			problem(at, what + ": " + selfMessage);
		}
	}

	private void personRef(String at, String what, String id) {
		reference(at, what, id, persons.keySet(), personRefs);
	}

	private void householdRef(String at, String what, String id) {
		reference(at, what, id, households, householdRefs);
	}

	private void reference(String at, String what, String id, Set<String> local, Map<String, List<String[]>> pending) {
		if (blank(id)) {
			problem(at, what + ": a reference is missing");
			return;
		}
		if (!local.contains(id)) {
			pending.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] { at, what });
		}
	}

	private void resolveReferences(ExistingIds existing) {
		report(personRefs, existing::persons, "person");
		report(householdRefs, existing::households, "household");
	}

	private void report(Map<String, List<String[]>> pending, java.util.function.Function<Collection<String>, Set<String>> lookup,
			String kind) {
		if (pending.isEmpty()) {
			return;
		}
		Set<String> known = lookup.apply(new LinkedHashSet<>(pending.keySet()));
		pending.forEach((id, places) -> {
			if (!known.contains(id)) {
				places.forEach(place -> problem(place[0], place[1] + ": refers to " + kind + " '" + id
						+ "', which is neither in this document nor in kinmap"));
			}
		});
	}

	private void id(String at, String kind, String id, Set<String> seen) {
		idFormat(at, kind, id);
		if (id != null && !seen.add(id)) {
			problem(at, kind + " id '" + id + "' is used more than once");
		}
	}

	private void idFormat(String at, String kind, String id) {
		if (blank(id)) {
			problem(at, "a " + kind + " needs an id");
		}
		else if (!ID.matcher(id).matches()) {
			problem(at, kind + " id '" + id + "' may only use letters, digits and . _ : @ - (at most 80, and at least one letter or digit)");
		}
	}

	private <E extends Enum<E> & Coded> Optional<E> code(String at, String what, String field, String value, Class<E> type,
			boolean required) {
		if (blank(value)) {
			if (required) {
				problem(at, what + ": " + field + " is missing; it is one of " + Coded.codes(type));
			}
			return Optional.empty();
		}
		Optional<E> parsed = Coded.parse(type, value);
		if (parsed.isEmpty()) {
			problem(at, what + ": " + field + " '" + value + "' is not one of " + Coded.codes(type));
		}
		return parsed;
	}

	private Optional<PartialDate> partialDate(String at, String what, String field, String value) {
		if (blank(value)) {
			return Optional.empty();
		}
		Optional<PartialDate> d = PartialDate.parse(value);
		if (d.isEmpty()) {
			problem(at, what + ": " + field + " '" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
		}
		else if (d.get().earliest().getYear() < EARLIEST_LIFE_YEAR) {
			problem(at, what + ": " + field + " '" + value + "' is before the year " + EARLIEST_LIFE_YEAR);
			return Optional.empty();
		}
		return d;
	}

	private Optional<LocalDate> date(String at, String what, String field, String value, boolean required) {
		if (blank(value)) {
			if (required) {
				problem(at, what + ": " + field + " is missing");
			}
			return Optional.empty();
		}
		try {
			LocalDate day = LocalDate.parse(value.trim());
			if (day.getYear() < EARLIEST_CARE_YEAR || day.getYear() > LATEST_CARE_YEAR) {
				problem(at, what + ": " + field + " '" + value + "' is not a date from " + EARLIEST_CARE_YEAR + " to "
						+ LATEST_CARE_YEAR);
				return Optional.empty();
			}
			return Optional.of(day);
		}
		catch (java.time.format.DateTimeParseException ex) {
			problem(at, what + ": " + field + " '" + value + "' is not a date (YYYY-MM-DD)");
			return Optional.empty();
		}
	}

	private Optional<LocalDate> pastDate(String at, String what, String field, String value, boolean required) {
		Optional<LocalDate> d = date(at, what, field, value, required);
		d.ifPresent(day -> notFuture(at, what, field, day));
		return d;
	}

	private void notFuture(String at, String what, String field, LocalDate day) {
		if (day.isAfter(today)) {
			problem(at, what + ": " + field + " " + day + " is in the future");
		}
	}

	/**
	 * A span of time: both ends valid dates and not in the future, the end not before the start. Links
	 * ({@code partial}) take {@code from}/{@code to} and may be partial dates; placements take full
	 * {@code start}/{@code end} dates.
	 */
	private void span(String at, String what, String from, String to, boolean partial) {
		String startField = partial ? "from" : "start";
		String endField = partial ? "to" : "end";
		Optional<PartialDate> start = partialDate(at + "/" + startField, what, startField, from);
		Optional<PartialDate> end = partialDate(at + "/" + endField, what, endField, to);
		if (!partial) {
			start.filter(d -> !d.earliest().equals(d.latest()))
				.ifPresent(d -> problem(at + "/start", what + ": start must be a full date (YYYY-MM-DD)"));
			end.filter(d -> !d.earliest().equals(d.latest()))
				.ifPresent(d -> problem(at + "/end", what + ": end must be a full date (YYYY-MM-DD)"));
		}
		start.filter(d -> d.earliest().isAfter(today))
			.ifPresent(d -> problem(at + "/" + startField, what + ": " + startField + " " + d.text() + " is in the future"));
		end.filter(d -> d.earliest().isAfter(today))
			.ifPresent(d -> problem(at + "/" + endField, what + ": " + endField + " " + d.text() + " is in the future"));
		if (start.isPresent() && end.isPresent() && end.get().latest().isBefore(start.get().earliest())) {
			problem(at + "/" + endField, what + ": ends before it starts");
		}
	}

	private void coordinates(String at, String what, Double lat, Double lon) {
		coordinates(at, what, "latitude", lat, "longitude", lon);
	}

	/** Latitude and longitude together, finite, from -90 to 90 and from -180 to 180 degrees. */
	private void coordinates(String at, String what, String latField, Object lat, String lonField, Object lon) {
		if ((lat == null) != (lon == null)) {
			problem(at, what + ": " + latField + " and " + lonField + " go together");
		}
		if (lat instanceof Number n && !LatLong.isLatitude(n.doubleValue())) {
			problem(at + "/" + latField, what + ": " + latField + " " + n + " is not a number of degrees from -90 to 90");
		}
		if (lon instanceof Number n && !LatLong.isLongitude(n.doubleValue())) {
			problem(at + "/" + lonField, what + ": " + lonField + " " + n + " is not a number of degrees from -180 to 180");
		}
	}

	private void problem(String pointer, String message) {
		problems.add(new DocumentProblem(pointer, message));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String pairKey(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
	}

	private static String describePair(List<String> ids) {
		return ids == null ? "(no persons)" : String.join(" & ", ids.stream().map(String::valueOf).toList());
	}

	/** This validator's small checks, for the permanence tracker's sections ({@link PermanenceChecks}). */
	private PermanenceChecks.Checks permanenceChecks() {
		return new PermanenceChecks.Checks() {
			@Override
			public void problem(String at, String message) {
				NetworkValidator.this.problem(at, message);
			}

			@Override
			public void personRef(String at, String what, String id) {
				NetworkValidator.this.personRef(at, what, id);
			}

			@Override
			public void id(String at, String kind, String id, Set<String> seen) {
				NetworkValidator.this.id(at, kind, id, seen);
			}

			@Override
			public void idFormat(String at, String kind, String id) {
				NetworkValidator.this.idFormat(at, kind, id);
			}

			@Override
			public LocalDate today() {
				return today;
			}

			@Override
			public <E extends Enum<E> & Coded> Optional<E> code(String at, String what, String field, String value,
					Class<E> type, boolean required) {
				return NetworkValidator.this.code(at, what, field, value, type, required);
			}

			@Override
			public Optional<LocalDate> date(String at, String what, String field, String value, boolean required) {
				return NetworkValidator.this.date(at, what, field, value, required);
			}

			@Override
			public Optional<LocalDate> pastDate(String at, String what, String field, String value, boolean required) {
				return NetworkValidator.this.pastDate(at, what, field, value, required);
			}
		};
	}
}
