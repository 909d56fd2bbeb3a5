package org.kinmap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.CarerSkill;
import org.kinmap.network.ContactFrequency;

/** Tiny hand-built children and households for the matching tests (no Spring, no database). */
final class Examples {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
	/** Hillside Primary, Kinmouth. */
	static final Coordinates SCHOOL = new Coordinates(53.4000, -2.9000);
	static final Coordinates NEAR_SCHOOL = new Coordinates(53.4080, -2.9060); // about 1 km
	static final Coordinates FORTY_KM_AWAY = new Coordinates(53.7600, -2.9000); // about 40 km north

	private Examples() {
	}

	static Child child(String givenName) {
		return new Child(givenName);
	}

	static Household household(String id) {
		return new Household(id);
	}

	static final class Child {
		String id;
		String givenName;
		Integer age = 8;
		PermanencePlan plan = PermanencePlan.LONG_TERM_FOSTERING;
		Coordinates home = SCHOOL;
		String currentHouseholdId;
		LocalDate placedSince;
		Map<String, Map<String, Object>> needs = new HashMap<>();
		String firstLanguage = "English";
		String ethnicity;
		String religion;
		List<ChildProfile.Relation> siblings = new ArrayList<>();
		List<ChildProfile.Relation> connected = new ArrayList<>();
		List<ChildProfile.FamilyTime> familyTime = new ArrayList<>();

		Child(String givenName) {
			this.givenName = givenName;
			this.id = "c-" + givenName.toLowerCase();
		}

		Child age(Integer age) {
			this.age = age;
			return this;
		}

		Child plan(PermanencePlan plan) {
			this.plan = plan;
			return this;
		}

		Child home(Coordinates home) {
			this.home = home;
			return this;
		}

		Child placedWith(String householdId) {
			this.currentHouseholdId = householdId;
			this.placedSince = LocalDate.of(2024, 1, 10);
			return this;
		}

		Child need(String domain, String field, Object value) {
			needs.computeIfAbsent(domain, d -> new HashMap<>()).put(field, value);
			return this;
		}

		Child school(String name, Coordinates at) {
			return need("education", "school", name).need("education", "schoolLatitude", at.latitude())
				.need("education", "schoolLongitude", at.longitude()).need("education", "keepSchool", true);
		}

		Child identity(String firstLanguage, String ethnicity, String religion) {
			this.firstLanguage = firstLanguage;
			this.ethnicity = ethnicity;
			this.religion = religion;
			return this;
		}

		Child sibling(String name, String word, String householdId, Coordinates where) {
			siblings.add(new ChildProfile.Relation("c-" + name.toLowerCase(), name, word,
					householdId == null ? List.of() : List.of(householdId), where));
			return this;
		}

		Child connectedPerson(String name, String word, String householdId) {
			connected.add(new ChildProfile.Relation("p-" + name.toLowerCase(), name, word, List.of(householdId), null));
			return this;
		}

		Child familyTime(String name, String word, ContactFrequency frequency, Coordinates where) {
			familyTime.add(new ChildProfile.FamilyTime("p-" + name.toLowerCase(), name, word, frequency, where));
			return this;
		}

		ChildProfile build() {
			return new ChildProfile(id, givenName, givenName + " Example", age, plan, home, currentHouseholdId, placedSince,
					new Needs(needs), firstLanguage, List.of(), ethnicity, religion, siblings, connected, familyTime);
		}

		Placing placing() {
			return Placing.of(build(), TODAY);
		}
	}

	static final class Household {
		String id;
		Coordinates location = NEAR_SCHOOL;
		List<HouseholdProfile.ApprovalFacts> approvals = new ArrayList<>(
				List.of(new HouseholdProfile.ApprovalFacts(ApprovalKind.LONG_TERM, 0, 18, 2, true, TODAY.plusYears(1))));
		int dogs;
		int cats;
		Boolean smoking = false;
		Boolean wheelchairAccessible = false;
		Boolean groundFloorBedroom = false;
		List<String> languages = List.of("English");
		String religion;
		String ethnicity;
		Set<CarerSkill> skills = EnumSet.noneOf(CarerSkill.class);
		List<HouseholdProfile.Member> members = new ArrayList<>(List.of(new HouseholdProfile.Member("p-carer", "Carer One", false)));
		List<HouseholdProfile.PlacedChild> placed = new ArrayList<>();
		String notes;

		Household(String id) {
			this.id = id;
		}

		Household at(Coordinates location) {
			this.location = location;
			return this;
		}

		Household approval(ApprovalKind kind, Integer minAge, Integer maxAge, int maxChildren, boolean siblings,
				LocalDate expiresOn) {
			approvals = new ArrayList<>(List.of(new HouseholdProfile.ApprovalFacts(kind, minAge, maxAge, maxChildren, siblings, expiresOn)));
			return this;
		}

		Household approvals(HouseholdProfile.ApprovalFacts... approvals) {
			this.approvals = new ArrayList<>(List.of(approvals));
			return this;
		}

		Household dogs(int dogs) {
			this.dogs = dogs;
			return this;
		}

		Household cats(int cats) {
			this.cats = cats;
			return this;
		}

		Household wheelchairAccessible(Boolean accessible) {
			this.wheelchairAccessible = accessible;
			return this;
		}

		Household identity(List<String> languages, String ethnicity, String religion) {
			this.languages = languages;
			this.ethnicity = ethnicity;
			this.religion = religion;
			return this;
		}

		Household skills(CarerSkill... skills) {
			this.skills = skills.length == 0 ? EnumSet.noneOf(CarerSkill.class) : EnumSet.of(skills[0], skills);
			return this;
		}

		Household riskyMember(String name) {
			members.add(new HouseholdProfile.Member("p-risk", name, true));
			return this;
		}

		Household placed(String personId, String name) {
			placed.add(new HouseholdProfile.PlacedChild(personId, name));
			return this;
		}

		Household smoking(Boolean smoking) {
			this.smoking = smoking;
			return this;
		}

		Household notes(String notes) {
			this.notes = notes;
			return this;
		}

		Household groundFloorBedroom(Boolean has) {
			this.groundFloorBedroom = has;
			return this;
		}

		HouseholdProfile build() {
			return new HouseholdProfile(id, "Household " + id, "KM1 1AA", location, approvals, dogs, cats, smoking,
					wheelchairAccessible, groundFloorBedroom, languages, religion, ethnicity, skills, members, placed, notes);
		}
	}
}
