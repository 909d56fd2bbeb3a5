package org.kinmap.kinship;

/** The English names of kin, from the index person's side. */
final class Labels {

	private static final String[] ORDINALS = { "zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth" };

	private static final String[] TIMES = { "", "once", "twice", "three times", "four times", "five times", "six times",
			"seven times", "eight times", "nine times", "ten times" };

	private Labels() {
	}

	static String gendered(String sex, String female, String male, String neutral) {
		return "female".equals(sex) ? female : "male".equals(sex) ? male : neutral;
	}

	/**
	 * A blood relative {@code up} generations to the nearest common ancestor and {@code down} from it: mother,
	 * maternal grandmother, great-aunt, half-uncle, niece, first cousin once removed.
	 */
	static String blood(int up, int down, String sex, boolean half, Side side) {
		String h = half ? "half-" : "";
		if (up == 0) {
			return greats(down - 2) + (down >= 2 ? "grand" : "")
					+ (down >= 2 ? gendered(sex, "daughter", "son", "child") : gendered(sex, "daughter", "son", "child"));
		}
		if (down == 0) {
			String person = up == 1 ? gendered(sex, "mother", "father", "parent")
					: greats(up - 2) + "grand" + gendered(sex, "mother", "father", "parent");
			return (up >= 2 && side != null && side != Side.BOTH ? side.code() + " " : "") + person;
		}
		if (up == 1 && down == 1) {
			return h + gendered(sex, "sister", "brother", "sibling");
		}
		if (up == 1) {
			return h + greats(down - 2) + gendered(sex, "niece", "nephew", "niece or nephew");
		}
		if (down == 1) {
			return h + greats(up - 2) + gendered(sex, "aunt", "uncle", "aunt or uncle");
		}
		int cousin = Math.min(up, down) - 1;
		int removed = Math.abs(up - down);
		String name = (cousin < ORDINALS.length ? ORDINALS[cousin] : cousin + "th") + " cousin";
		if (removed > 0) {
			name += " " + (removed < TIMES.length ? TIMES[removed] : removed + " times") + " removed";
		}
		return (half ? "half " : "") + name;
	}

	/** "great-" repeated {@code n} times (none when n < 1). */
	static String greats(int n) {
		return n < 1 ? "" : "great-".repeat(n);
	}

	/** "mother" to "mother's"; "first cousin once removed" to "first cousin once removed's". */
	static String possessive(String label) {
		return label + "'s";
	}

	/** Adoptive and birth (severed) relations are named as such: "adoptive mother", "birth maternal grandmother". */
	static String prefixed(Kind kind, String label) {
		if (kind == Kind.ADOPTIVE && !label.startsWith("adoptive ")) {
			return "adoptive " + label;
		}
		if (kind == Kind.BIRTH && !label.startsWith("birth ")) {
			return "birth " + label;
		}
		return label;
	}
}
