package org.kinmap.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.kinmap.exchange.GedcomReader.Line;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.system.BadRequestException;

/**
 * Turns GEDCOM records into a network document: {@code INDI} with {@code NAME} (or {@code GIVN}/{@code SURN}),
 * {@code SEX}, {@code BIRT}/{@code DEAT} dates; {@code FAM} with {@code HUSB}, {@code WIFE}, {@code CHIL},
 * {@code MARR}, {@code DIV}; the child's {@code FAMC.PEDI} (birth, adopted, foster; sealed and unknown are
 * taken as other). Each person's id is {@code prefix-XREF} and the xref itself ({@code @I115@}) is kept as
 * {@code sourceId}.
 *
 * <p>What the network document cannot take is skipped with its reason, never a failure: a person with no
 * name, a date that cannot be read (the person is kept without it), a link to a record that is not in the
 * file, a third birth parent, a family that would make someone their own ancestor. Whatever the validator
 * still finds (a parent younger than the child, a death before a birth) is removed the same way, record by
 * record, until the document is valid. A person whose cross-reference cannot make an id is skipped; what cannot be
 * repaired (a name too long, a control character in it) refuses the file with those problems.
 */
final class GedcomConverter {

	/** What was turned into the document, and what was skipped and why. */
	record Conversion(NetworkDocument document, List<Skipped> skipped, int individuals, int families) {
	}

	/** A record (or a part of one) left out, with the reason. */
	record Skipped(String record, String reason) {
	}

	private static final Pattern NAME = Pattern.compile("^([^/]*)(?:/([^/]*)/?)?(.*)$");

	private final String prefix;
	private final LocalDate today;
	private final List<Skipped> skipped = new ArrayList<>();

	GedcomConverter(String prefix, LocalDate today) {
		if (prefix == null || !prefix.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
			throw new BadRequestException("Parameter 'prefix' must be 1 to 40 letters, digits, '.', '_' or '-'; it was '"
					+ prefix + "'");
		}
		this.prefix = prefix;
		this.today = today;
	}

	Conversion convert(GedcomReader.Records records) {
		if (records.charsetNote() != null) {
			skipped.add(new Skipped("file", records.charsetNote()));
		}
		if (records.unreadableLines() > 0) {
			skipped.add(new Skipped("file", records.unreadableLines() + " line(s) are not GEDCOM lines and were passed over"));
		}
		Map<String, PersonDoc> persons = new LinkedHashMap<>();
		Map<String, Map<String, String>> pedigree = new HashMap<>();
		int individuals = 0;
		int families = 0;
		for (Line r : records.records()) {
			if (r.tag().equals("INDI") && r.xref() != null) {
				individuals++;
				PersonDoc p = person(r);
				if (p != null) {
					persons.put(r.xref(), p);
					Map<String, String> pedi = new HashMap<>();
					for (Line famc : r.all("FAMC")) {
						pedi.put(famc.value(), famc.value("PEDI"));
					}
					pedigree.put(r.xref(), pedi);
				}
			}
		}
		List<ParentLinkDoc> links = new ArrayList<>();
		List<PartnershipDoc> partnerships = new ArrayList<>();
		Set<String> linked = new HashSet<>();
		Set<String> pairs = new HashSet<>();
		Map<String, Integer> birthParents = new HashMap<>();
		for (Line f : records.records()) {
			if (!f.tag().equals("FAM") || f.xref() == null) {
				continue;
			}
			families++;
			List<String> parents = new ArrayList<>();
			for (String tag : List.of("HUSB", "WIFE")) {
				for (Line l : f.all(tag)) {
					if (persons.containsKey(l.value())) {
						parents.add(l.value());
					}
					else {
						skipped.add(new Skipped(f.xref(), tag + " " + l.value() + " is not a person in the file (or was skipped)"));
					}
				}
			}
			if (parents.size() == 2 && !parents.get(0).equals(parents.get(1))
					&& pairs.add(pairKey(parents.get(0), parents.get(1)))) {
				partnerships.add(partnership(f, id(parents.get(0)), id(parents.get(1))));
			}
			for (Line c : f.all("CHIL")) {
				String child = c.value();
				if (!persons.containsKey(child)) {
					skipped.add(new Skipped(f.xref(), "CHIL " + child + " is not a person in the file (or was skipped)"));
					continue;
				}
				String type = linkType(pedigree.get(child).get(f.xref()));
				for (String parent : parents) {
					if (parent.equals(child) || !linked.add(parent + "\u0000" + child)) {
						continue;
					}
					if (type.equals("birth") && birthParents.merge(child, 1, Integer::sum) > 2) {
						skipped.add(new Skipped(f.xref(), child + " already has two birth parents; " + parent
								+ " is recorded as another parent figure"));
						links.add(new ParentLinkDoc(id(parent), id(child), "other", null, null, null));
						continue;
					}
					links.add(new ParentLinkDoc(id(parent), id(child), type, null, null, null));
				}
			}
		}
		links = withoutCycles(links);
		NetworkDocument doc = new NetworkDocument("GEDCOM import (" + prefix + ")", new ArrayList<>(persons.values()), links,
				partnerships, multipleBirths(records, persons.keySet()), null, null, null, null, null, null, null, null, null);
		return new Conversion(repaired(doc), List.copyOf(skipped), individuals, families);
	}

