package org.kinmap.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTests {

	@Test
	void readsYearsMonthsAndDays() {
		assertThat(PartialDate.parse("1950")).get()
			.satisfies(d -> {
				assertThat(d.earliest()).isEqualTo(LocalDate.of(1950, 1, 1));
				assertThat(d.latest()).isEqualTo(LocalDate.of(1950, 12, 31));
			});
		assertThat(PartialDate.parse("1984-02").get().latest()).isEqualTo(LocalDate.of(1984, 2, 29));
		assertThat(PartialDate.parse("2016-05-04").get().estimate()).isEqualTo(LocalDate.of(2016, 5, 4));
	}

	@Test
	void refusesWhatIsNotADate() {
		assertThat(PartialDate.parse("ABT 1850")).isEmpty();
		assertThat(PartialDate.parse("2019-02-30")).isEmpty();
		assertThat(PartialDate.parse("2019-13")).isEmpty();
		assertThat(PartialDate.parse(null)).isEmpty();
	}

	@Test
	void agesCountFromTheMiddleOfAPartialDate() {
		assertThat(PartialDate.parse("1958").get().ageOn(LocalDate.of(2026, 11, 22))).isEqualTo(68);
	}
}
