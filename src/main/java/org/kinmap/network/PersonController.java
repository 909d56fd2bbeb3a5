package org.kinmap.network;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Persons in the family networks. */
@RestController
@RequestMapping("/api/persons")
@Tag(name = "Persons")
class PersonController {

	private final PersonQueries persons;
	private final PersonRepository repository;
	private final RecordAccess access;

	PersonController(PersonQueries persons, PersonRepository repository, RecordAccess access) {
		this.persons = persons;
		this.repository = repository;
		this.access = access;
	}

	@GetMapping("/{id}")
	@ChildRecord("person record")
	@Operation(summary = "A person with their parents, children, partners, siblings, connections, contact and households")
	PersonView person(@PathVariable String id) {
		return persons.person(id).orElseThrow(() -> new NotFoundException("No person has the id '" + id + "'"));
	}

	@GetMapping
	@Operation(summary = "Find persons by the id of the system they came from (sourceId) or by family name")
	List<PersonRef> find(@RequestParam(required = false) String sourceId, @RequestParam(required = false) String familyName) {
		if ((sourceId == null || sourceId.isBlank()) == (familyName == null || familyName.isBlank())) {
			throw new BadRequestException("Give exactly one of the parameters sourceId and familyName");
		}
		List<PersonRef> found = sourceId != null && !sourceId.isBlank() ? repository.findBySourceId(sourceId).stream()
			.map(p -> new PersonRef(p.id(), PersonRef.People.name(p.givenName(), p.familyName())))
			.toList() : persons.named(familyName);
		var hidden = access.restrictedFrom("person search");
		return found.stream().filter(p -> !hidden.test(p.personId())).toList();
	}
}
