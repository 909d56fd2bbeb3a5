package org.kinmap.system;

/**
 * A port kinmap is configured to listen on is in use by another process. Thrown by {@link PortsFree} before anything
 * starts; {@link PortTakenFailureAnalyzer} turns it into one sentence naming the property to change.
 */
class PortTakenException extends RuntimeException {

	private final String property;
	private final String address;
	private final int port;
	private final String purpose;

	PortTakenException(String property, String address, int port, String purpose, Throwable cause) {
		super("Port " + port + " on " + address + " (" + property + ") is in use by another process", cause);
		this.property = property;
		this.address = address;
		this.port = port;
		this.purpose = purpose;
	}

	/** The property that sets the port, such as {@code server.port}. */
	String property() {
		return property;
	}

	String address() {
		return address;
	}

	int port() {
		return port;
	}

	/** What would have listened there, in words: "the web server (HTTP)". */
	String purpose() {
		return purpose;
	}
}
