package org.kinmap.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a heavy operation (an import, the authority-wide assignment) that one person may run only once at a time: a
 * second request from the same person while the first is still running is answered 429 at once, instead of
 * queueing work that would hold a request thread and a core. Different people are not limited by each other.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OneAtATime {

	/** What is running, in words: "an import", "an assignment". */
	String value();
}
