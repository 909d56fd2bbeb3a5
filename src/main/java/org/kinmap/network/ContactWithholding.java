package org.kinmap.network;

import java.util.Optional;

/**
 * Whether the person signed in may see a person's contact details (phone, e-mail, address, postcode and the place
 * they give). Implemented by the family-finding log (a relative who must not be contacted); the network module knows
 * only this question, so that it depends on no feature module.
 */
public interface ContactWithholding {

	/**
	 * @return empty when nothing is withheld; else what the reader sees: {@code hidden} true when the details must not
	 *         be shown to them, and the note shown with or instead of them
	 */
	Optional<Withheld> withheld(String personId);

	/** The answer for one person and reader. */
	record Withheld(boolean hidden, String note) {
	}
}
