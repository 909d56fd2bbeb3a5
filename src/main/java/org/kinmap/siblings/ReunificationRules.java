package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kinmap.carers.Capacity;

/** The hard constraints on a carer household taking a whole sibling group now, one small rule each. */
final class ReunificationRules {

	private ReunificationRules() {
	}

	/** Every rule, in the order their reasons are shown. */
	static List<ReunificationRule> all() {
		return List.of(new ApprovalCoversAges(), new EnoughVacancies(), new SiblingGroupsConsidered(),
				new NoFearedPets(), new NoPetAllergies(), new NoRiskToChildren(), new WheelchairAccess(),
				new GroundFloorBedroom());
	}

	/** A fostering approval in force today whose age range covers every child's age. */
	static final class ApprovalCoversAges implements ReunificationRule {

		@Override
		public String name() {
			return "approval-covers-ages";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			List<Member> unknown = children.stream().filter(c -> c.age() == null).toList();
			if (!unknown.isEmpty()) {
				return Verdict.reject(name(), "The age of " + Words.names(unknown) + " is not recorded, so no approval can be shown to cover it.");
			}
			List<CarerHome.Terms> current = home.approvals().stream().filter(t -> t.fostersOn(today)).toList();
			if (current.isEmpty()) {
				return Verdict.reject(name(), "No fostering approval in force.");
			}
			String ages = Words.list(children.stream().map(c -> String.valueOf(c.age())).toList());
			Optional<CarerHome.Terms> covering = current.stream()
				.filter(t -> children.stream().allMatch(c -> t.coversAge(c.age())))
				.findFirst();
			if (covering.isPresent()) {
				CarerHome.Terms t = covering.get();
				return Verdict.allow(name(), "Approved for " + t.kind().label() + " " + range(t) + ", which covers ages " + ages + ".");
			}
			return Verdict.reject(name(), "No fostering approval covers ages " + ages + " (approved "
					+ Words.list(current.stream().map(ReunificationRules::range).distinct().toList()) + ").");
		}
	}

	/** Enough free places, under the approvals that fit the children, for those not already living there. */
	static final class EnoughVacancies implements ReunificationRule {

		@Override
		public String name() {
			return "enough-vacancies";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			Capacity capacity = home.capacity(children, today);
			long there = children.stream().filter(c -> home.placed().contains(c.id())).count();
			int needed = (int) (children.size() - there);
			String already = there == 0 ? "" : " " + Words.count((int) there, "of the children lives", "of the children live") + " there already.";
			if (capacity.vacancies() >= needed) {
				return Verdict.allow(name(), capacity.reason() + already + " Room for the " + Words.count(needed, "child", "children") + " to move.");
			}
			return Verdict.reject(name(), capacity.reason() + already + " Needs " + Words.count(needed, "place", "places") + ".");
		}
	}

	/** With two or more children, an approval (of those that fit the children) that considers sibling groups. */
	static final class SiblingGroupsConsidered implements ReunificationRule {

		@Override
		public String name() {
			return "sibling-groups-considered";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			if (children.size() < 2) {
				return Verdict.allow(name(), "One child only.");
			}
			boolean considered = home.fitting(children, today).stream().anyMatch(CarerHome.Terms::siblingGroupsConsidered);
			return considered ? Verdict.allow(name(), "Approved to consider sibling groups.")
					: Verdict.reject(name(), "Not approved to take sibling groups.");
		}
	}

	/** No dog (or cat) in the home when a child is afraid of dogs (or cats). */
	static final class NoFearedPets implements ReunificationRule {

		@Override
		public String name() {
			return "no-feared-pets";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			List<Member> fearDogs = children.stream().filter(c -> fears(c, "dog")).toList();
			List<Member> fearCats = children.stream().filter(c -> fears(c, "cat")).toList();
			if (home.dogs() > 0 && !fearDogs.isEmpty()) {
				return Verdict.reject(name(), "Has " + Words.count(home.dogs(), "dog", "dogs") + " and " + Words.names(fearDogs)
						+ (fearDogs.size() == 1 ? " is" : " are") + " afraid of dogs.");
			}
			if (home.cats() > 0 && !fearCats.isEmpty()) {
				return Verdict.reject(name(), "Has " + Words.count(home.cats(), "cat", "cats") + " and " + Words.names(fearCats)
						+ (fearCats.size() == 1 ? " is" : " are") + " afraid of cats.");
			}
			if (fearDogs.isEmpty() && fearCats.isEmpty()) {
				return Verdict.allow(name(), "No child is recorded as afraid of animals.");
			}
			return Verdict.allow(name(), "No dog or cat that a child is afraid of.");
		}

