package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.IDENTITY;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.kinmap.care.NeedDomain;

/**
 * Identity: the child's languages (first language above all), religion and ethnicity against the household's.
 * Cultural needs are listed for the meeting. How much this domain counts depends on the plan (see {@link Weights}).
 */
final class IdentityCriterion implements DomainCriterion<IdentityCriterion.Facts> {

	/**
	 * @param first         the first language (recorded as such, else the first of the languages in the needs), or null
	 * @param others        the other languages, then every language in the needs
	 * @param religion      from the needs, else the child's record; null if neither
	 * @param religions     how the child's religion compares with each carer religion, worked out once each
	 * @param ethnicities   the same for ethnicity
	 */
	record Facts(String name, String first, String firstLower, List<String> others, List<String> othersLower,
			String religion, String ethnicity, List<String> culturalNeeds, Map<String, Similarity> religions,
			Map<String, Similarity> ethnicities) {
	}

	@Override
	public NeedDomain domain() {
		return IDENTITY;
	}

	@Override
	public Facts facts(ChildProfile child) {
		Needs needs = child.needs();
		List<String> others = new ArrayList<>(child.otherLanguages());
		List<String> recorded = needs.list(IDENTITY, "languages");
		String first = child.firstLanguage() == null && recorded != null && !recorded.isEmpty() ? recorded.get(0)
				: child.firstLanguage();
		if (recorded != null) {
			others.addAll(recorded);
		}
		String religion = needs.text(IDENTITY, "religion") != null ? needs.text(IDENTITY, "religion") : child.religion();
		String ethnicity = needs.text(IDENTITY, "ethnicity") != null ? needs.text(IDENTITY, "ethnicity") : child.ethnicity();
		return new Facts(child.givenName(), first, first == null ? null : first.toLowerCase(Locale.ROOT), List.copyOf(others),
				others.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList(), religion, ethnicity,
				needs.list(IDENTITY, "culturalNeeds"), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		String first = child.first();
		if (first == null) {
			e.unknown(() -> name + "'s first language.");
		}
		else if (household.languages().isEmpty()) {
			e.unknown(() -> "the languages the carer speaks.");
		}
		else if (speaks(household, child.firstLower())) {
			e.known(100, 2, () -> "Carer speaks " + first + ", " + name + "'s first language.");
		}
		else {
			String shared = null;
			for (int i = 0; i < child.others().size() && shared == null; i++) {
				if (speaks(household, child.othersLower().get(i))) {
					shared = child.others().get(i);
				}
			}
			String sharedLanguage = shared;
			e.known(shared == null ? 20 : 60, 2, () -> "Carer does not speak " + first + ", " + name + "'s first language"
					+ (sharedLanguage == null ? "." : "; they share " + sharedLanguage + "."));
		}
		String religion = child.religion();
		if (religion == null) {
			e.unknown(() -> name + "'s religion.");
		}
		else if (household.religion() == null) {
			e.unknown(() -> "the carer's religion (" + name + " is " + religion + ").");
		}
		else {
			Similarity s = child.religions().computeIfAbsent(household.religion(), carer -> similarity(religion, carer));
			e.known(s.score, () -> "Carer is " + household.religion() + "; " + name + " is " + religion + s.suffix(religion));
		}
		String ethnicity = child.ethnicity();
		if (ethnicity == null) {
			e.unknown(() -> name + "'s ethnicity.");
		}
		else if (household.ethnicity() == null) {
			e.unknown(() -> "the carer's ethnicity.");
		}
		else {
			Similarity s = child.ethnicities().computeIfAbsent(household.ethnicity(), carer -> similarity(ethnicity, carer));
			e.known(s.score, () -> "Carer is " + household.ethnicity() + "; " + name + " is " + ethnicity + s.suffix(ethnicity));
		}
		List<String> cultural = child.culturalNeeds();
		if (cultural != null && !cultural.isEmpty()) {
			e.note(() -> name + "'s cultural needs, for the support plan: " + String.join("; ", cultural) + ".");
		}
	}

	/** Whether the carer speaks the language (given in lower case), ignoring case. */
	private static boolean speaks(HouseholdProfile household, String language) {
		for (String l : household.languages()) {
			if (Lower.of(l).equals(language)) {
				return true;
			}
		}
		return false;
	}

	/** The same (100), close (75) or different (40). */
	enum Similarity {
		SAME(100), CLOSE(75), DIFFERENT(40);

		final int score;

		Similarity(int score) {
			this.score = score;
		}

		String suffix(String child) {
			return switch (this) {
				case SAME -> ": the same.";
				case CLOSE -> ": close.";
				case DIFFERENT -> ": different (support to keep " + child + " heritage and practice alive).";
			};
		}
	}

	/** The same (100), sharing a main word such as "Christian" or "Pakistani" (75), or different (40). */
	private static Similarity similarity(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT).trim();
		String y = b.toLowerCase(Locale.ROOT).trim();
		if (x.equals(y)) {
			return Similarity.SAME;
		}
		Set<String> wy = words(y);
		for (String w : words(x)) {
			if (wy.contains(w)) {
				return Similarity.CLOSE;
			}
		}
		return Similarity.DIFFERENT;
	}

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
	private static final Set<String> COMMON = Set.of("british", "other", "mixed", "white", "church", "england");
	/** The main words of the identities seen so far: an authority records a few dozen different ones. */
	private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();

	private static Set<String> words(String s) {
		Set<String> known = WORDS.get(s);
		if (known != null) {
			return known;
		}
		Set<String> words = new LinkedHashSet<>();
		for (String w : NOT_LETTERS.split(s)) {
			if (w.length() > 3 && !COMMON.contains(w)) {
				words.add(w);
			}
		}
		Set<String> result = Set.copyOf(words);
		if (WORDS.size() < 10_000) {
			WORDS.put(s, result);
		}
		return result;
	}
}