	private PersonDoc person(Line r) {
		if (!NetworkValidator.ID.matcher(id(r.xref())).matches()) {
			skipped.add(new Skipped(r.xref(), "its cross-reference cannot make a kinmap id (" + prefix + "-XREF may only use "
					+ "letters, digits and . _ : @ -, at most 80 in all)"));
			return null;
		}
		String given = r.child("NAME").map(n -> n.value("GIVN")).orElse(null);
		String family = r.child("NAME").map(n -> n.value("SURN")).orElse(null);
		String full = r.value("NAME");
		if (full != null && (given == null || family == null)) {
			Matcher m = NAME.matcher(full);
			if (m.matches()) {
				String g = (m.group(1) + " " + m.group(3)).trim().replaceAll("\\s+", " ");
				given = given != null ? given : blankToNull(g);
				family = family != null ? family : blankToNull(m.group(2));
			}
		}
		given = blankToNull(given);
		family = blankToNull(family);
		String sex = switch (r.value("SEX") == null ? "" : r.value("SEX").trim().toUpperCase(Locale.ROOT)) {
			case "M" -> "male";
			case "F" -> "female";
			default -> "unknown";
		};
		String born = r.child("BIRT").map(b -> date(r.xref(), "BIRT", b.value("DATE"))).orElse(null);
		boolean deceased = r.child("DEAT").isPresent() || r.child("BURI").isPresent();
		String died = r.child("DEAT").map(d -> date(r.xref(), "DEAT", d.value("DATE"))).orElse(null);
		String sourceId = r.all("REFN").stream().filter(n -> GedcomWriter.SOURCE_ID_TYPE.equalsIgnoreCase(n.value("TYPE")))
			.map(Line::value).filter(v -> !v.isBlank()).findFirst().orElse(r.xref());
		return new PersonDoc(id(r.xref()), sourceId, given, family, null, sex, null, born, deceased ? true : null, died,
				null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * A couple's partnership from their family's events: {@code MARR} is a marriage (a civil partnership when its
	 * {@code TYPE} says civil); an {@code EVEN} typed {@code cohabiting} or {@code partners} is that kind; a family with
	 * neither is a partnership of unknown type (GEDCOM families often record parents who never married, so it is not
	 * "other"). {@code DIV} ends it (divorced, dissolved for a civil partnership or when typed so, separated when they
	 * were not married); an {@code EVEN} typed {@code separation} or {@code widowed} ends it so. The start event's
	 * date is {@code from}, the end event's {@code to}.
	 */
	private PartnershipDoc partnership(Line f, String a, String b) {
		Line marriage = f.child("MARR").orElse(null);
		Line start = marriage;
		String type;
		if (marriage != null) {
			String t = lower(marriage.value("TYPE"));
			type = t.contains("civil") ? "civil_partnership" : "married";
		}
		else {
			start = event(f, GedcomWriter.COHABITING).orElse(event(f, GedcomWriter.PARTNERS).orElse(null));
			type = start == null ? "unknown" : lower(start.value("TYPE")).equals(GedcomWriter.COHABITING) ? "cohabiting" : "other";
		}
		Line end = f.child("DIV").orElse(null);
		String status = "current";
		if (end != null) {
			boolean dissolution = lower(end.value("TYPE")).contains("dissol");
			status = dissolution || type.equals("civil_partnership") ? "dissolved"
					: type.equals("married") ? "divorced" : "separated";
		}
		else if ((end = event(f, GedcomWriter.SEPARATION).orElse(null)) != null) {
			status = "separated";
		}
		else if ((end = event(f, GedcomWriter.WIDOWED).orElse(null)) != null) {
			status = "widowed";
		}
		String from = start == null ? null : date(f.xref(), start.tag(), start.value("DATE"));
		Line ended = end;
		String to = ended == null ? null : date(f.xref(), ended.tag(), ended.value("DATE"));
		return new PartnershipDoc(List.of(a, b), type, status, from, to);
	}

	/** The family's first {@code EVEN} whose {@code TYPE} is {@code type}. */
	private static java.util.Optional<Line> event(Line f, String type) {
		return f.all("EVEN").stream().filter(e -> lower(e.value("TYPE")).equals(type)).findFirst();
	}

	private static String lower(String s) {
		return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Twins and triplets: persons whose {@code _MBIRTH} lines (kinmap's own tag, docs/network-document.md) carry the
	 * same value were born at one birth; {@code 2 TYPE} gives the zygosity (identical, fraternal). The birth's id is
	 * its first member's, {@code PREFIX-XREF-birth}, so the same file gives the same id however the value is spelt.
	 */
	private List<MultipleBirthDoc> multipleBirths(GedcomReader.Records records, Set<String> kept) {
		Map<String, List<String>> members = new LinkedHashMap<>();
		Map<String, String> zygosity = new HashMap<>();
		for (Line r : records.records()) {
			if (!r.tag().equals("INDI") || r.xref() == null || !kept.contains(r.xref())) {
				continue;
			}
			for (Line m : r.all(GedcomWriter.MULTIPLE_BIRTH)) {
				if (m.value().isBlank()) {
					continue;
				}
				members.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(r.xref());
				String z = lower(m.value("TYPE"));
				if (z.equals("identical") || z.equals("fraternal")) {
					zygosity.putIfAbsent(m.value(), z);
				}
			}
		}
		List<MultipleBirthDoc> births = new ArrayList<>();
		members.forEach((key, xrefs) -> {
			List<String> distinct = xrefs.stream().distinct().toList();
			if (distinct.size() < 2) {
				skipped.add(new Skipped(distinct.get(0), GedcomWriter.MULTIPLE_BIRTH + " " + key
						+ " names no other person of the file; no multiple birth is recorded"));
				return;
			}
			births.add(new MultipleBirthDoc(id(distinct.get(0)) + "-birth", distinct.stream().map(this::id).toList(),
					zygosity.getOrDefault(key, "unknown")));
		});
		return births;
	}

	private String date(String xref, String event, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var reading = GedcomDates.read(text);
		if (reading.isEmpty()) {
			skipped.add(new Skipped(xref, event + " date '" + text + "' cannot be read; the date is left out"));
			return null;
		}
		return reading.get().partial();
	}

	private static String linkType(String pedi) {
		if (pedi == null) {
			return "birth";
		}
		return switch (pedi.trim().toLowerCase(Locale.ROOT)) {
			case "birth" -> "birth";
			case "adopted" -> "adoptive";
			case "foster" -> "foster";
			// Not GEDCOM 5.5.1's own values: kinmap writes them for its step-parents and special guardians, and
			// Gramps and others write "step" and "guardian".
			case "step", "stepchild" -> "step";
			case "special_guardian", "guardian" -> "special_guardian";
			default -> "other";
		};
	}

	/** Drops the parent links of any family that would make someone their own ancestor. */
	private List<ParentLinkDoc> withoutCycles(List<ParentLinkDoc> links) {
		Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
		for (ParentLinkDoc l : links) {
			g.addVertex(l.parent());
			g.addVertex(l.child());
			g.addEdge(l.parent(), l.child());
		}
		Set<String> inCycles = new CycleDetector<>(g).findCycles();
		if (inCycles.isEmpty()) {
			return links;
		}
		List<ParentLinkDoc> kept = new ArrayList<>();
		for (ParentLinkDoc l : links) {
			if (inCycles.contains(l.parent()) && inCycles.contains(l.child())) {
				skipped.add(new Skipped(l.child(), "the link to parent " + l.parent() + " would make someone their own ancestor"));
			}
			else {
				kept.add(l);
			}
		}
		return kept;
	}

	/** Removes, problem by problem, whatever the validator still refuses. */
	private NetworkDocument repaired(NetworkDocument doc) {
		for (int round = 0; round < 5; round++) {
			List<DocumentProblem> problems = NetworkValidator.validate(doc, ExistingIds.NONE, today);
			if (problems.isEmpty()) {
				return doc;
			}
			List<PersonDoc> persons = new ArrayList<>(doc.persons());
			Set<Integer> dropLinks = new HashSet<>();
			Set<Integer> dropPartnerships = new HashSet<>();
			Set<Integer> dropBirths = new HashSet<>();
			for (DocumentProblem p : problems) {
				String[] parts = p.pointer().split("/");
				if (parts.length < 3 || !parts[2].matches("\\d+")) {
					throw new InvalidNetworkException(problems);
				}
				int i = Integer.parseInt(parts[2]);
				switch (parts[1]) {
					case "persons" -> {
						PersonDoc d = persons.get(i);
						String field = parts.length > 3 ? parts[3] : "";
						persons.set(i, switch (field) {
							case "birthDate" -> withDates(d, null, d.deathDate());
							case "deathDate" -> withDates(d, d.birthDate(), null);
							default -> throw new InvalidNetworkException(problems);
						});
						skipped.add(new Skipped(d.sourceId(), p.message() + "; the date is left out"));
					}
					case "parentLinks" -> {
						dropLinks.add(i);
						skipped.add(new Skipped(sourceOf(doc.parentLinks().get(i).child()), p.message() + "; the link is left out"));
					}
					case "partnerships" -> {
						dropPartnerships.add(i);
						skipped.add(new Skipped("partnership", p.message() + "; it is left out"));
					}
					case "multipleBirths" -> {
						dropBirths.add(i);
						skipped.add(new Skipped("multiple birth", p.message() + "; it is left out"));
					}
					default -> throw new InvalidNetworkException(problems);
				}
			}
			List<ParentLinkDoc> links = new ArrayList<>();
			for (int i = 0; i < doc.parentLinks().size(); i++) {
				if (!dropLinks.contains(i)) {
					links.add(doc.parentLinks().get(i));
				}
			}
			List<PartnershipDoc> partnerships = new ArrayList<>();
			for (int i = 0; i < doc.partnerships().size(); i++) {
				if (!dropPartnerships.contains(i)) {
					partnerships.add(doc.partnerships().get(i));
				}
			}
			List<MultipleBirthDoc> births = new ArrayList<>();
			for (int i = 0; i < doc.multipleBirths().size(); i++) {
				if (!dropBirths.contains(i)) {
					births.add(doc.multipleBirths().get(i));
				}
			}
			doc = new NetworkDocument(doc.source(), persons, links, partnerships, births, null, null, null, null, null, null,
					null, null, null);
		}
		return doc;
	}

	private static PersonDoc withDates(PersonDoc p, String born, String died) {
		return new PersonDoc(p.id(), p.sourceId(), p.givenName(), p.familyName(), p.alsoKnownAs(), p.sex(), p.gender(), born,
				p.deceased(), died, p.ethnicity(), p.religion(), p.firstLanguage(), p.otherLanguages(), p.postcode(),
				p.latitude(), p.longitude(), p.contactDetails(), p.riskToChildren(), p.riskNote());
	}

	private String id(String xref) {
		return prefix + "-" + xref.replace("@", "");
	}

	private String sourceOf(String id) {
		return "@" + id.substring(prefix.length() + 1) + "@";
	}

	private static String pairKey(String a, String b) {
		return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
