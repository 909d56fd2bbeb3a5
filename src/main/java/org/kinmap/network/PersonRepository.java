package org.kinmap.network;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Simple person lookups. */
interface PersonRepository extends Neo4jRepository<Person, String> {

	/** Through the index person_source_id. (By family name: {@link PersonQueries#named}, through its own index.) */
	List<Person> findBySourceId(String sourceId);
}
