package org.kinmap.access;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Local accounts, managed by administrators; and who is signed in. */
@RestController
@Tag(name = "Accounts", description = "Local accounts and who is signed in")
class AccountController {

	private final Accounts accounts;
	private final RecordAccess access;
	private final SignedInPeople people;

	AccountController(Accounts accounts, RecordAccess access, SignedInPeople people) {
		this.accounts = accounts;
		this.access = access;
		this.people = people;
	}

	@GetMapping("/api/me")
	@Operation(summary = "Who is signed in: user name, display name and roles")
	SignedInPeople.SignedInPerson me(Authentication auth) {
		return people.describe(auth);
	}

	@GetMapping("/api/accounts")
	@Operation(summary = "Every local account (never a password or its hash)")
	List<AccountView> list() {
		return accounts.all().stream().map(AccountView::of).toList();
	}

	@PostMapping("/api/accounts")
	@Operation(summary = "Create a local account: username (3-64 of a-z 0-9 . _ -), displayName, password (12-72 bytes), roles")
	ResponseEntity<AccountView> create(@RequestBody Accounts.NewAccount request) {
		Account created = accounts.create(request);
		access.audit("create account " + created.username() + " with roles " + created.roles(), null, null);
		return ResponseEntity.created(URI.create("/api/accounts/" + created.username())).body(AccountView.of(created));
	}

	@PatchMapping("/api/accounts/{username}")
	@Operation(summary = "Change an account's display name, roles, whether it may sign in, or its password (each optional)")
	AccountView change(@PathVariable String username, @RequestBody Accounts.AccountChange change) {
		Account changed = accounts.change(username, change)
			.orElseThrow(() -> new NotFoundException("No account is named '" + abbreviate(username) + "'"));
		access.audit("change account " + changed.username() + (change.roles() == null ? "" : ": roles " + changed.roles())
				+ (change.enabled() == null ? "" : change.enabled() ? ": enabled" : ": disabled")
				+ (change.password() == null ? "" : ": password reset"), null, null);
		return AccountView.of(changed);
	}

	private static String abbreviate(String value) {
		return value.length() <= 64 ? value : value.substring(0, 64) + "…";
	}
}
