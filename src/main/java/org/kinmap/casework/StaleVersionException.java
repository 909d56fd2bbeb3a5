package org.kinmap.casework;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A change based on a version that is no longer the current one: someone else saved a change (or an import changed
 * the record) since the card was opened. Nothing is overwritten; the answer (409) says what changed meanwhile, who
 * and when ({@code changes}), and the version now ({@code currentVersion}).
 */
class StaleVersionException extends ProblemException {

	static final URI TYPE = URI.create("https://kinmap.org/problems/stale-version");

	StaleVersionException(String what, long given, long current, List<Answers.Revision> since) {
		super(HttpStatus.CONFLICT, TYPE, "Changed by someone else meanwhile", sentence(what, given, current, since),
				"stale casework change: version " + given + " of " + current);
		getBody().setProperty("currentVersion", current);
		getBody().setProperty("changes", since);
	}

	static String sentence(String what, long given, long current, List<Answers.Revision> since) {
		StringBuilder s = new StringBuilder(what).append(" was changed after you opened it (your version ").append(given)
			.append(", now ").append(current).append(")");
		if (!since.isEmpty()) {
			s.append(": ");
			for (int i = 0; i < since.size(); i++) {
				Answers.Revision r = since.get(i);
				Set<String> fields = new LinkedHashSet<>(r.changes().stream().map(Answers.FieldChange::field).toList());
				s.append(i == 0 ? "" : "; ").append(fields.isEmpty() ? r.kind() : String.join(", ", fields))
					.append(" by ").append(r.by()).append(" at ").append(r.at());
			}
		}
		return s.append(". Nothing was saved: look at the record as it is now and make your change again.").toString();
	}
}
