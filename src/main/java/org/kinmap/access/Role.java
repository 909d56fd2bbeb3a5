package org.kinmap.access;

import java.util.Arrays;
import java.util.Locale;

/** What a person does in the authority, and so what kinmap lets them see and do (see {@link SecurityConfiguration}). */
public enum Role {

	/** Their allocated children's networks, relatives, assessments and casework. */
	SOCIAL_WORKER("Social worker"),
	/** Carers, matching, and what matching uses of a child's record: needs, siblings; not the family's details. */
	HOME_FINDER("Home finder"),
	/** Everything about children read-only, the authority's summaries, the assignment. */
	MANAGER("Manager"),
	/** Independent reviewing officer: read-only, for their allocated children. */
	IRO("Independent reviewing officer"),
	/** Imports, accounts, who may see a restricted record, the audit trail. Not children's records. */
	ADMIN("Administrator");

	private final String title;

	Role(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** The Spring Security authority, {@code ROLE_<NAME>}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role named by a word such as {@code social_worker} or {@code SOCIAL_WORKER}; null when none is. */
	static Role parse(String word) {
		if (word == null) {
			return null;
		}
		String name = word.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
	}
}
