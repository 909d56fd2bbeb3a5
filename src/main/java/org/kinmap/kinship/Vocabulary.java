package org.kinmap.kinship;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few words the family graph in memory repeats for every person or tie (a link's type and status, a person's
 * sex, a birth's zygosity), each held once and numbered from 1 (0 stands for none), so that a tie is packed into
 * ints instead of holding its own copy of "birth" or "married". Rule: at most {@value #MOST} words, enough for every
 * coded list many times over; a store with more (only possible through writes that bypass kinmap) is refused, and the
 * copy then answers nothing and kinship reads Neo4j. One writer (the follower's thread); readers take no lock.
 */
final class Vocabulary {

	/** Words are numbered in 15 bits of a packed tie. */
	static final int MOST = (1 << 15) - 1;

	private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
	private volatile String[] words = new String[32];
	private int count;

	/** The word's number (0 for null), numbered now if it is new. Writer only. */
	int number(String word) {
		if (word == null) {
			return 0;
		}
		Integer known = numbers.get(word);
		if (known != null) {
			return known;
		}
		if (count == MOST) {
			throw new IllegalStateException("The family graph holds at most " + MOST + " different words for links");
		}
		int number = ++count;
		if (number == words.length) {
			words = Arrays.copyOf(words, words.length * 2);
		}
		words[number] = word;
		numbers.put(word, number);
		return number;
	}

	/** The one copy of this word (null for null). Writer only. */
	String canonical(String word) {
		return word(number(word));
	}

	/** The word with this number (null for 0). */
	String word(int number) {
		return number == 0 ? null : words[number];
	}
}
