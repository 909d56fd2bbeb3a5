package org.kinmap.kinship;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The family graph held in memory ({@link FamilyGraphProjection}), for other modules to read person by person: the
 * siblings module walks out to a group's members and reads their links here instead of asking Neo4j step by step.
 * It answers only while it is loaded and current ({@link #inMemory()}: it follows the change sequence, so it has every
 * write through any kinmap instance committed up to a moment ago, and the caller's own), and only with
 * {@code kinmap.kinship.projection=true}; a caller asks Neo4j otherwise.
 */
@Component
public class FamilyGraph {

	/** A tie to another person: the other's id, the link's {@code type} and, for a partnership, its {@code status}. */
	public record Tie(String other, String type, String status) {
	}

	/**
	 * One person with every family link they have.
	 *
	 * @param name          as {@code PersonRef.People.name} writes it
	 * @param parents       their parents ({@code PARENT_OF} towards them), with the link's type
	 * @param children      their children, with the link's type
	 * @param partners      their partnerships, either direction, with type and status
	 * @param siblings      recorded sibling links, either direction, with type
	 * @param raisedWith    raised-together links, either direction
	 * @param multipleBirth the multiple birth they were born at, or null
	 * @param zygosity      that birth's zygosity, or null
	 */
	public record Person(String id, String name, String sex, List<Tie> parents, List<Tie> children, List<Tie> partners,
			List<Tie> siblings, List<String> raisedWith, String multipleBirth, String zygosity) {
	}

	private final FamilyGraphProjection projection;

	FamilyGraph(FamilyGraphProjection projection) {
		this.projection = projection;
	}

	/**
	 * Whether the family graph may answer this caller (loaded, current, and at the caller's own last write, waiting
	 * for it briefly); if not, read Neo4j. Ask once per question and read the persons soon after.
	 */
	public boolean inMemory() {
		return projection.ready();
	}

	/** The person with their links, if the family graph holds them. */
	public Optional<Person> person(String id) {
		return Optional.ofNullable(projection.person(id));
	}

	/**
	 * The family graph's own copy of this person id, or the id given if the graph holds none: a copy kept elsewhere (the
	 * sibling census) keeps this one, so that the JVM holds each id once. Equal either way; any time, loaded or not.
	 */
	public String canonicalId(String id) {
		return projection.canonicalId(id);
	}

	/** Everyone born at this multiple birth. */
	public Set<String> bornAt(String multipleBirth) {
		return projection.bornAt(multipleBirth);
	}
}
