package org.kinmap.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.kinmap.system.FixturesLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demonstration accounts of the fictional authority ({@code fixtures/accounts/demo-accounts.json}: one per role,
 * with their allocated children), created only when the fixtures have just been loaded into an empty graph. An
 * account that already exists is left as it is.
 */
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;
	private final RecordAccess access;
	private final ObjectMapper json;
	private final String location;

	DemoAccounts(Accounts accounts, RecordAccess access, ObjectMapper json,
			@Value("${kinmap.fixtures.accounts:classpath:fixtures/accounts/demo-accounts.json}") String location) {
		this.accounts = accounts;
		this.access = access;
		this.json = json;
		this.location = location;
	}

	record DemoAccount(String username, String displayName, List<String> roles, List<String> allocated) {
	}

	record DemoFile(String comment, String password, List<DemoAccount> accounts) {
	}

	@EventListener
	void fixturesLoaded(FixturesLoaded event) {
		Resource file = new PathMatchingResourcePatternResolver().getResource(location);
		if (!file.exists()) {
			return;
		}
		DemoFile demo;
		try (InputStream in = file.getInputStream()) {
			demo = json.readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demonstration accounts in " + location, ex);
		}
		int created = 0;
		for (DemoAccount a : demo.accounts()) {
			if (accounts.createIfAbsent(new Accounts.NewAccount(a.username(), a.displayName(), demo.password(), a.roles()))) {
				created++;
			}
			for (String child : a.allocated() == null ? List.<String>of() : a.allocated()) {
				RecordAccess.ChildAccess current = access.of(child);
				if (current.inCare() && !current.allocated().contains(a.username())) {
					List<String> allocated = new java.util.ArrayList<>(current.allocated());
					allocated.add(a.username());
					access.set(child, allocated.stream().sorted().toList(), current.restrictedTo());
				}
			}
		}
		log.info("Created {} demonstration accounts (see the README; change their password before any real use)", created);
	}
}
