package org.kinmap.kinship;

/**
 * Age in relation to caring into the child's adulthood: the person's age when the child turns 18. Up to 65
 * scores 30, up to 75 scores 15, older none; under 21 now scores 10 (a young carer needs support).
 */
final class AgeForCaringRule implements RankingRule {

	@Override
	public Factor judge(Prospect p) {
		Integer age = p.age();
		if (age == null) {
			return Factor.say("age", 0, "Age not recorded: check they are an adult.");
		}
		Integer childAge = p.child().ageOn(p.today()).orElse(null);
		if (childAge == null || childAge >= 18) {
			return Factor.note("age", 15, "Aged " + age + ".");
		}
		int atEighteen = age + 18 - childAge;
		String name = p.child().givenName();
		if (age < 21) {
			return Factor.say("age", 10, "Aged " + age + ": a young carer.");
		}
		if (atEighteen <= 65) {
			return Factor.note("age", 30, "Aged " + age + "; " + atEighteen + " when " + name + " turns 18.");
		}
		if (atEighteen <= 75) {
			return Factor.say("age", 15, "Aged " + age + "; " + atEighteen + " when " + name + " turns 18.");
		}
		return Factor.say("age", 0, "Aged " + age + "; would be " + atEighteen + " when " + name + " turns 18.");
	}
}
