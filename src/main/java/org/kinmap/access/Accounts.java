package org.kinmap.access;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.kinmap.system.BadRequestException;
import org.kinmap.system.CypherQueries;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The local accounts in Neo4j, and the rules a new account, a change and a password must meet. */
@Component
class Accounts {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
	static final int MIN_PASSWORD = 12;
	/** bcrypt reads at most 72 bytes of a password; a longer one would be cut silently, so it is refused. */
	static final int MAX_PASSWORD_BYTES = 72;
	static final int MAX_DISPLAY_NAME = 100;

	private final Neo4jClient neo4j;
	private final String accountQuery;
	private final String accountsQuery;
	private final String createAccountQuery;
	private final String updateAccountQuery;
	private final String signInFailedQuery;
	private final String signInSucceededQuery;
	private final PasswordEncoder passwords;
	private final Clock clock = Clock.systemUTC();

	Accounts(Neo4jClient neo4j, CypherQueries queries, PasswordEncoder passwords) {
		this.neo4j = neo4j;
		this.accountQuery = queries.require("access/account");
		this.accountsQuery = queries.require("access/accounts");
		this.createAccountQuery = queries.require("access/create-account");
		this.updateAccountQuery = queries.require("access/update-account");
		this.signInFailedQuery = queries.require("access/sign-in-failed");
		this.signInSucceededQuery = queries.require("access/sign-in-succeeded");
		this.passwords = passwords;
	}

	/** A request for a new account. */
	record NewAccount(String username, String displayName, String password, List<String> roles) {
	}

	/** A change to an account: each field null leaves it as it is. */
	record AccountChange(String displayName, List<String> roles, Boolean enabled, String password) {
	}

	Optional<Account> find(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return neo4j.query(accountQuery)
			.bind(username).to("username")
			.fetchAs(Account.class)
			.mappedBy((types, record) -> account(record.get("account")))
			.one();
	}

	List<Account> all() {
		return List.copyOf(neo4j.query(accountsQuery)
			.fetchAs(Account.class)
			.mappedBy((types, record) -> account(record.get("account")))
			.all());
	}

	/** Creates an account; refuses a taken name, a weak password or an unknown role, naming which. */
	@Transactional
	Account create(NewAccount request) {
		if (request == null) {
			throw new BadRequestException("The request body must be an account: username, displayName, password, roles");
		}
		String username = username(request.username());
		String displayName = displayName(request.displayName());
		Set<Role> roles = roles(request.roles());
		String hash = passwords.encode(password(request.password(), username));
		Map<String, Object> row = new HashMap<>();
		row.put("username", username);
		row.put("displayName", displayName);
		row.put("passwordHash", hash);
		row.put("roles", roles.stream().map(Role::name).sorted().toList());
		row.put("createdAt", clock.instant().toString());
		long created = neo4j.query(createAccountQuery).bind(row).to("account")
			.fetchAs(Long.class).one().orElse(0L);
		if (created == 0) {
			throw new AccountConflictException("An account named '" + username + "' already exists");
		}
		return find(username).orElseThrow();
	}

	/** Changes an account; refuses what {@link #create} would refuse. */
	@Transactional
	Optional<Account> change(String username, AccountChange change) {
		if (change == null) {
			throw new BadRequestException("The request body must name what changes: displayName, roles, enabled, password");
		}
		Optional<Account> existing = find(username);
		if (existing.isEmpty()) {
			return existing;
		}
		Map<String, Object> row = new HashMap<>();
		row.put("username", username);
		row.put("displayName", change.displayName() == null ? null : displayName(change.displayName()));
		row.put("roles", change.roles() == null ? null : roles(change.roles()).stream().map(Role::name).sorted().toList());
		row.put("enabled", change.enabled());
		row.put("passwordHash", change.password() == null ? null : passwords.encode(password(change.password(), username)));
		neo4j.query(updateAccountQuery).bind(row).to("account").run();
		return find(username);
	}

	/** Creates the account unless one of that name exists (the demonstration accounts); true if created. */
	@Transactional
	boolean createIfAbsent(NewAccount request) {
		if (find(username(request.username())).isPresent()) {
			return false;
		}
		create(request);
		return true;
	}

	void signInFailed(String username, int limit, Instant lockUntil) {
		neo4j.query(signInFailedQuery)
			.bindAll(Map.of("username", username, "limit", (long) limit, "until", lockUntil.toString()))
			.run();
	}

	void signInSucceeded(String username) {
		neo4j.query(signInSucceededQuery).bind(username).to("username").run();
	}

	static String username(String value) {
		if (value == null || !USERNAME.matcher(value).matches()) {
			throw new BadRequestException("A user name is 3 to 64 characters: lower-case letters, digits, '.', '_' or '-', "
					+ "starting with a letter or digit");
		}
		return value;
	}

	static String displayName(String value) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException("'displayName' is required: the name colleagues know the person by");
		}
		String trimmed = value.strip();
		if (trimmed.length() > MAX_DISPLAY_NAME || trimmed.codePoints().anyMatch(Character::isISOControl)
				|| hasLoneSurrogate(trimmed)) {
			throw new BadRequestException("'displayName' must be at most " + MAX_DISPLAY_NAME
					+ " characters, with no control characters");
		}
		return trimmed;
	}

	static Set<Role> roles(List<String> words) {
		if (words == null || words.isEmpty()) {
			throw new BadRequestException("'roles' must name at least one role: " + List.of(Role.values()));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Role role = Role.parse(words.get(i));
			if (role == null) {
				unknown.add("/roles/" + i);
			}
			else {
				roles.add(role);
			}
		}
		if (!unknown.isEmpty()) {
			throw new BadRequestException("Unknown role at " + String.join(", ", unknown) + "; the roles are "
					+ List.of(Role.values()));
		}
		return roles;
	}

	static String password(String value, String username) {
		if (value == null || value.length() < MIN_PASSWORD) {
			throw new BadRequestException("A password must be at least " + MIN_PASSWORD + " characters long");
		}
		if (value.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new BadRequestException("A password can be at most " + MAX_PASSWORD_BYTES + " bytes long (UTF-8)");
		}
		if (hasLoneSurrogate(value)) {
			throw new BadRequestException("A password must be valid Unicode text");
		}
		if (value.toLowerCase().contains(username.toLowerCase())) {
			throw new BadRequestException("A password must not contain the user name");
		}
		return value;
	}

	private static boolean hasLoneSurrogate(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
					return true;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	private static Account account(Value a) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (!a.get("roles").isNull()) {
			for (Object word : a.get("roles").asList()) {
				Role role = Role.parse(String.valueOf(word));
				if (role != null) {
					roles.add(role);
				}
			}
		}
		return new Account(a.get("username").asString(), a.get("displayName").asString(null),
				a.get("passwordHash").asString(null), roles, a.get("enabled").asBoolean(true),
				a.get("failedSignIns").asInt(0), instant(a.get("lockedUntil")), a.get("createdAt").asString(null));
	}

	private static Instant instant(Value value) {
		if (value.isNull()) {
			return null;
		}
		try {
			return Instant.parse(value.asString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
