package org.kinmap.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** England's working-day calendar: weekends, the listed bank holidays, and the standing rules beyond the list. */
class WorkingDaysTests {

	private final WorkingDays england = WorkingDays.england();

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void theListCovers2020To2030() {
		assertThat(england.firstListedYear()).isEqualTo(2020);
		assertThat(england.lastListedYear()).isEqualTo(2030);
	}

	@Test
	void weekendsAndBankHolidaysAreNotWorkingDays() {
		assertThat(england.isWorkingDay(d("2026-11-21"))).as("a Saturday").isFalse();
		assertThat(england.isWorkingDay(d("2026-11-22"))).as("a Sunday").isFalse();
		assertThat(england.isWorkingDay(d("2026-11-23"))).as("a Monday").isTrue();
		assertThat(england.isWorkingDay(d("2026-04-03"))).as("Good Friday 2026").isFalse();
		assertThat(england.isWorkingDay(d("2026-04-06"))).as("Easter Monday 2026").isFalse();
		assertThat(england.isWorkingDay(d("2026-12-28"))).as("Boxing Day 2026 moved to Monday").isFalse();
		assertThat(england.isWorkingDay(d("2026-12-24"))).as("Christmas Eve is worked").isTrue();
	}

	@Test
	void oneOffHolidaysComeFromTheList() {
		assertThat(england.isBankHoliday(d("2022-09-19"))).as("the State Funeral").isTrue();
		assertThat(england.isBankHoliday(d("2023-05-08"))).as("the Coronation").isTrue();
		assertThat(england.isBankHoliday(d("2022-06-03"))).as("the Platinum Jubilee").isTrue();
		assertThat(england.isBankHoliday(d("2022-05-30"))).as("the spring holiday moved to 2 June in 2022").isFalse();
		assertThat(england.isBankHoliday(d("2020-05-04"))).as("VE Day moved the early May holiday in 2020").isFalse();
		assertThat(england.isBankHoliday(d("2020-05-08"))).isTrue();
	}

	@Test
	void twentyWorkingDaysAcrossEaster() {
		// Looked after on Thursday 26 March 2026: Good Friday 3 April and Easter Monday 6 April are not counted.
		assertThat(england.plusWorkingDays(d("2026-03-26"), 20)).isEqualTo(d("2026-04-27"));
	}

	@Test
	void twentyWorkingDaysAcrossChristmas() {
		// 25 and 28 December 2026 (Boxing Day on a Saturday moves to Monday) and 1 January 2027.
		assertThat(england.plusWorkingDays(d("2026-12-14"), 20)).isEqualTo(d("2027-01-14"));
	}

	@Test
	void fromAFridayTheFirstWorkingDayIsMonday() {
		assertThat(england.plusWorkingDays(d("2026-11-20"), 1)).isEqualTo(d("2026-11-23"));
		assertThat(england.plusWorkingDays(d("2026-11-20"), 0)).isEqualTo(d("2026-11-20"));
		assertThatThrownBy(() -> england.plusWorkingDays(d("2026-11-20"), -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void leapDayIsAnOrdinaryWorkingDay() {
		assertThat(england.isWorkingDay(d("2028-02-29"))).as("Tuesday 29 February 2028").isTrue();
		assertThat(england.plusWorkingDays(d("2028-02-28"), 2)).isEqualTo(d("2028-03-01"));
	}

	@Test
	void easterSundaysAgreeWithPublishedDates() {
		assertThat(WorkingDays.easterSunday(2024)).isEqualTo(d("2024-03-31"));
		assertThat(WorkingDays.easterSunday(2025)).isEqualTo(d("2025-04-20"));
		assertThat(WorkingDays.easterSunday(2026)).isEqualTo(d("2026-04-05"));
		assertThat(WorkingDays.easterSunday(2038)).isEqualTo(d("2038-04-25"));
	}

	/** Years with no one-off holiday: the data file must agree with the standing rules exactly. */
	@ParameterizedTest
	@ValueSource(ints = { 2021, 2024, 2025, 2026, 2027, 2028, 2029, 2030 })
	void theListAgreesWithTheStandingRulesInOrdinaryYears(int year) {
		Set<LocalDate> listed = WorkingDays.read(WorkingDays.RESOURCE).stream().filter(x -> x.getYear() == year)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(listed).containsExactlyElementsOf(WorkingDays.standingRules(year));
	}

	@Test
	void beyondTheListTheStandingRulesApply() {
		assertThat(england.isBankHoliday(d("2031-04-11"))).as("Good Friday 2031").isTrue();
		assertThat(england.isBankHoliday(d("2031-12-26"))).as("Boxing Day 2031, a Friday").isTrue();
		assertThat(england.isWorkingDay(d("2031-12-29"))).isTrue();
		assertThat(WorkingDays.standingRules(2032)).contains(d("2032-12-27"), d("2032-12-28"))
			.as("Christmas on a Saturday and Boxing Day on a Sunday move to Monday and Tuesday");
	}
}
