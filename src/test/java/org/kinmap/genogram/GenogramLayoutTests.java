package org.kinmap.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.kinmap.genogram.Family.Member;
import org.kinmap.genogram.Family.MultipleBirth;
import org.kinmap.genogram.Family.ParentLink;
import org.kinmap.genogram.Family.Partnership;
import org.kinmap.genogram.Layout.Placed;

class GenogramLayoutTests {

	static Member m(String id, int year) {
		return new Member(id, LocalDate.of(year, 6, 1));
	}

	static ParentLink birth(String parent, String child) {
		return new ParentLink(parent, child, "birth");
	}

	static Map<String, Placed> byId(Layout layout) {
		return layout.persons().stream().collect(Collectors.toMap(Placed::id, Function.identity()));
	}

	/** Gran and grandad; mum and dad; three children and a half-brother by mum's new partner. */
	static Family nuclear() {
		List<Member> members = List.of(m("gran", 1955), m("grandad", 1953), m("mum", 1985), m("dad", 1983),
				m("newpartner", 1980), m("amy", 2010), m("ben", 2012), m("cal", 2015), m("dev", 2021));
		List<ParentLink> links = List.of(birth("gran", "mum"), birth("grandad", "mum"), birth("mum", "amy"),
				birth("dad", "amy"), birth("mum", "ben"), birth("dad", "ben"), birth("mum", "cal"), birth("dad", "cal"),
				birth("mum", "dev"), birth("newpartner", "dev"));
		List<Partnership> partnerships = List.of(new Partnership("gran", "grandad", "married", "current", "1978"),
				new Partnership("mum", "dad", "married", "divorced", "2008"),
				new Partnership("mum", "newpartner", "cohabiting", "current", "2019"));
		return new Family("ben", members, links, partnerships, List.of(), List.of());
	}

	@Test
	void generationsAreRowsAndChildrenHangOldestFirstUnderTheirParents() {
		Layout layout = GenogramLayout.layout(nuclear());
		Map<String, Placed> at = byId(layout);
		assertThat(at.get("gran").row()).isZero();
		assertThat(at.get("mum").row()).isEqualTo(1);
		assertThat(at.get("dad").row()).isEqualTo(1);
		assertThat(at.get("newpartner").row()).isEqualTo(1);
		assertThat(at.get("amy").row()).isEqualTo(2);
		assertThat(at.get("amy").x()).isLessThan(at.get("ben").x());
		assertThat(at.get("ben").x()).isLessThan(at.get("cal").x());
		// mum stands between her two partners
		double mum = at.get("mum").x();
		assertThat(List.of(at.get("dad").x(), at.get("newpartner").x())).anySatisfy(x -> assertThat(x).isLessThan(mum))
			.anySatisfy(x -> assertThat(x).isGreaterThan(mum));
		// the full siblings' sibship hangs from the middle of mum and dad's line
		var sibship = layout.sibships().stream().filter(s -> s.parents().equals(List.of("dad", "mum"))).findFirst().orElseThrow();
		assertThat(sibship.children()).extracting(Layout.ChildLine::child).containsExactly("amy", "ben", "cal");
		assertThat(sibship.originX()).isEqualTo((at.get("mum").x() + at.get("dad").x()) / 2);
		assertThat(sibship.barX1()).isLessThanOrEqualTo(at.get("amy").x());
		assertThat(sibship.barX2()).isGreaterThanOrEqualTo(at.get("cal").x());
		assertThat(layout.partnerLines()).extracting(Layout.PartnerLine::status)
			.containsExactlyInAnyOrder("current", "divorced", "current");
	}

	@Test
	void twinsHangFromOnePointAndAnAdoptedChildsOtherParentsGetTheirOwnLine() {
		List<Member> members = List.of(m("mum", 1990), m("dad", 1988), m("t1", 2018), m("t2", 2018), m("adopter", 1975));
		List<ParentLink> links = List.of(birth("mum", "t1"), birth("dad", "t1"), birth("mum", "t2"), birth("dad", "t2"),
				new ParentLink("adopter", "t2", "adoptive"));
		Family family = new Family("t1", members, links, List.of(new Partnership("mum", "dad", "cohabiting", "separated", null)),
				List.of(), List.of(new MultipleBirth("mb", "t1"), new MultipleBirth("mb", "t2")));
		Layout layout = GenogramLayout.layout(family);
		var lines = layout.sibships().get(0).children();
		assertThat(lines).extracting(Layout.ChildLine::twinOf).containsOnly("mb");
		assertThat(lines.get(0).fromX()).isEqualTo(lines.get(1).fromX());
		assertThat(layout.extraLinks()).singleElement()
			.satisfies(l -> assertThat(l.parent() + " " + l.type()).isEqualTo("adopter adoptive"));
	}

