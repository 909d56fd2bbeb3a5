package org.kinmap.siblings;

/** Recorded contact (family time) between two people. */
record Contact(String a, String b, String mode, String frequency, Boolean supervised) {

	boolean between(String x, String y) {
		return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
	}
}
