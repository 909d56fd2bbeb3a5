package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.network.LatLong;

/** The authority's postcode file: read by its column names, looked up in any spelling, never guessed. */
class PostcodeDirectoryTests {

	static PostcodeDirectory directory() throws IOException {
		return new PostcodeDirectory("classpath:postcodes/xc-postcodes.csv");
	}

	@Test
	void readsTheOnsColumnsInAnyOrderAndFindsAPostcodeHoweverItIsSpelt() throws IOException {
		PostcodeDirectory d = directory();
		assertThat(d.configured()).isTrue();
		assertThat(d.lookup("XC1 1AA")).hasValueSatisfying(p -> {
			assertThat(p.latitude()).isCloseTo(53.4012, org.assertj.core.data.Offset.offset(1e-5));
			assertThat(p.longitude()).isCloseTo(-2.9011, org.assertj.core.data.Offset.offset(1e-5));
		});
		assertThat(d.lookup("xc11aa")).isEqualTo(d.lookup("XC1 1AA"));
		assertThat(d.lookup(" xc1  1ab ")).isPresent();
		assertThat(d.lookup("XC2 9QQ")).as("a terminated postcode was a real place").isPresent();
	}

	@Test
	void anUnknownOrMalformedPostcodeIsUnknownAndTheOnsNoPlaceMarkIsNotAPlace() throws IOException {
		PostcodeDirectory d = directory();
		assertThat(d.lookup("XC1 1AC")).isEmpty();
		assertThat(d.lookup("XC9 9ZZ")).as("latitude 99.999999 means no grid reference").isEmpty();
		assertThat(d.lookup("")).isEmpty();
		assertThat(d.lookup(null)).isEmpty();
		assertThat(d.lookup("XC1-1AA")).isEmpty();
		assertThat(d.lookup("ABCDEFGHIJ")).isEmpty();
		assertThat(d.size()).isEqualTo(4);
	}

	@Test
	void aPostcodeListedTwiceKeepsItsLastRowAndBadNumbersAreLeftOut() throws IOException {
		PostcodeDirectory d = PostcodeDirectory.of(new StringReader("""
				pcds,lat,long
				XC3 1AA,50.0,-1.0
				XC3 1AA,51.0,-1.5
				XC3 1AB,NaN,-1.0
				XC3 1AC,1e308,-1.0
				XC3 1AD,50.5,
				XC3 1AE,50.5,-200
				"""));
		assertThat(d.lookup("XC3 1AA")).hasValue(new LatLong(51.0, -1.5));
		assertThat(d.size()).isEqualTo(1);
	}

	@Test
	void keysKeepTheOrderOfPostcodesSoThatBinarySearchWorks() {
		assertThat(PostcodeDirectory.key("A1")).isPresent();
		assertThat(PostcodeDirectory.key("ZZ99 9ZZ").get()).isGreaterThan(PostcodeDirectory.key("AA1 1AA").get());
		assertThat(PostcodeDirectory.key("XC1 1AB").get()).isGreaterThan(PostcodeDirectory.key("XC1 1AA").get());
		assertThat(PostcodeDirectory.key("XC11AA")).isEqualTo(PostcodeDirectory.key("xc1 1aa"));
	}

	@Test
	void aFileWithoutTheColumnsOrMissingIsRefusedAtStartUp() {
		assertThatThrownBy(() -> PostcodeDirectory.of(new StringReader("postcode,latitude,longitude\nXC1 1AA,53,-2\n")))
			.hasMessageContaining("no column 'pcds'");
		assertThatThrownBy(() -> new PostcodeDirectory("/nonexistent/xc-postcodes.csv")).hasMessageContaining("does not exist");
	}

	@Test
	void noFileConfiguredKnowsNoPostcode() throws IOException {
		PostcodeDirectory none = new PostcodeDirectory("");
		assertThat(none.configured()).isFalse();
		assertThat(none.lookup("XC1 1AA")).isEmpty();
	}

	@Test
	void importsFillOnlyMissingCoordinatesAndWarnAboutUnknownPostcodes() throws IOException {
		NetworkDocument doc = new NetworkDocument("t", List.of(
				person("xc-a", "XC1 1AA", null, null),
				person("xc-b", "XC1 1AB", 52.0, -1.0),
				person("xc-c", "XC7 7XX", null, null),
				person("xc-d", null, null, null)), null, null, null, null, null, null,
				List.of(new HouseholdDoc("xc-h", "Home", "xc1 2bd", null, null, null, null)), null, null, null, null, null);
		PostcodePlaces.Placed placed = PostcodePlaces.place(doc, directory());
		List<PersonDoc> p = placed.document().persons();
		assertThat(p.get(0).latitude()).isCloseTo(53.4012, org.assertj.core.data.Offset.offset(1e-5));
		assertThat(p.get(1).latitude()).as("coordinates sent are kept").isEqualTo(52.0);
		assertThat(p.get(2).latitude()).as("never guessed").isNull();
		assertThat(p.get(3).latitude()).isNull();
		assertThat(placed.document().households().get(0).latitude()).isCloseTo(53.455, org.assertj.core.data.Offset.offset(1e-5));
		assertThat(placed.warnings()).extracting(DocumentProblem::pointer).containsExactly("/persons/2/postcode");
		assertThat(placed.warnings().get(0).message()).contains("XC7 7XX is not in the postcode directory");

		PostcodePlaces.Placed none = PostcodePlaces.place(doc, new PostcodeDirectory(""));
		assertThat(none.document().persons().get(0).latitude()).isNull();
		assertThat(none.warnings()).extracting(DocumentProblem::pointer)
			.containsExactly("/persons/0/postcode", "/persons/2/postcode", "/households/0/postcode");
		assertThat(none.warnings().get(0).message()).contains("no postcode directory is configured");
	}

	private static PersonDoc person(String id, String postcode, Double lat, Double lon) {
		return new PersonDoc(id, null, "A", "B", null, null, null, null, null, null, null, null, null, null, postcode, lat, lon,
				null, null, null);
	}
}
