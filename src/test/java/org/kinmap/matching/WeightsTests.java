package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinmap.matching.Examples.child;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.care.NeedDomain;
import org.kinmap.care.PermanencePlan;
import org.kinmap.system.BadRequestException;

class WeightsTests {

	@Test
	void adoptionWeighsIdentityLess() {
		Weights w = Weights.defaultsFor(child("Aisha").plan(PermanencePlan.ADOPTION).placing());
		assertThat(w.of(NeedDomain.IDENTITY)).isEqualTo(0.5);
		assertThat(w.of(NeedDomain.HEALTH)).isEqualTo(1.0);
		assertThat(w.basis()).startsWith("Adoption: identity weighs 0.5");
	}

	@Test
	void longTermFosteringWithStrongFamilyLinksWeighsContactAndFamilyMore() {
		Weights linked = Weights.defaultsFor(child("Aisha").sibling("Sami", "brother", "h", null).placing());
		assertThat(linked.of(NeedDomain.CONTACT)).isEqualTo(1.5);
		assertThat(linked.of(NeedDomain.FAMILY_RELATIONSHIPS)).isEqualTo(1.5);
		assertThat(linked.of(NeedDomain.IDENTITY)).isEqualTo(1.0);
		Weights alone = Weights.defaultsFor(child("Aisha").placing());
		assertThat(alone.values().values()).containsOnly(1.0);
		assertThat(alone.basis()).isEqualTo("Every domain weighs 1 for a plan of long-term fostering.");
	}

	@Test
	void aRequestOverridesAWeightAndSaysSo() {
		Weights w = Weights.defaultsFor(child("Aisha").placing()).overriddenBy(Map.of("weight.identity", "2", "top", "5"));
		assertThat(w.of(NeedDomain.IDENTITY)).isEqualTo(2.0);
		assertThat(w.basis()).endsWith("Changed for this request: identity 2.0.");
		assertThat(w.byCode()).containsKeys("views", "contact").hasSize(9);
	}

	@Test
	void badWeightsAreRefusedWithTheReason() {
		Weights w = Weights.defaultsFor(child("Aisha").placing());
		assertThatThrownBy(() -> w.overriddenBy(Map.of("weight.looks", "1"))).isInstanceOf(BadRequestException.class)
			.hasMessageStartingWith("Parameter 'weight.looks' names no matching domain; the domains are views, health");
		assertThatThrownBy(() -> w.overriddenBy(Map.of("weight.identity", "heavy")))
			.hasMessage("Parameter 'weight.identity' must be a number from 0 to 10, not 'heavy'");
		assertThatThrownBy(() -> w.overriddenBy(Map.of("weight.identity", "-1"))).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> w.overriddenBy(Map.of("weight.identity", "NaN"))).isInstanceOf(BadRequestException.class);
		Map<String, String> allZero = new java.util.HashMap<>();
		for (NeedDomain d : NeedDomain.values()) {
			allZero.put("weight." + d.code(), "0");
		}
		assertThatThrownBy(() -> w.overriddenBy(allZero)).hasMessage("At least one domain must have a weight above 0");
	}
}
