package org.kinmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kinmap.planted.PlantedApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * kinmap's module boundaries (docs/modules.md), checked by Spring Modulith without a Spring context: every direct
 * sub-package of {@code org.kinmap} is a module, whose public types in its base package are its API. The check fails
 * on a cycle between modules and on a use of another module's internal type (one in a sub-package). The test also
 * writes the module diagrams into {@code docs/modules/}.
 */
class ModuleBoundariesTests {

	/** Where the diagrams go, relative to the project directory (Maven runs tests there). */
	static final String DIAGRAMS = "docs/modules";

	@Test
	void modulesHaveNoCycleAndUseOnlyEachOthersApi() {
		ApplicationModules modules = ApplicationModules.of(KinmapApplication.class);

		modules.verify();

		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("system",
				"network", "exchange", "kinship", "matching", "siblings");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS)).writeDocumentation();
	}

	/** The same check over a planted package tree whose base module imports a feature's exception, as kinmap's did. */
	@Test
	void failsOnAPlantedCycle() {
		ApplicationModules planted = ApplicationModules.of(PlantedApplication.class, location -> true);

		assertThatThrownBy(planted::verify).isInstanceOf(Violations.class)
			.hasMessageContaining("Cycle detected")
			.hasMessageContaining("Slice exchange")
			.hasMessageContaining("Slice system")
			.hasMessageContaining("PlantedProblemHandler");
	}
}
