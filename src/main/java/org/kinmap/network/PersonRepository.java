package org.kinmap.network;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Simple person lookups. */
interface PersonRepository extends Neo4jRepository<Person, String> {

	List<Person> findBySourceId(String sourceId);

	List<Person> findByFamilyNameIgnoreCaseOrderByGivenName(String familyName);
}
