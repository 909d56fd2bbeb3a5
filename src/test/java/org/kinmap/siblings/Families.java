package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built families for the sibling unit tests: links by id, and members with homes. */
final class Families {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	final List<FamilyLinks.ParentLink> parents = new ArrayList<>();
	final List<FamilyLinks.Partnership> partnerships = new ArrayList<>();
	final List<FamilyLinks.SiblingLink> siblingLinks = new ArrayList<>();
	final List<FamilyLinks.Pair> raised = new ArrayList<>();
	final List<FamilyLinks.MultipleBirth> births = new ArrayList<>();

	Families birth(String mother, String father, String... children) {
		for (String c : children) {
			if (mother != null) {
				parents.add(new FamilyLinks.ParentLink(mother, c, "birth", "female", name(mother)));
			}
			if (father != null) {
				parents.add(new FamilyLinks.ParentLink(father, c, "birth", "male", name(father)));
			}
		}
		return this;
	}

	Families parent(String parent, String sex, String type, String child) {
		parents.add(new FamilyLinks.ParentLink(parent, child, type, sex, name(parent)));
		return this;
	}

	Families partners(String a, String b, String status) {
		partnerships.add(new FamilyLinks.Partnership(a, b, status));
		return this;
	}

	Families twins(String id, String zygosity, String... members) {
		births.add(new FamilyLinks.MultipleBirth(id, zygosity, List.of(members)));
		return this;
	}

	Families siblings(String a, String b, String type) {
		siblingLinks.add(new FamilyLinks.SiblingLink(a, b, type));
		return this;
	}

	Families raisedTogether(String a, String b) {
		raised.add(new FamilyLinks.Pair(a, b));
		return this;
	}

	FamilyLinks links() {
		return new FamilyLinks(parents, partnerships, siblingLinks, raised, births);
	}

	/** A name from an id: "mum" becomes "Mum". */
	static String name(String id) {
		return Character.toUpperCase(id.charAt(0)) + id.substring(1);
	}

	static Member.Home carerHome(String id, double lat, double lon) {
		return new Member.Home(id, id, name(id), "KM1 1AA", lat, lon, true, null);
	}

	static Member.Home familyHome(String id, double lat, double lon) {
		return new Member.Home(id, id, name(id), "KM2 2BB", lat, lon, false, null);
	}

	/** A looked-after child of the given age placed at the given home since the given date. */
	static Member inCare(String id, int age, Member.Home home, LocalDate since, Member.Stay... earlier) {
		List<Member.Stay> stays = new ArrayList<>(List.of(earlier));
		stays.add(new Member.Stay(home.key(), since, null));
		return new Member(id, name(id), "unknown", null, age, true, "C2", "long_term_fostering", since,
				Living.CARER_HOUSEHOLD, home, since, List.copyOf(stays));
	}

	static Member atHome(String id, int age, Member.Home home) {
		return new Member(id, name(id), "unknown", null, age, false, null, null, null, Living.AT_HOME, home, null,
				List.of(new Member.Stay(home.key(), null, null)));
	}

	static Member independent(String id, int age) {
		return new Member(id, name(id), "unknown", null, age, false, null, null, null, Living.INDEPENDENT, null, null,
				List.of());
	}

	static SiblingGroup group(String... members) {
		List<String> sorted = java.util.Arrays.stream(members).sorted().toList();
		return new SiblingGroup(SiblingGroup.idOf(sorted), sorted, List.of());
	}
}
