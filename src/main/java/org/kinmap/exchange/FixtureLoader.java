package org.kinmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.kinmap.system.CypherQueries;
import org.kinmap.system.FixturesLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the fictional authority in {@code fixtures/*.json} (packaged at {@code classpath:fixtures}) on the
 * first start, when the graph holds no person, file by file in name order. {@code kinmap.fixtures.load=false}
 * turns it off.
 */
@Component
@Order(0)
class FixtureLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FixtureLoader.class);

	private final NetworkImporter importer;
	private final NetworkDocumentReader reader;
	private final ApplicationEventPublisher events;
	private final Neo4jClient neo4j;
	private final String countPersonsQuery;
	private final boolean enabled;
	private final String location;

	FixtureLoader(NetworkImporter importer, NetworkDocumentReader reader, Neo4jClient neo4j, CypherQueries queries,
			ApplicationEventPublisher events,
			@Value("${kinmap.fixtures.load:true}") boolean enabled,
			@Value("${kinmap.fixtures.location:classpath*:fixtures/*.json}") String location) {
		this.importer = importer;
		this.reader = reader;
		this.events = events;
		this.neo4j = neo4j;
		this.countPersonsQuery = queries.require("exchange/count-persons");
		this.enabled = enabled;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || ImportCommand.isImportCommand(args.getSourceArgs())) {
			return;
		}
		long persons = neo4j.query(countPersonsQuery).fetchAs(Long.class).one().orElse(0L);
		if (persons > 0) {
			log.info("Fixtures not loaded: the graph already holds {} persons", persons);
			return;
		}
		loadAll();
	}

	void loadAll() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		long started = System.nanoTime();
		int records = 0;
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				NetworkDocument doc = reader.read(in);
				importer.importNetwork(doc);
				records += doc.size();
			}
			catch (InvalidNetworkException ex) {
				throw new IllegalStateException("Fixture " + file.getFilename() + " is invalid: " + ex.problems(), ex);
			}
		}
		log.info("Loaded {} fixture files ({} records) in {} ms", files.length, records,
				(System.nanoTime() - started) / 1_000_000);
		events.publishEvent(new FixturesLoaded(files.length));
	}
}