		private static boolean fears(Member child, String animal) {
			return mentions(child.fears(), animal);
		}

		/** Whether a list of fears or allergies names the animal ("dogs", "dog", "large dogs", "cat hair"). */
		static boolean mentions(java.util.Collection<String> items, String animal) {
			return items.stream().map(f -> f.toLowerCase(Locale.ROOT).trim())
				.anyMatch(f -> f.matches("(.*\\b)?" + animal + "s?(\\b.*)?"));
		}
	}

	/** No cat (or dog) in the home when a child is allergic to cats (or dogs). */
	static final class NoPetAllergies implements ReunificationRule {

		@Override
		public String name() {
			return "no-pet-allergies";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			List<Member> cats = children.stream().filter(c -> NoFearedPets.mentions(c.allergies(), "cat")).toList();
			List<Member> dogs = children.stream().filter(c -> NoFearedPets.mentions(c.allergies(), "dog")).toList();
			if (home.cats() > 0 && !cats.isEmpty()) {
				return Verdict.reject(name(), "Has " + Words.count(home.cats(), "cat", "cats") + " and " + Words.names(cats)
						+ (cats.size() == 1 ? " is" : " are") + " allergic to cats.");
			}
			if (home.dogs() > 0 && !dogs.isEmpty()) {
				return Verdict.reject(name(), "Has " + Words.count(home.dogs(), "dog", "dogs") + " and " + Words.names(dogs)
						+ (dogs.size() == 1 ? " is" : " are") + " allergic to dogs.");
			}
			return Verdict.allow(name(), cats.isEmpty() && dogs.isEmpty() ? "No child is recorded as allergic to pets."
					: "No pet that a child is allergic to.");
		}
	}

	/** A ground-floor bedroom when a child needs one. */
	static final class GroundFloorBedroom implements ReunificationRule {

		@Override
		public String name() {
			return "ground-floor-bedroom";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			List<Member> needing = children.stream().filter(Member::needsGroundFloorBedroom).toList();
			if (needing.isEmpty()) {
				return Verdict.allow(name(), "No child needs a ground-floor bedroom.");
			}
			return Boolean.TRUE.equals(home.groundFloorBedroom())
					? Verdict.allow(name(), "Has the ground-floor bedroom " + Words.names(needing) + " needs.")
					: Verdict.reject(name(), "No ground-floor bedroom, and " + Words.names(needing) + " needs one.");
		}
	}

	/** No one living in the home is recorded as a risk to children. */
	static final class NoRiskToChildren implements ReunificationRule {

		@Override
		public String name() {
			return "no-risk-to-children";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			return home.memberPosesRisk()
					? Verdict.reject(name(), "Someone in the household is recorded as a risk to children.")
					: Verdict.allow(name(), "No one in the household is recorded as a risk to children.");
		}
	}

	/** A wheelchair-accessible home when a child uses a wheelchair. */
	static final class WheelchairAccess implements ReunificationRule {

		@Override
		public String name() {
			return "wheelchair-access";
		}

		@Override
		public Verdict check(CarerHome home, List<Member> children, LocalDate today) {
			List<Member> users = children.stream().filter(Member::wheelchairUser).toList();
			if (users.isEmpty()) {
				return Verdict.allow(name(), "No child uses a wheelchair.");
			}
			return Boolean.TRUE.equals(home.wheelchairAccessible())
					? Verdict.allow(name(), "Wheelchair accessible, as " + Words.names(users) + " needs.")
					: Verdict.reject(name(), "Not wheelchair accessible, and " + Words.names(users) + " uses a wheelchair.");
		}
	}

	static String range(CarerHome.Terms t) {
		if (t.minAge() == null && t.maxAge() == null) {
			return "for any age";
		}
		if (t.minAge() == null) {
			return "up to age " + t.maxAge();
		}
		if (t.maxAge() == null) {
			return "from age " + t.minAge();
		}
		return "for ages " + t.minAge() + " to " + t.maxAge();
	}
}
