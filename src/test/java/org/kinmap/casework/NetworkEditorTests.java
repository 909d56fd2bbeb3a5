package org.kinmap.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.network.SiblingLinkType;

/** How the editor turns a card's details into the stored fields and the history's changes (no database). */
class NetworkEditorTests {

	@Test
	void aHalfSiblingIsHalfThroughTheSharedParentsSex() {
		var anchor = new NetworkEditor.PersonState(Map.of(), List.of(),
				List.of(Map.of("id", "m", "sex", "female"), Map.of("id", "f", "sex", "male"), Map.of("id", "u")), List.of(),
				List.of(), null);
		assertThat(NetworkEditor.halfThrough("m", anchor)).isEqualTo(SiblingLinkType.HALF_MATERNAL);
		assertThat(NetworkEditor.halfThrough("f", anchor)).isEqualTo(SiblingLinkType.HALF_PATERNAL);
		assertThat(NetworkEditor.halfThrough("u", anchor)).isEqualTo(SiblingLinkType.HALF_UNKNOWN);
		assertThat(NetworkEditor.halfThrough(null, anchor)).isEqualTo(SiblingLinkType.HALF_UNKNOWN);
	}

	@Test
	void detailsAreStoredAsTheImportStoresThemKeepingWhatTheCardDoesNotEdit() {
		PersonDetails details = new PersonDetails(" Kerensa ", "Pellow", List.of(" Kerry ", ""), "FEMALE", "1992-04", null,
				"2020", " TR1 2AB ", new PersonDetails.Contact(" 01736 ", "", null), null, null, null, null);
		var doc = NetworkEditor.personDoc("p-1", details, Map.of("sourceId", "src-9", "riskToChildren", true, "riskNote", "r"));
		Map<String, Object> props = NetworkEditor.personProps(doc);
		assertThat(props).containsEntry("givenName", "Kerensa").containsEntry("alsoKnownAs", List.of("Kerry"))
			.containsEntry("sex", "female").containsEntry("birthDate", "1992-04")
			.containsEntry("birthDateEstimate", LocalDate.of(1992, 4, 15)).containsEntry("deceased", true)
			.containsEntry("postcode", "TR1 2AB").containsEntry("phone", "01736").containsEntry("sourceId", "src-9")
			.containsEntry("riskToChildren", true).containsEntry("riskNote", "r").doesNotContainKeys("email", "ethnicity");
	}

	@Test
	void theHistoryListsEachFieldThatChangedFromWhatToWhat() {
		var fields = NetworkEditor.fields(Map.of("postcode", "A", "alsoKnownAs", List.of("x", "y"), "phone", "1"),
				NetworkEditor.map("postcode", "B", "alsoKnownAs", List.of("x", "y"), "phone", null, "email", "e@x",
						"birthDateEstimate", LocalDate.of(2000, 1, 1)));
		assertThat(fields).containsExactly(new Answers.FieldChange("postcode", "A", "B"),
				new Answers.FieldChange("phone", "1", ""), new Answers.FieldChange("email", "", "e@x"));
	}
}
