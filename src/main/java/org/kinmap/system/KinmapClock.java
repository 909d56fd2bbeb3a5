package org.kinmap.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every time limit is measured by. {@code kinmap.today} (e.g. {@code 2026-11-22}) pins "today",
 * so that the fixtures' expected answers (a Reg 24 approval expiring within four weeks) hold in tests and
 * demonstrations whatever the calendar says.
 */
@Configuration(proxyBeanMethods = false)
class KinmapClock {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Bean
	Clock clock(@Value("${kinmap.today:}") Optional<String> today) {
		return today.filter(s -> !s.isBlank())
			.map(s -> Clock.fixed(LocalDate.parse(s).atTime(12, 0).atZone(LONDON).toInstant(), LONDON))
			.orElseGet(() -> Clock.system(LONDON));
	}
}