	@Test
	void twoParentsWithNoPartnershipRecordedStillStandTogether() {
		Family family = new Family("c", List.of(m("p", 1990), m("q", 1991), m("c", 2015)),
				List.of(birth("p", "c"), birth("q", "c")), List.of(), List.of(), List.of());
		Layout layout = GenogramLayout.layout(family);
		assertThat(layout.partnerLines()).singleElement().satisfies(l -> assertThat(l.type()).isEqualTo("unrecorded"));
		Map<String, Placed> at = byId(layout);
		assertThat(Math.abs(at.get("p").x() - at.get("q").x())).isEqualTo(GenogramLayout.SPACING);
	}

	@Test
	void theSameFamilyGivenInAnyOrderGivesTheSameDrawing() {
		Family family = nuclear();
		List<Member> members = new ArrayList<>(family.members());
		List<ParentLink> links = new ArrayList<>(family.parentLinks());
		Collections.shuffle(members, new Random(7));
		Collections.shuffle(links, new Random(7));
		Family shuffled = new Family(family.indexId(), members, links, family.partnerships(), List.of(), List.of());
		assertThat(GenogramLayout.layout(shuffled)).isEqualTo(GenogramLayout.layout(family));
	}

	@RepeatedTest(25)
	void noTwoSymbolsOverlapInRandomFamilies(RepetitionInfo repetition) {
		Family family = randomFamily(new Random(repetition.getCurrentRepetition()), 60 + 10 * repetition.getCurrentRepetition());
		Layout layout = GenogramLayout.layout(family);
		assertThat(layout.persons()).hasSize(family.members().size());
		Map<Integer, List<Placed>> rows = layout.persons().stream().collect(Collectors.groupingBy(Placed::row));
		rows.values().forEach(row -> {
			row.sort(Comparator.comparing(Placed::x));
			for (int i = 1; i < row.size(); i++) {
				assertThat(row.get(i).x() - row.get(i - 1).x()).as("gap between %s and %s", row.get(i - 1).id(), row.get(i).id())
					.isGreaterThanOrEqualTo(GenogramLayout.SPACING - 1e-6);
			}
		});
		layout.sibships().forEach(s -> s.children().forEach(c -> {
			assertThat(c.fromX()).isBetween(s.barX1(), s.barX2());
		}));
		// no two families' children hang from bars that touch
		for (var a : layout.sibships()) {
			for (var b : layout.sibships()) {
				if (a != b && a.barY() == b.barY()) {
					assertThat(a.barX2() < b.barX1() || b.barX2() < a.barX1()).as("bars of %s and %s", a.parents(), b.parents()).isTrue();
				}
			}
		}
	}

	/** Generations of couples, each with children, some re-partnering: the shape of the fixtures, larger. */
	static Family randomFamily(Random random, int size) {
		List<Member> members = new ArrayList<>();
		List<ParentLink> links = new ArrayList<>();
		List<Partnership> partnerships = new ArrayList<>();
		List<String> couplesToExpand = new ArrayList<>();
		members.add(m("p0", 1930));
		members.add(m("p1", 1932));
		partnerships.add(new Partnership("p0", "p1", "married", "current", null));
		couplesToExpand.add("p0|p1|1930");
		int next = 2;
		while (members.size() < size && !couplesToExpand.isEmpty()) {
			String[] couple = couplesToExpand.remove(0).split("\\|");
			int year = Integer.parseInt(couple[2]) + 25;
			int kids = 1 + random.nextInt(4);
			for (int k = 0; k < kids && members.size() < size; k++) {
				String child = "p" + next++;
				members.add(m(child, year + k * 2));
				links.add(birth(couple[0], child));
				links.add(birth(couple[1], child));
				if (random.nextInt(3) > 0 && members.size() < size) {
					String partner = "p" + next++;
					members.add(m(partner, year + k));
					partnerships.add(new Partnership(child, partner, random.nextBoolean() ? "married" : "cohabiting",
							random.nextBoolean() ? "current" : "separated", null));
					couplesToExpand.add(child + "|" + partner + "|" + (year + k));
					if (random.nextInt(4) == 0 && members.size() < size) {
						String second = "p" + next++;
						members.add(m(second, year + k + 3));
						partnerships.add(new Partnership(child, second, "cohabiting", "current", null));
						couplesToExpand.add(child + "|" + second + "|" + (year + k + 5));
					}
				}
			}
		}
		return new Family(members.get(members.size() - 1).id(), members, links, partnerships, List.of(), List.of());
	}
}
