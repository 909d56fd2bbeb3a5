package org.kinmap.matching;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kinmap.care.NeedDomain;
import org.kinmap.system.BadRequestException;

/**
 * Fuzzes {@link Weights#overriddenBy}, which reads a request's {@code weight.<domain>=<0..10>} parameters. The
 * input is a query string ({@code weight.identity=2&top=5}), split as Spring fills a
 * {@code @RequestParam Map<String, String>}: the first value of each name, no value as "".
 *
 * <p>The contract: the parameters are refused with a BadRequestException (the API's 400, naming the
 * parameter), or give weights that are all finite numbers from 0 to 10, at least one above 0, each
 * {@code weight.<domain>} given taking the value asked for; never another exception.
 */
class WeightsFuzzTests {

	private static final Weights EQUAL = Weights.equal("Every domain weighs 1.");

	private static final Weights ADOPTION = EQUAL.with(NeedDomain.IDENTITY, 0.5, "Adoption: identity weighs 0.5.");

	@FuzzTest(maxDuration = "1m")
	@DictionaryEntries({ "&", "=", "weight.", "weight.views", "weight.health", "weight.education",
			"weight.emotionalBehavioural", "weight.identity", "weight.familyRelationships", "weight.socialPresentation",
			"weight.selfCare", "weight.contact", "top", "excluded", "0", "10", "1e1", "NaN", "Infinity", "-0", "0x1p3", " " })
	void overriddenBy(byte[] query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : new String(query, StandardCharsets.UTF_8).split("&")) {
			int eq = pair.indexOf('=');
			parameters.putIfAbsent(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
		}
		for (Weights base : new Weights[] { EQUAL, ADOPTION }) {
			Weights w;
			try {
				w = base.overriddenBy(parameters);
			}
			catch (BadRequestException refused) {
				if (refused.getMessage() == null || refused.getMessage().isBlank()) {
					throw new AssertionError("A refusal without a message", refused);
				}
				continue;
			}
			boolean someAboveZero = false;
			for (NeedDomain d : NeedDomain.values()) {
				double x = w.of(d);
				if (!Double.isFinite(x) || x < 0 || x > Weights.MAX) {
					throw new AssertionError(d.code() + " weighs " + x + " for " + parameters);
				}
				someAboveZero |= x > 0;
				String asked = parameters.get(Weights.PREFIX + d.code());
				if (asked != null && Double.parseDouble(asked.trim()) != x) {
					throw new AssertionError(d.code() + " weighs " + x + " but " + asked + " was asked for");
				}
			}
			if (!someAboveZero) {
				throw new AssertionError("every domain weighs 0 for " + parameters);
			}
		}
	}
}
