package org.kinmap.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins are throttled and logged. An account is locked for {@code kinmap.sign-in.lock-minutes} after
 * {@code kinmap.sign-in.max-failures} failures in a row (kept on the account, so every instance sees it); an address
 * that fails {@code kinmap.sign-in.max-failures-per-address} times within the lock period is refused a while (429),
 * whichever names it tries. Refused bearer tokens are logged but not counted.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final Accounts accounts;
	private final int maxFailures;
	private final Duration lock;
	private final int maxPerAddress;
	private final Clock clock = Clock.systemUTC();
	private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

	SignInThrottle(Accounts accounts, @Value("${kinmap.sign-in.max-failures:5}") int maxFailures,
			@Value("${kinmap.sign-in.lock-minutes:15}") int lockMinutes,
			@Value("${kinmap.sign-in.max-failures-per-address:20}") int maxPerAddress) {
		this.accounts = accounts;
		this.maxFailures = maxFailures;
		this.lock = Duration.ofMinutes(lockMinutes);
		this.maxPerAddress = maxPerAddress;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		if (attempt instanceof BearerTokenAuthenticationToken) {
			// A refused bearer token is not a guessed password (its name is the token itself: never logged), and a
			// script with an expired token must not lock its colleagues' address out of signing in.
			if (!(event.getException() instanceof ProviderNotFoundException)) {
				log.warn("Refused bearer token from {}: {}", address(attempt), event.getException().getClass().getSimpleName());
			}
			return;
		}
		String username = attempt.getName();
		String address = address(attempt);
		if (address != null) {
			if (failuresByAddress.size() > 10_000) {
				failuresByAddress.values().removeIf(t -> {
					synchronized (t) {
						prune(t);
						return t.isEmpty();
					}
				});
			}
			Deque<Instant> times = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
			synchronized (times) {
				times.addLast(clock.instant());
				prune(times);
			}
		}
		if (username != null && Accounts.USERNAME.matcher(username).matches()) {
			accounts.signInFailed(username, maxFailures, clock.instant().plus(lock));
		}
		log.warn("Failed sign-in for '{}' from {}: {}", username == null || username.length() > 64 ? "(an unusual name)"
				: username, address, event.getException().getClass().getSimpleName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		// Only a local account's password sign-in clears its failures: a person signed in by the identity provider
		// whose user name happens to be a local account's must not unlock it.
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			accounts.signInSucceeded(event.getAuthentication().getName());
		}
	}

	/** Whether this address has failed too often lately to be let try again now. */
	boolean refused(HttpServletRequest request) {
		Deque<Instant> times = failuresByAddress.get(request.getRemoteAddr());
		if (times == null) {
			return false;
		}
		synchronized (times) {
			prune(times);
			return times.size() >= maxPerAddress;
		}
	}

	private void prune(Deque<Instant> times) {
		Instant since = clock.instant().minus(lock);
		while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
			times.removeFirst();
		}
	}

	private static String address(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}
