package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.IDENTITY;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kinmap.care.NeedDomain;

/**
 * Identity: the child's languages (first language above all), religion and ethnicity against the household's.
 * Cultural needs are listed for the meeting. How much this domain counts depends on the plan (see {@link Weights}).
 */
final class IdentityCriterion implements DomainCriterion {

	@Override
	public NeedDomain domain() {
		return IDENTITY;
	}

	@Override
	public DomainScore score(ChildProfile child, HouseholdProfile household) {
		Evidence e = new Evidence(IDENTITY);
		String name = child.givenName();
		Needs needs = child.needs();
		Set<String> carerLanguages = new LinkedHashSet<>();
		household.languages().forEach(l -> carerLanguages.add(l.toLowerCase(Locale.ROOT)));
		String first = child.firstLanguage();
		List<String> others = new ArrayList<>(child.otherLanguages());
		List<String> recorded = needs.list(IDENTITY, "languages");
		if (recorded != null) {
			if (first == null && !recorded.isEmpty()) {
				first = recorded.get(0);
			}
			others.addAll(recorded);
		}
		if (first == null) {
			e.unknown(name + "'s first language.");
		}
		else if (household.languages().isEmpty()) {
			e.unknown("the languages the carer speaks.");
		}
		else if (carerLanguages.contains(first.toLowerCase(Locale.ROOT))) {
			e.known(100, 2, "Carer speaks " + first + ", " + name + "'s first language.");
		}
		else {
			String shared = others.stream().filter(l -> carerLanguages.contains(l.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
			e.known(shared == null ? 20 : 60, 2, "Carer does not speak " + first + ", " + name + "'s first language"
					+ (shared == null ? "." : "; they share " + shared + "."));
		}
		String religion = needs.text(IDENTITY, "religion") != null ? needs.text(IDENTITY, "religion") : child.religion();
		if (religion == null) {
			e.unknown(name + "'s religion.");
		}
		else if (household.religion() == null) {
			e.unknown("the carer's religion (" + name + " is " + religion + ").");
		}
		else {
			Similarity s = similarity(religion, household.religion());
			e.known(s.score, "Carer is " + household.religion() + "; " + name + " is " + religion + s.suffix);
		}
		String ethnicity = needs.text(IDENTITY, "ethnicity") != null ? needs.text(IDENTITY, "ethnicity") : child.ethnicity();
		if (ethnicity == null) {
			e.unknown(name + "'s ethnicity.");
		}
		else if (household.ethnicity() == null) {
			e.unknown("the carer's ethnicity.");
		}
		else {
			Similarity s = similarity(ethnicity, household.ethnicity());
			e.known(s.score, "Carer is " + household.ethnicity() + "; " + name + " is " + ethnicity + s.suffix);
		}
		List<String> cultural = needs.list(IDENTITY, "culturalNeeds");
		if (cultural != null && !cultural.isEmpty()) {
			e.note(name + "'s cultural needs, for the support plan: " + String.join("; ", cultural) + ".");
		}
		return e.result();
	}

	private record Similarity(int score, String suffix) {
	}

	/** The same (100), sharing a main word such as "Christian" or "Pakistani" (75), or different (40). */
	private static Similarity similarity(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT).trim();
		String y = b.toLowerCase(Locale.ROOT).trim();
		if (x.equals(y)) {
			return new Similarity(100, ": the same.");
		}
		Set<String> wx = words(x);
		wx.retainAll(words(y));
		if (!wx.isEmpty()) {
			return new Similarity(75, ": close.");
		}
		return new Similarity(40, ": different (support to keep " + a + " heritage and practice alive).");
	}

	private static Set<String> words(String s) {
		Set<String> words = new LinkedHashSet<>();
		for (String w : s.split("[^\\p{L}]+")) {
			if (w.length() > 3 && !Set.of("british", "other", "mixed", "white", "church", "england").contains(w)) {
				words.add(w);
			}
		}
		return words;
	}
}
