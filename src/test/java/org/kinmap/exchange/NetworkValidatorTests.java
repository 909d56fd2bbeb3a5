package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.kinmap.exchange.NetworkDocument.AssessmentDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.PlacementDoc;

class NetworkValidatorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static NetworkDocument smallFamily() throws Exception {
		try (InputStream in = NetworkValidatorTests.class.getResourceAsStream("/networks/small-family.json")) {
			return new ObjectMapper().findAndRegisterModules().readValue(in, NetworkDocument.class);
		}
	}

	static PersonDoc person(String id, String born) {
		return new PersonDoc(id, null, "Given", "Family", null, "female", null, born, null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

	static NetworkDocument doc(List<PersonDoc> persons, List<ParentLinkDoc> links) {
		return new NetworkDocument(null, persons, links, null, null, null, null, null, null, null, null, null, null, null);
	}

	static List<String> messages(NetworkDocument doc) {
		return NetworkValidator.validate(doc, ExistingIds.NONE, TODAY).stream().map(DocumentProblem::message).toList();
	}

	@Test
	void theTestFamilyIsValid() throws Exception {
		assertThat(NetworkValidator.validate(smallFamily(), ExistingIds.NONE, TODAY)).isEmpty();
	}

	@Test
	void namesDuplicateIdsUnknownCodesAndFutureOrImpossibleDates() {
		PersonDoc badSex = new PersonDoc("a", null, "Ann", null, null, "F", null, "2030-02-01", null, null, null, null, null,
				null, null, null, null, null, null, null);
		PersonDoc diesFirst = new PersonDoc("b", null, "Bo", null, null, "male", null, "2000", null, "1990", null, null, null,
				null, null, null, null, null, null, null);
		List<DocumentProblem> problems = NetworkValidator.validate(doc(List.of(badSex, diesFirst, person("a", "1980")), List.of()),
				ExistingIds.NONE, TODAY);
		assertThat(problems).extracting(DocumentProblem::pointer)
			.containsExactlyInAnyOrder("/persons/2/id", "/persons/0/sex", "/persons/0/birthDate", "/persons/1/deathDate");
		assertThat(problems).extracting(DocumentProblem::message)
			.contains("person id 'a' is used more than once", "person a: sex 'F' is not one of female, male, unknown",
					"person a: birthDate 2030-02-01 is in the future", "person b: died (1990) before being born (2000)");
	}

	@Test
	void aPersonCannotBecomeTheirOwnAncestor() {
		var links = List.of(new ParentLinkDoc("a", "b", "birth", null, null, null),
				new ParentLinkDoc("b", "c", "birth", null, null, null), new ParentLinkDoc("c", "a", "adoptive", null, null, null));
		assertThat(messages(doc(List.of(person("a", null), person("b", null), person("c", null)), links)))
			.containsExactly("these persons would become their own ancestors: a, b, c");
	}

	@Test
	void coordinatesAreFiniteDegreesOnEarthWhereverTheyAre() {
		PersonDoc far = new PersonDoc("a", null, "Ann", null, null, null, null, null, null, null, null, null, null, null, null,
				1e308, 0.0, null, null, null);
		PersonDoc nan = new PersonDoc("b", null, "Bo", null, null, null, null, null, null, null, null, null, null, null, null,
				Double.NaN, Double.NEGATIVE_INFINITY, null, null, null);
		var household = new NetworkDocument.HouseholdDoc("h", "Home", null, 91.0, -2.0, null, null);
		Map<String, Object> school = new java.util.HashMap<>();
		school.put("schoolLatitude", 53.4);
		school.put("schoolLongitude", 181);
		var needs = new NetworkDocument.NeedsDoc("a", Map.of("education", school));
		var doc = new NetworkDocument(null, List.of(far, nan), null, null, null, null, null, null, List.of(household), null,
				null, null, List.of(needs), null);

		assertThat(NetworkValidator.validate(doc, ExistingIds.NONE, TODAY)).extracting(DocumentProblem::pointer)
			.containsExactlyInAnyOrder("/persons/0/latitude", "/persons/1/latitude", "/persons/1/longitude",
					"/households/0/latitude", "/needs/0/domains/education/schoolLongitude");
		assertThat(messages(doc)).contains("person b: latitude NaN is not a number of degrees from -90 to 90",
				"needs of child a: the school: schoolLongitude 181 is not a number of degrees from -180 to 180");
	}

	@Test
	void textIsCheckedFirstForNullEntriesBrokenCharactersAndLength() {
		List<String> aliases = new ArrayList<>();
		aliases.add("Jo");
		aliases.add(null);
		PersonDoc p = new PersonDoc("a", null, "Ann\ud800", "Lee\u0000", aliases, null, null, null, null, null, null, null,
				null, null, null, null, null, new NetworkDocument.ContactDetailsDoc(null, null, "x".repeat(10_001)), null,
				"r".repeat(10_000));
		PersonDoc ok = new PersonDoc("b", null, "\ud83d\ude00 Tab\tand\r\nlines", "L".repeat(200), null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, true, "r".repeat(10_000));
		List<PersonDoc> persons = new ArrayList<>(List.of(p, ok));
		persons.add(null);
		Map<String, Object> health = new java.util.HashMap<>();
		health.put("allergies", java.util.Arrays.asList("nuts", null));
		var needs = new NetworkDocument.NeedsDoc("b", Map.of("health", health, "a/b~", Map.of()));
		var doc = new NetworkDocument("s".repeat(201), persons, null, null, null, null, null, null, null, null, null, null,
				List.of(needs), null);

		List<DocumentProblem> problems = NetworkValidator.validate(doc, ExistingIds.NONE, TODAY);

		assertThat(problems).extracting(DocumentProblem::pointer).containsExactlyInAnyOrder("/source", "/persons/0/givenName",
				"/persons/0/familyName", "/persons/0/alsoKnownAs/1", "/persons/0/contactDetails/address", "/persons/2",
				"/needs/0/domains/health/allergies/1");
		assertThat(problems).extracting(DocumentProblem::message).contains(
				"givenName has half of a character (an unpaired surrogate, \\ud800) at position 4; send the whole character",
				"familyName has a control character (\\u0000) at position 4; only tab and line breaks are allowed",
				"address is 10001 characters long; the most it may have is 10000", "an entry of persons is null; leave it out instead");
	}

	@Test
	void aChildHasAtMostTwoBirthParentsButMayHaveMoreParents() {
		var persons = List.of(person("m", "1980"), person("f", "1980"), person("x", "1980"), person("s", "1981"),
				person("c", "2010"));
		var two = List.of(new ParentLinkDoc("m", "c", "birth", true, null, null), new ParentLinkDoc("f", "c", "birth", null, null, null),
				new ParentLinkDoc("s", "c", "step", null, null, null));
		assertThat(messages(doc(persons, two))).isEmpty();
		var three = new ArrayList<>(two);
		three.add(new ParentLinkDoc("x", "c", "birth", null, null, null));
		assertThat(messages(doc(persons, three)))
			.containsExactly("person c would have 3 birth parents (m, f, x); a child has at most two");
	}

	@Test
	void aBirthParentMustBeOlderThanTheChild() {
		var persons = List.of(person("p", "2012"), person("c", "2010"));
		assertThat(messages(doc(persons, List.of(new ParentLinkDoc("p", "c", "birth", null, null, null)))))
			.containsExactly("parent link p -> c: the birth parent (born 2012) is not older than the child (born 2010)");
	}

	@Test
	void unknownReferencesAreNamedUnlessTheGraphHasThem() {
		var d = doc(List.of(person("c", "2010")), List.of(new ParentLinkDoc("ghost", "c", "birth", null, null, null)));
		assertThat(messages(d)).containsExactly(
				"parent link ghost -> c: refers to person 'ghost', which is neither in this document nor in kinmap");
		ExistingIds graphHasGhost = new ExistingIds() {
			@Override
			public Set<String> persons(java.util.Collection<String> ids) {
				return Set.of("ghost");
			}

			@Override
			public Set<String> households(java.util.Collection<String> ids) {
				return Set.of();
			}
		};
		assertThat(NetworkValidator.validate(d, graphHasGhost, TODAY)).isEmpty();
	}

	@Test
	void aPartnershipWithOneselfIsRefused() {
		var d = new NetworkDocument(null, List.of(person("a", null)), null,
				List.of(new PartnershipDoc(List.of("a", "a"), "married", "current", null, null)), null, null, null, null,
				null, null, null, null, null, null);
		assertThat(messages(d)).containsExactly("partnership a & a: a person cannot be in a partnership with themselves");
	}

	@Test
	void placementsNeedAHouseholdOrAProviderAndKnownCodes() {
		var d = new NetworkDocument(null, List.of(person("c", "2015")), null, null, null, null, null, null, null, null,
				List.of(new PlacementDoc("pl1", "c", null, null, "U9", "2024-01-01", "2023-01-01", null)), null, null, null);
		assertThat(messages(d)).containsExactlyInAnyOrder(
				"placement pl1: needs either a household or a provider (and not both)",
				"placement pl1: type 'U9' is not one of A3, A4, A5, A6, H5, K1, K2, P1, P2, P3, R1, R2, R3, R5, S1, T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z1",
				"placement pl1: ends before it starts");
	}

	@Test
	void assessmentsCheckTheirDatesAndRecommendation() {
		var a = new AssessmentDoc("as1", "viability", List.of("c"), List.of("c"), "positive", "2024-03-01", "2024-02-01",
				null, null, null, null, null, "together", null);
		var d = new NetworkDocument(null, List.of(person("c", "2015")), null, null, null, null, null, null, null, null, null,
				List.of(a), null, null);
		assertThat(messages(d)).containsExactlyInAnyOrder("assessment as1: started before it was requested",
				"assessment as1: a positive assessment needs concludedOn",
				"assessment as1: only a together_or_apart assessment makes a recommendation");
	}

	@Test
	void needsTakeOnlyTheNineDomainsAndTheirFields() {
		var needs = new NetworkDocument.NeedsDoc("c", Map.of("hobbies", Map.of("x", "y"),
				"education", Map.of("senSupport", "lots", "keepSchool", "yes", "shoeSize", 3)));
		var d = new NetworkDocument(null, List.of(person("c", "2015")), null, null, null, null, null, null, null, null, null,
				null, List.of(needs), null);
		List<String> problems = messages(d);
		assertThat(problems).hasSize(4);
		assertThat(problems).anyMatch(m -> m.startsWith("needs of child c: 'hobbies' is not a matching domain"));
		assertThat(problems).contains("needs of child c: education.senSupport must be one of none, sen_support, ehcp",
				"needs of child c: education.keepSchool must be true or false");
		assertThat(problems).anyMatch(m -> m.startsWith("needs of child c: education has no field 'shoeSize'"));
	}
}
