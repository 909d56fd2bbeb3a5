package org.kinmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

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
	void modulesHaveNoCycleAndUseOnlyEachOthersApi() throws IOException {
		ApplicationModules modules = ApplicationModules.of(KinmapApplication.class);

		modules.verify();

		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("system",
				"network", "exchange", "kinship", "matching", "siblings");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS)).writeDocumentation();
		inStableOrder(Path.of(DIAGRAMS));
	}

	/**
	 * Modulith lists a diagram's modules and relations in no fixed order (they come out of hash sets), so each run
	 * would rewrite the committed files though nothing changed: each run of consecutive {@code Component(} or
	 * {@code Rel(} lines is sorted.
	 */
	static void inStableOrder(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(puml);
				List<String> sorted = new ArrayList<>();
				List<String> run = new ArrayList<>();
				String runKind = null;
				for (String line : lines) {
					String kind = line.startsWith("Rel(") ? "Rel(" : line.trim().startsWith("Component(") ? "Component(" : null;
					if (kind == null || !kind.equals(runKind)) {
						Collections.sort(run);
						sorted.addAll(run);
						run.clear();
					}
					runKind = kind;
					(kind == null ? sorted : run).add(line);
				}
				Collections.sort(run);
				sorted.addAll(run);
				Files.write(puml, sorted);
			}
		}
	}

	/**
	 * {@code system} is the base every module may use (start-up, query files, problem responses), so it uses none:
	 * a feature's failure reaches the problem handler as a {@code ProblemException}, never by its own type.
	 */
	@Test
	void theSystemModuleDependsOnNoOtherModule() {
		ApplicationModules modules = ApplicationModules.of(KinmapApplication.class);
		ApplicationModule system = modules.getModuleByName("system").orElseThrow();

		assertThat(system.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)).isEmpty();
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
