package org.kinmap.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that reads a child's record, the child named by the path variable {@link #id()}. Before the
 * method runs, {@link ChildRecordInterceptor} checks that the person signed in may see that child (allocation,
 * restricted records) and writes the read to the audit trail; a refusal is audited too and answered 403. When the id
 * is not a looked-after child (any person's relatives), the role-level rules alone apply and nothing is audited.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChildRecord {

	/** What is read, in words for the audit trail: "genogram", "relatives", "carer matches". */
	String value();

	/** The path variable holding the child's id. */
	String id() default "id";
}
