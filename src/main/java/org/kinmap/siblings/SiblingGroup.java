package org.kinmap.siblings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A sibling group: people joined, directly or through each other, by the sibling relations of the chosen kinds.
 *
 * @param id        stable while the members stay the same: {@code sg-} and the first 12 hex digits of the SHA-256 of
 *                  the sorted member ids joined by commas
 * @param members   member ids, sorted
 * @param relations every relation between two members (of any kind, so the view can say how each pair is related)
 */
record SiblingGroup(String id, List<String> members, List<SiblingRelation> relations) {

	static String idOf(List<String> sortedMembers) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join(",", sortedMembers).getBytes(StandardCharsets.UTF_8));
			return "sg-" + HexFormat.of().formatHex(digest).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	boolean contains(String personId) {
		return members.contains(personId);
	}
}
