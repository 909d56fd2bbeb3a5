package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading a member's situation from a row of {@code siblings/members}, without a database. */
class SiblingGraphTests {

	static Map<String, Object> person(String id, String born) {
		return Map.of("id", id, "givenName", Families.name(id), "familyName", "Hale", "birthDateEstimate", LocalDate.parse(born));
	}

	static Map<String, Object> household(String id, boolean carer) {
		return Map.of("id", id, "name", Families.name(id), "postcode", "KM1 1AA", "latitude", 53.4, "longitude", -2.9,
				"carer", carer);
	}

	static Map<String, Object> placement(String id, String householdId, String type, String start, String end) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("type", type);
		p.put("start", LocalDate.parse(start));
		p.put("end", end == null ? null : LocalDate.parse(end));
		p.put("household", householdId == null ? null : household(householdId, true));
		p.put("provider", householdId == null ? "Brook House" : null);
		return p;
	}

	static Map<String, Object> row(Map<String, Object> person, Map<String, Object> care, List<Map<String, Object>> placements,
			List<Map<String, Object>> households, List<String> parentTypes) {
		Map<String, Object> row = new HashMap<>();
		row.put("person", person);
		row.put("care", care);
		row.put("placements", placements);
		row.put("households", households);
		row.put("parentTypes", parentTypes);
		return row;
	}

	static final Map<String, Object> IN_CARE = Map.of("legalStatus", "C2", "lookedAfterSince", LocalDate.of(2024, 1, 10));

	@Test
	void aNewPlacementWithTheSameCarersIsNotAMove() {
		Member m = SiblingGraph.member(row(person("tia", "2020-08-01"), IN_CARE,
				List.of(placement("p1", "ash", "U6", "2024-01-10", "2024-06-30"), placement("p2", "elm", "U6", "2024-06-30", "2025-02-01"),
						placement("p3", "elm", "U4", "2025-02-01", null)),
				List.of(), List.of("birth")), Families.TODAY);
		assertThat(m.living()).isEqualTo(Living.CARER_HOUSEHOLD);
		assertThat(m.home().householdId()).isEqualTo("elm");
		assertThat(m.arrivedOn()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(m.age()).isEqualTo(6);
		assertThat(m.stays()).hasSize(3);
	}

	@Test
	void whereAMemberLivesFollowsCareRecordPlacementAndHousehold() {
		Member residential = SiblingGraph.member(row(person("jay", "2010-01-01"), IN_CARE,
				List.of(placement("p1", null, "K2", "2025-01-01", null)), List.of(), List.of()), Families.TODAY);
		assertThat(residential.living()).isEqualTo(Living.RESIDENTIAL);
		assertThat(residential.home().key()).isEqualTo("provider:Brook House");

		Map<String, Object> ceased = Map.of("legalStatus", "E1", "ceasedOn", LocalDate.of(2023, 5, 1), "ceasedReason", "adopted");
		Member adopted = SiblingGraph.member(row(person("leah", "2019-01-01"), ceased,
				List.of(placement("p1", "oak", "A6", "2022-01-01", "2023-05-01")), List.of(), List.of("birth")), Families.TODAY);
		assertThat(adopted.living()).isEqualTo(Living.ADOPTED);
		assertThat(adopted.home().key()).isEqualTo("adopted:leah");
		assertThat(adopted.countsForWiderSplit()).isTrue();
		assertThat(adopted.countsForSplit()).isFalse();

		Member atHome = SiblingGraph.member(row(person("kai", "2014-01-01"), null, List.of(),
				List.of(Map.of("role", "child", "from", "2014", "household", household("mums", false))), List.of("birth")),
				Families.TODAY);
		assertThat(atHome.living()).isEqualTo(Living.AT_HOME);
		assertThat(atHome.stays()).containsExactly(new Member.Stay("mums", LocalDate.of(2014, 1, 1), null));

		Member adult = SiblingGraph.member(row(person("joe", "2000-01-01"), null, List.of(), List.of(), List.of("birth")),
				Families.TODAY);
		assertThat(adult.living()).isEqualTo(Living.NOT_RECORDED);
		assertThat(adult.child()).isFalse();
	}
}
