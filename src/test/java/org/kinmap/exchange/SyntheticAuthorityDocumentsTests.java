package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinmap.bench.SyntheticAuthority;

/**
 * The benchmarks' synthetic authority is only worth measuring if kinmap would accept it: every document it writes
 * passes the import validator (given the persons and households of the documents before it), and it has the
 * shape the performance issue asks for.
 */
class SyntheticAuthorityDocumentsTests {

	@Test
	void everyDocumentIsValidAndTheAuthorityHasTheAskedShape() {
		Set<String> persons = new HashSet<>();
		Set<String> households = new HashSet<>();
		List<String> problems = new ArrayList<>();
		ExistingIds existing = new ExistingIds() {
			@Override
			public Set<String> persons(Collection<String> ids) {
				return ids.stream().filter(persons::contains).collect(Collectors.toSet());
			}

			@Override
			public Set<String> households(Collection<String> ids) {
				return ids.stream().filter(households::contains).collect(Collectors.toSet());
			}
		};
		int[] placements = { 0 };
		SyntheticAuthority.Summary summary = new SyntheticAuthority(30_000, 11, 200).write(40, doc -> {
			NetworkValidator.validate(doc, existing, LocalDate.of(2026, 11, 22))
				.forEach(p -> problems.add(doc.source() + " " + p.pointer() + ": " + p.message()));
			doc.persons().forEach(p -> persons.add(p.id()));
			doc.households().forEach(h -> households.add(h.id()));
			placements[0] += doc.placements().size();
		});

		assertThat(problems).isEmpty();
		assertThat(summary.persons()).isEqualTo(persons.size());
		assertThat(summary.familyPersons()).isBetween(30_000, 30_300);
		assertThat(summary.households()).isEqualTo(households.size()).isEqualTo(300);
		// About one person in fifty is a looked-after child; sibling groups are placed together where a home has room.
		assertThat(summary.childrenInCare()).isBetween(550, 650).isEqualTo(summary.childrenInCareIds().size());
		assertThat(summary.placedTogether()).isPositive();
		assertThat(summary.splitGroups()).isPositive();
		assertThat(placements[0]).isGreaterThan(summary.childrenInCare());
	}

	@Test
	void theSameSeedGivesTheSameAuthority() {
		List<String> first = new ArrayList<>();
		List<String> second = new ArrayList<>();
		new SyntheticAuthority(5_000, 3, 50).write(10, doc -> doc.persons().forEach(p -> first.add(p.id() + p.birthDate())));
		new SyntheticAuthority(5_000, 3, 50).write(10, doc -> doc.persons().forEach(p -> second.add(p.id() + p.birthDate())));
		assertThat(first).isEqualTo(second).hasSizeGreaterThan(5_000);
	}
}
