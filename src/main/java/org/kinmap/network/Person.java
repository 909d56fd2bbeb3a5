package org.kinmap.network;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * The identity of a person node, for simple lookups through {@link PersonRepository}. Persons are written
 * only by the import ({@code exchange}); this entity is read-only.
 */
@Node("Person")
record Person(@Id String id, String sourceId, String givenName, String familyName, String birthDate,
		String sex) {
}
