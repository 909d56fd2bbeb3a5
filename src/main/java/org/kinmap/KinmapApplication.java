package org.kinmap;

import org.kinmap.exchange.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kinmap: permanence planning for children in care, on a family-network graph in Neo4j.
 *
 * <p>{@code java -jar kinmap.jar} serves the API and pages; {@code java -jar kinmap.jar import FILE...}
 * loads network documents and exits (see {@link ImportCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KinmapApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(KinmapApplication.class);
		if (ImportCommand.isImportCommand(args)) {
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setDefaultProperties(java.util.Map.of("kinmap.fixtures.load", "false"));
			int exit = SpringApplication.exit(app.run(args));
			System.exit(exit);
		}
		app.run(args);
	}
}
