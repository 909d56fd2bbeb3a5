package org.kinmap.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;

/**
 * Writes persons, parent links, partnerships and multiple births as a GEDCOM 5.5.1 file in UTF-8, which
 * {@link GedcomConverter} reads back to the same records (docs/network-document.md, "GEDCOM out").
 *
 * <ul>
 * <li>A person's xref is their {@code sourceId} when that is an xref no one else in the file has ({@code @I115@}), so a
 * tree imported from GEDCOM goes out with its own xrefs and comes back, under the same prefix, to the same ids;
 * otherwise {@code @K1@}, {@code @K2@}, ... with the {@code sourceId} kept in {@code REFN} typed
 * {@value #SOURCE_ID_TYPE}. The kinmap id is in {@code REFN} typed {@value #KINMAP_ID_TYPE}.</li>
 * <li>A partnership is a family of the two partners: married is {@code MARR}, a civil partnership {@code MARR} typed
 * {@code civil partnership}, cohabiting and other an {@code EVEN} typed {@value #COHABITING} or {@value #PARTNERS}, an
 * unknown type no event (or an {@code EVEN} typed {@value #PARTNERSHIP} to carry its date); divorced {@code DIV},
 * dissolved {@code DIV} typed {@code dissolution}, separated and widowed an {@code EVEN} typed so.</li>
 * <li>A child goes into the family of two parents who are partners when both are parents of the same kind; every other
 * parent link is in a family of that parent alone, so that no partnership is made up on the way back.</li>
 * <li>The kind of parent is the child's {@code FAMC.PEDI}: birth, adopted, foster (GEDCOM's values), and step,
 * special_guardian, other (kinmap's, which other programs read as they read any pedigree they do not know).</li>
 * <li>Members of a multiple birth carry {@code 1 _MBIRTH Bn} with {@code 2 TYPE} their zygosity: GEDCOM 5.5.1 has
 * no record for twins, and a tag starting with an underscore is its way of adding one.</li>
 * </ul>
 */
final class GedcomWriter {

	static final String SOURCE_ID_TYPE = "kinmap source id";
	static final String KINMAP_ID_TYPE = "kinmap id";
	static final String MULTIPLE_BIRTH = "_MBIRTH";
	static final String COHABITING = "cohabiting";
	static final String PARTNERS = "partners";
	static final String PARTNERSHIP = "partnership";
	static final String SEPARATION = "separation";
	static final String WIDOWED = "widowed";

