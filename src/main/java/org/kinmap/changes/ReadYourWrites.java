package org.kinmap.changes;

import java.util.Map;
import java.util.WeakHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The highest change sequence the caller has seen, as Neo4j's drivers carry a bookmark: a read answered from a copy in
 * memory waits until the copy has reached it ({@link Follower#current()}), so a person's own writes are in their next
 * answer on any instance. Rule: the number comes with the request (the {@value #HEADER} header a script sends back,
 * or the page session's), and a write through kinmap raises it when it commits and answers it in the same header.
 * Outside a request (the import command, a test calling a service) the thread itself carries it.
 */
public final class ReadYourWrites {

	/** The response header every write answers with its sequence, and the request header a script sends it back in. */
	public static final String HEADER = "Kinmap-Sequence";

	static final String SESSION_ATTRIBUTE = ReadYourWrites.class.getName() + ".sequence";

	private static final class Caller {
		private final HttpServletRequest request;
		private final HttpServletResponse response;
		private long required;
		/**
		 * Outside a request: the thread's own writes, by the change log (the database) that numbered them, so that a
		 * thread that wrote to one application's database does not wait for that number in another's.
		 */
		private final Map<Object, Long> written = new WeakHashMap<>(2);

		Caller(HttpServletRequest request, HttpServletResponse response, long required) {
			this.request = request;
			this.response = response;
			this.required = required;
		}
	}

	private static final ThreadLocal<Caller> CALLER = ThreadLocal.withInitial(() -> new Caller(null, null, 0));

	private ReadYourWrites() {
	}

	/** The sequence this caller's reads must reflect (0: none), as the request carries it. */
	public static long required() {
		return CALLER.get().required;
	}

	/** The sequence this caller's reads of copies following {@code source} must reflect (0: none). */
	static long required(Object source) {
		Caller caller = CALLER.get();
		return Math.max(caller.required, caller.written.getOrDefault(source, 0L));
	}

	/** The thread forgets every sequence it has seen or written (a test done with its application). */
	public static void forget() {
		CALLER.remove();
	}

	/**
	 * The caller has seen this sequence another way (the {@value #HEADER} header of an answer it received): its later
	 * reads on this thread reflect it.
	 */
	public static void seen(long sequence) {
		Caller caller = CALLER.get();
		caller.required = Math.max(caller.required, sequence);
	}

	/** A write of this caller has committed with this sequence: later reads must reflect it, and the answer says so. */
	static void wrote(Object source, long sequence) {
		Caller caller = CALLER.get();
		if (caller.request == null) {
			caller.written.merge(source, sequence, Math::max);
			return;
		}
		caller.required = Math.max(caller.required, sequence);
		if (caller.response != null && !caller.response.isCommitted()) {
			caller.response.setHeader(HEADER, Long.toString(caller.required));
		}
		HttpSession session = caller.request == null ? null : caller.request.getSession(false);
		if (session != null) {
			Object seen = session.getAttribute(SESSION_ATTRIBUTE);
			long before = seen instanceof Long l ? l : 0;
			session.setAttribute(SESSION_ATTRIBUTE, Math.max(before, sequence));
		}
	}

	/** A request begins: what it must reflect is what it says it has seen, and what its session has seen. */
	static void begin(HttpServletRequest request, HttpServletResponse response) {
		long required = parse(request.getHeader(HEADER));
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Long seen) {
			required = Math.max(required, seen);
		}
		CALLER.set(new Caller(request, response, required));
	}

	/** The request has been answered: the thread goes back to its pool carrying nothing. */
	static void end() {
		CALLER.remove();
	}

	/** A header value as a sequence: a positive whole number; anything else is ignored (0). */
	static long parse(String header) {
		if (header == null || header.isBlank() || header.length() > 19) {
			return 0;
		}
		try {
			return Math.max(0, Long.parseLong(header.trim()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}
}
