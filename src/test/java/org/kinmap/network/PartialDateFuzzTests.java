package org.kinmap.network;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link PartialDate#parse}. The contract: any text is either not a date (empty) or a date whose text is the
 * trimmed input and whose span is sound (earliest not after latest, the estimate inside it, an age computable);
 * never an exception.
 */
class PartialDateFuzzTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@FuzzTest(maxDuration = "1m")
	@DictionaryEntries({ "-", "-02", "-29", "-31", "-12", "-13", "-00", "0000", "1950", "9999", " " })
	void parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		Optional<PartialDate> parsed = PartialDate.parse(text);
		if (parsed.isEmpty()) {
			return;
		}
		PartialDate d = parsed.get();
		if (!d.text().equals(text.trim())) {
			throw new AssertionError("'" + text + "' was kept as '" + d.text() + "'");
		}
		if (d.earliest().isAfter(d.latest())) {
			throw new AssertionError("'" + text + "' starts after it ends: " + d);
		}
		LocalDate estimate = d.estimate();
		if (estimate.isBefore(d.earliest()) || estimate.isAfter(d.latest())) {
			throw new AssertionError("the estimate of '" + text + "' is outside its span: " + estimate);
		}
		d.ageOn(TODAY);
	}
}