	/** An xref GEDCOM 5.5.1 allows and a kinmap id can be made of: letters, digits and _, at most 20. */
	private static final Pattern XREF = Pattern.compile("@[A-Za-z0-9_]{1,20}@");
	private static final String[] MONTHS = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
			"DEC" };

	private final StringBuilder out = new StringBuilder();

	private GedcomWriter() {
	}

	/** The file, with {@code note} (what it holds, without personal data) in its header. */
	static String write(NetworkDocument doc, String note) {
		return new GedcomWriter().file(doc, note);
	}

	private String file(NetworkDocument doc, String note) {
		List<PersonDoc> persons = doc.persons().stream().sorted(Comparator.comparing(PersonDoc::id)).toList();
		Map<String, String> xref = xrefs(persons);
		Map<String, PersonDoc> byId = new HashMap<>();
		persons.forEach(p -> byId.put(p.id(), p));

		// Families: one per partnership, then one per parent for the links no couple's family holds.
		Map<String, Family> couples = new LinkedHashMap<>();
		for (PartnershipDoc p : doc.partnerships().stream()
			.filter(p -> xref.containsKey(p.partners().get(0)) && xref.containsKey(p.partners().get(1)))
			.sorted(Comparator.comparing(p -> NetworkValidator.pairKey(p.partners().get(0), p.partners().get(1))))
			.toList()) {
			couples.put(NetworkValidator.pairKey(p.partners().get(0), p.partners().get(1)),
					new Family(spouses(p.partners(), byId), p));
		}
		Map<String, Family> singles = new TreeMap<>();
		Map<String, List<ParentLinkDoc>> byChild = new TreeMap<>();
		doc.parentLinks().stream().filter(l -> xref.containsKey(l.parent()) && xref.containsKey(l.child()))
			.forEach(l -> byChild.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l));
		for (var entry : byChild.entrySet()) {
			List<ParentLinkDoc> links = new ArrayList<>(entry.getValue());
			links.sort(Comparator.comparing(ParentLinkDoc::parent));
			Set<String> placed = new HashSet<>();
			for (int i = 0; i < links.size(); i++) {
				for (int j = i + 1; j < links.size(); j++) {
					ParentLinkDoc a = links.get(i);
					ParentLinkDoc b = links.get(j);
					Family couple = couples.get(NetworkValidator.pairKey(a.parent(), b.parent()));
					if (couple != null && type(a).equals(type(b)) && !placed.contains(a.parent()) && !placed.contains(b.parent())) {
						couple.children.put(entry.getKey(), type(a));
						placed.add(a.parent());
						placed.add(b.parent());
					}
				}
			}
			for (ParentLinkDoc l : links) {
				if (!placed.contains(l.parent())) {
					singles.computeIfAbsent(l.parent(), p -> new Family(List.of(p), null)).children.put(entry.getKey(), type(l));
				}
			}
		}
		List<Family> families = new ArrayList<>(couples.values());
		families.addAll(singles.values());
		Map<String, List<String>> famc = new HashMap<>();
		Map<String, List<String>> fams = new HashMap<>();
		for (int i = 0; i < families.size(); i++) {
			Family f = families.get(i);
			f.xref = "@F" + (i + 1) + "@";
			f.spouses.forEach(s -> fams.computeIfAbsent(s, k -> new ArrayList<>()).add(f.xref));
			f.children.forEach((child, type) -> famc.computeIfAbsent(child, k -> new ArrayList<>()).add(f.xref + " " + type));
		}
		Map<String, MultipleBirthDoc> births = new HashMap<>();
		Map<String, String> birthKeys = new HashMap<>();
		int b = 0;
		for (MultipleBirthDoc m : doc.multipleBirths().stream().sorted(Comparator.comparing(MultipleBirthDoc::id)).toList()) {
			String key = "B" + (++b);
			m.members().forEach(member -> {
				births.put(member, m);
				birthKeys.put(member, key);
			});
		}

		line(0, "HEAD");
		line(1, "SOUR KINMAP");
		line(2, "NAME kinmap");
		line(1, "SUBM @U1@");
		line(1, "GEDC");
		line(2, "VERS 5.5.1");
		line(2, "FORM LINEAGE-LINKED");
		line(1, "CHAR UTF-8");
		if (note != null) {
			line(1, "NOTE " + text(note));
		}
		line(0, "@U1@ SUBM");
		line(1, "NAME kinmap");
		for (PersonDoc p : persons) {
			person(p, xref, famc.getOrDefault(p.id(), List.of()), fams.getOrDefault(p.id(), List.of()), births.get(p.id()),
					birthKeys.get(p.id()));
		}
		for (Family f : families) {
			family(f, xref, byId);
		}
		line(0, "TRLR");
		return out.toString();
	}

	private void person(PersonDoc p, Map<String, String> xref, List<String> famc, List<String> fams, MultipleBirthDoc birth,
			String birthKey) {
		line(0, xref.get(p.id()) + " INDI");
		if (p.givenName() != null || p.familyName() != null) {
			String given = p.givenName() == null ? "" : text(p.givenName());
			String family = p.familyName() == null ? "" : text(p.familyName());
			line(1, ("NAME " + given + " /" + family + "/").replace("NAME  /", "NAME /"));
			if (p.givenName() != null) {
				line(2, "GIVN " + given);
			}
			if (p.familyName() != null) {
				line(2, "SURN " + family);
			}
		}
		line(1, "SEX " + switch (p.sex() == null ? "" : p.sex().toLowerCase(Locale.ROOT)) {
			case "male" -> "M";
			case "female" -> "F";
			default -> "U";
		});
		if (p.birthDate() != null) {
			line(1, "BIRT");
			line(2, "DATE " + date(p.birthDate()));
		}
		if (p.deathDate() != null) {
			line(1, "DEAT");
			line(2, "DATE " + date(p.deathDate()));
		}
		else if (Boolean.TRUE.equals(p.deceased())) {
			line(1, "DEAT Y");
		}
		if (birth != null) {
			line(1, MULTIPLE_BIRTH + " " + birthKey);
			line(2, "TYPE " + (birth.zygosity() == null ? "unknown" : birth.zygosity()));
		}
		for (String f : famc) {
			String[] parts = f.split(" ", 2);
			line(1, "FAMC " + parts[0]);
			line(2, "PEDI " + parts[1]);
		}
		for (String f : fams) {
			line(1, "FAMS " + f);
		}
		if (p.sourceId() != null && !p.sourceId().equals(xref.get(p.id()))) {
			line(1, "REFN " + text(p.sourceId()));
			line(2, "TYPE " + SOURCE_ID_TYPE);
		}
		line(1, "REFN " + text(p.id()));
		line(2, "TYPE " + KINMAP_ID_TYPE);
	}

	private void family(Family f, Map<String, String> xref, Map<String, PersonDoc> byId) {
		line(0, f.xref + " FAM");
		for (String s : f.spouses) {
			line(1, (isFemale(byId.get(s), f, s, byId) ? "WIFE " : "HUSB ") + xref.get(s));
		}
		for (String child : f.children.keySet()) {
			line(1, "CHIL " + xref.get(child));
		}
		PartnershipDoc p = f.partnership;
		if (p == null) {
			return;
		}
		String type = p.type() == null ? "unknown" : p.type().toLowerCase(Locale.ROOT);
		switch (type) {
			case "married" -> event("MARR", null, p.from());
			case "civil_partnership" -> event("MARR", "civil partnership", p.from());
			case "cohabiting" -> event("EVEN", COHABITING, p.from());
			case "other" -> event("EVEN", PARTNERS, p.from());
			default -> {
				if (p.from() != null) {
					event("EVEN", PARTNERSHIP, p.from());
				}
			}
		}
		switch (p.status() == null ? "current" : p.status().toLowerCase(Locale.ROOT)) {
			case "divorced" -> event("DIV", null, p.to());
			case "dissolved" -> event("DIV", "dissolution", p.to());
			case "separated" -> event("EVEN", SEPARATION, p.to());
			case "widowed" -> event("EVEN", WIDOWED, p.to());
			default -> {
			}
		}
	}

	private void event(String tag, String type, String date) {
		line(1, tag);
		if (type != null) {
			line(2, "TYPE " + type);
		}
		if (date != null) {
			line(2, "DATE " + date(date));
		}
	}

	/**
	 * Female partners are WIFE, male HUSB (two men are both HUSB, two women both WIFE); a partner of unknown sex is
	 * WIFE beside a man and HUSB otherwise.
	 */
	private static boolean isFemale(PersonDoc p, Family f, String id, Map<String, PersonDoc> byId) {
		String sex = sex(p);
		if (!sex.equals("unknown")) {
			return sex.equals("female");
		}
		return f.spouses.stream().filter(o -> !o.equals(id)).anyMatch(o -> sex(byId.get(o)).equals("male"));
	}

	private static String sex(PersonDoc p) {
		return p == null || p.sex() == null ? "unknown" : p.sex().toLowerCase(Locale.ROOT);
	}

	private static List<String> spouses(List<String> partners, Map<String, PersonDoc> byId) {
		List<String> ordered = new ArrayList<>(partners);
		// HUSB before WIFE, as GEDCOM lists them.
		ordered.sort(Comparator.comparing((String id) -> sex(byId.get(id)).equals("female") ? 1 : 0)
			.thenComparing(Comparator.naturalOrder()));
		return ordered;
	}

	private static String type(ParentLinkDoc l) {
		return switch (l.type() == null ? "birth" : l.type().toLowerCase(Locale.ROOT)) {
			case "birth" -> "birth";
			case "adoptive" -> "adopted";
			case "foster" -> "foster";
			case "step" -> "step";
			case "special_guardian" -> "special_guardian";
			default -> "other";
		};
	}

	private static Map<String, String> xrefs(List<PersonDoc> persons) {
		Map<String, String> xref = new HashMap<>();
		Set<String> taken = new HashSet<>();
		for (PersonDoc p : persons) {
			if (p.sourceId() != null && XREF.matcher(p.sourceId()).matches() && taken.add(p.sourceId().toUpperCase(Locale.ROOT))) {
				xref.put(p.id(), p.sourceId());
			}
		}
		int n = 0;
		for (PersonDoc p : persons) {
			if (!xref.containsKey(p.id())) {
				String x;
				do {
					x = "@K" + (++n) + "@";
				}
				while (!taken.add(x.toUpperCase(Locale.ROOT)));
				xref.put(p.id(), x);
			}
		}
		return xref;
	}

	/** kinmap's partial date as GEDCOM writes it: 1958-03-14 is 14 MAR 1958, 1955-06 is JUN 1955. */
	static String date(String partial) {
		String[] parts = partial.split("-");
		return switch (parts.length) {
			case 3 -> Integer.parseInt(parts[2]) + " " + MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
			case 2 -> MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
			default -> parts[0];
		};
	}

	/** A value as GEDCOM writes it: an @ doubled (a line break is written by {@link #line} as CONT). */
	private static String text(String s) {
		return s.replace("@", "@@").replace("\r\n", "\n").replace('\r', '\n');
	}

	/** A line; a value over several lines goes on in CONT lines one level below. */
	private void line(int level, String text) {
		String[] parts = text.split("\n", -1);
		out.append(level).append(' ').append(parts[0]).append('\n');
		for (int i = 1; i < parts.length; i++) {
			out.append(level + 1).append(" CONT ").append(parts[i]).append('\n');
		}
	}

	private static final class Family {
		final List<String> spouses;
		final PartnershipDoc partnership;
		final Map<String, String> children = new LinkedHashMap<>();
		String xref;

		Family(List<String> spouses, PartnershipDoc partnership) {
			this.spouses = spouses;
			this.partnership = partnership;
		}
	}
}
