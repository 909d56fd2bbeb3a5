package org.kinmap.access;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.audit.AuditEvent;
import org.kinmap.audit.AuditTrail;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who is allocated to a child, whether the record is restricted, and who has looked at it. */
@RestController
@Tag(name = "Record access", description = "Allocation, restricted records, and who has looked at a child's record")
class RecordAccessController {

	static final int MAX_NAMES = 100;

	/** A user name as the identity provider gives it (lower case): an e-mail address or an account name. */
	static final Pattern PROVIDER_NAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,127}");

	private final RecordAccess access;
	private final AuditTrail audit;
	private final Accounts accounts;
	/** With OpenID Connect, people sign in by the provider's user names, which kinmap keeps no account for. */
	private final boolean providerNames;

	RecordAccessController(RecordAccess access, AuditTrail audit, Accounts accounts, ObjectProvider<OidcSignIn> oidc) {
		this.access = access;
		this.audit = audit;
		this.accounts = accounts;
		this.providerNames = oidc.getIfAvailable() != null;
	}

	/**
	 * A child's access: the workers allocated (social workers and IROs see only their allocated children) and, for a
	 * restricted record, the only people who may see it (null: not restricted).
	 */
	record AccessView(String childId, List<String> allocated, List<String> restrictedTo) {
	}

	@GetMapping("/api/children/{id}/access")
	@Operation(summary = "Who is allocated to a child and, if the record is restricted, who alone may see it")
	AccessView get(@PathVariable String id) {
		RecordAccess.ChildAccess a = access.of(id);
		if (!a.inCare()) {
			throw new NotFoundException("No looked-after child has the id '" + abbreviate(id) + "'");
		}
		return new AccessView(id, a.allocated(), a.restrictedTo());
	}

	@PutMapping("/api/children/{id}/access")
	@Operation(summary = "Set who is allocated to a child and whether the record is restricted (restrictedTo: the "
			+ "user names who alone may see it; null or absent: not restricted). Every name must be a local account, or, "
			+ "with OpenID Connect, a user name the identity provider gives (in lower case).")
	AccessView set(@PathVariable String id, @RequestBody AccessView request) {
		if (request == null) {
			throw new BadRequestException("The request body must be {allocated: [user names], restrictedTo: [user names] or null}");
		}
		List<String> allocated = names("allocated", request.allocated() == null ? List.of() : request.allocated());
		List<String> restrictedTo = request.restrictedTo() == null ? null : names("restrictedTo", request.restrictedTo());
		if (restrictedTo != null && restrictedTo.isEmpty()) {
			throw new BadRequestException("'restrictedTo' must name at least one person, or be null for a record that is not restricted");
		}
		if (!access.set(id, allocated, restrictedTo)) {
			throw new NotFoundException("No looked-after child has the id '" + abbreviate(id) + "'");
		}
		access.audit("set record access: " + allocated.size() + " allocated, "
				+ (restrictedTo == null ? "not restricted" : "restricted to " + restrictedTo.size()), id, null);
		return new AccessView(id, allocated, restrictedTo);
	}

	@GetMapping("/api/children/{id}/audit")
	@Operation(summary = "Who has read or changed this child's record, newest first (the last 200 events): for the "
			+ "people who may see the record, and for administrators")
	List<AuditEvent> views(@PathVariable String id, Authentication auth) {
		if (RecordAccess.Viewer.of(auth).roles().contains(Role.ADMIN)) {
			access.audit("read who has looked", id, null);
		}
		else {
			access.checkRead(List.of(id), "who has looked");
		}
		return audit.events(id, null, null, null, 200);
	}

	private List<String> names(String field, List<String> names) {
		if (names.size() > MAX_NAMES) {
			throw new BadRequestException("'" + field + "' can name at most " + MAX_NAMES + " people");
		}
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			boolean localAccount = name != null && Accounts.USERNAME.matcher(name).matches() && accounts.find(name).isPresent();
			boolean providerName = providerNames && name != null && PROVIDER_NAME.matcher(name).matches();
			if (!localAccount && !providerName) {
				problems.add("/" + field + "/" + i);
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException((providerNames ? "Not a local account nor a user name of the identity provider (lower case) at "
					: "No account has the name at ") + String.join(", ", problems));
		}
		return names.stream().distinct().sorted().toList();
	}

	private static String abbreviate(String value) {
		return value.length() <= 64 ? value : value.substring(0, 64) + "…";
	}
}
