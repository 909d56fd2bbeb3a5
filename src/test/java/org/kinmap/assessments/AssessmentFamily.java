package org.kinmap.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A fictional family for the assessment tests, with ids of their own under a prefix so that each test class has its
 * own people: the Pryors. Margaret and Ken Pryor have a daughter Lisa, the mother of two children in care, Mia (born
 * 2019) and Leo (born 2021), and {@code relatives} further children, Lisa's brothers and sisters: the children's
 * aunts and uncles, close relatives who have not been assessed.
 */
public final class AssessmentFamily {

	private AssessmentFamily() {
	}

	/** Mia, in care. */
	public static String mia(String prefix) {
		return prefix + "-mia";
	}

	/** Leo, in care. */
	public static String leo(String prefix) {
		return prefix + "-leo";
	}

	/** The n-th aunt or uncle (1 to {@code relatives}). */
	public static String relative(String prefix, int n) {
		return prefix + "-rel-" + n;
	}

	public static String document(String prefix, int relatives) throws JsonProcessingException {
		List<Map<String, Object>> persons = new ArrayList<>(List.of(
				person(prefix + "-margaret", "Margaret", "female", "1961-05-02"),
				person(prefix + "-ken", "Ken", "male", "1959-09-14"),
				person(prefix + "-lisa", "Lisa", "female", "1990-02-11"),
				person(mia(prefix), "Mia", "female", "2019-06-30"),
				person(leo(prefix), "Leo", "male", "2021-03-08")));
		List<Map<String, Object>> links = new ArrayList<>(List.of(
				birth(prefix + "-margaret", prefix + "-lisa"), birth(prefix + "-ken", prefix + "-lisa"),
				birth(prefix + "-lisa", mia(prefix)), birth(prefix + "-lisa", leo(prefix))));
		for (int n = 1; n <= relatives; n++) {
			persons.add(person(relative(prefix, n), (n % 2 == 0 ? "Steven" : "Joanne") + " " + n,
					n % 2 == 0 ? "male" : "female", (1984 + n % 6) + "-01-15"));
			links.add(birth(prefix + "-margaret", relative(prefix, n)));
			links.add(birth(prefix + "-ken", relative(prefix, n)));
		}
		Map<String, Object> doc = Map.of("source", "kinmap tests: the (fictional) Pryor family, for assessments",
				"persons", persons, "parentLinks", links,
				"children", List.of(
						Map.of("child", mia(prefix), "legalStatus", "C2", "lookedAfterSince", "2026-06-01",
								"permanencePlan", "connected_person_sgo"),
						Map.of("child", leo(prefix), "legalStatus", "C2", "lookedAfterSince", "2026-06-01",
								"permanencePlan", "connected_person_sgo")));
		return new ObjectMapper().writeValueAsString(doc);
	}

	private static Map<String, Object> person(String id, String given, String sex, String born) {
		return Map.of("id", id, "givenName", given, "familyName", "Pryor", "sex", sex, "birthDate", born,
				"postcode", "KM7 4PR");
	}

	private static Map<String, Object> birth(String parent, String child) {
		return Map.of("parent", parent, "child", child, "type", "birth");
	}
}
