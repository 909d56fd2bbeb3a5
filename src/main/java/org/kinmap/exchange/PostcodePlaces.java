package org.kinmap.exchange;

import java.util.ArrayList;
import java.util.List;

import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.network.LatLong;

/**
 * Gives the persons and households of a document that have a postcode but no coordinates the place the authority's
 * postcode directory ({@link PostcodeDirectory}) has for it. Coordinates sent with a record are kept as sent. A
 * postcode the directory does not have is a warning in the import's answer, and the record is imported without a
 * place (distance rules then say the distance is unknown): a new-build postcode may not be in this year's directory
 * yet, and a guess would put a child's relative in the wrong town.
 */
final class PostcodePlaces {

	/** The document with the places found, and a warning for each postcode not found. */
	record Placed(NetworkDocument document, List<DocumentProblem> warnings) {
	}

	private PostcodePlaces() {
	}

	static Placed place(NetworkDocument doc, PostcodeDirectory directory) {
		List<DocumentProblem> warnings = new ArrayList<>();
		List<PersonDoc> persons = new ArrayList<>(doc.persons().size());
		boolean changed = false;
		for (int i = 0; i < doc.persons().size(); i++) {
			PersonDoc p = doc.persons().get(i);
			LatLong place = needsPlace(p == null ? null : p.postcode(), p == null ? null : p.latitude(),
					p == null ? null : p.longitude())
				? found(directory, p.postcode(), "/persons/" + i + "/postcode", "person " + p.id(), warnings) : null;
			if (place != null) {
				changed = true;
				p = new PersonDoc(p.id(), p.sourceId(), p.givenName(), p.familyName(), p.alsoKnownAs(), p.sex(), p.gender(),
						p.birthDate(), p.deceased(), p.deathDate(), p.ethnicity(), p.religion(), p.firstLanguage(),
						p.otherLanguages(), p.postcode(), place.latitude(), place.longitude(), p.contactDetails(),
						p.riskToChildren(), p.riskNote());
			}
			persons.add(p);
		}
		List<HouseholdDoc> households = new ArrayList<>(doc.households().size());
		for (int i = 0; i < doc.households().size(); i++) {
			HouseholdDoc h = doc.households().get(i);
			LatLong place = needsPlace(h == null ? null : h.postcode(), h == null ? null : h.latitude(),
					h == null ? null : h.longitude())
				? found(directory, h.postcode(), "/households/" + i + "/postcode", "household " + h.id(), warnings) : null;
			if (place != null) {
				changed = true;
				h = new HouseholdDoc(h.id(), h.name(), h.postcode(), place.latitude(), place.longitude(), h.members(), h.carer());
			}
			households.add(h);
		}
		if (!changed) {
			return new Placed(doc, warnings);
		}
		return new Placed(new NetworkDocument(doc.source(), persons, doc.parentLinks(), doc.partnerships(),
				doc.multipleBirths(), doc.siblingLinks(), doc.raisedTogether(), doc.connectedPersons(), households,
				doc.children(), doc.placements(), doc.assessments(), doc.needs(), doc.contacts()), warnings);
	}

	private static boolean needsPlace(String postcode, Double latitude, Double longitude) {
		return postcode != null && !postcode.isBlank() && latitude == null && longitude == null;
	}

	private static LatLong found(PostcodeDirectory directory, String postcode, String pointer, String what,
			List<DocumentProblem> warnings) {
		if (!directory.configured()) {
			warnings.add(new DocumentProblem(pointer, what + ": postcode " + postcode + " has no coordinates and no postcode "
					+ "directory is configured (kinmap.postcodes.file); imported without a place"));
			return null;
		}
		var place = directory.lookup(postcode);
		if (place.isEmpty()) {
			warnings.add(new DocumentProblem(pointer, what + ": postcode " + postcode + " is not in the postcode directory; "
					+ "imported without a place"));
			return null;
		}
		return place.get();
	}
}
