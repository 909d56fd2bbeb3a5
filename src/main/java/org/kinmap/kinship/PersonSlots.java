package org.kinmap.kinship;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The persons of the family graph in memory by slot: every person id the graph has seen is given an int slot, and the
 * id is held once, here (ties refer to slots, not to ids). Ids are found through an open-addressing table of slots
 * (an int a cell, no entry object or boxed number a person). Rules, each for a reason:
 * <ul>
 * <li><b>A slot is never reused</b> while this table lives, so a tie read before its other person was stored finds
 * them once they are, and a reader holding a slot never meets someone else; a full load starts a new table, which
 * drops the ids of persons deleted since. Nothing is removed from the id table, so probing never meets a hole.</li>
 * <li><b>One writer</b> (the follower's thread) gives slots and stores values; <b>readers take no lock</b>: an id is
 * written before the table cell that names its slot (a volatile write), a value is stored and read through an atomic
 * array, and a grown array or table is published whole; a reader that meets the older one sees the graph as it was
 * a moment before.</li>
 * </ul>
 *
 * @param <V> what is stored for each person
 */
final class PersonSlots<V> {

	private volatile String[] ids;
	private volatile AtomicReferenceArray<V> values;
	/** Slot + 1 of each id at its hash (0: empty); a power of two in length, at most half full. */
	private volatile AtomicIntegerArray table;
	/** The next slot to give (the writer's alone). */
	private int next;
	private volatile int stored;

	PersonSlots(int expected) {
		int capacity = Math.max(16, expected);
		this.ids = new String[capacity];
		this.values = new AtomicReferenceArray<>(capacity);
		this.table = new AtomicIntegerArray(Integer.highestOneBit(capacity * 2 - 1) * 2);
	}

	/** The slot of this id, given now if it has none. Writer only. */
	int slot(String id) {
		int known = find(id);
		if (known >= 0) {
			return known;
		}
		int slot = next++;
		if (slot == ids.length) {
			grow();
		}
		ids[slot] = id;
		if (2 * (slot + 1) > table.length()) {
			rehash(table.length() * 2);
		}
		place(table, id, slot);
		return slot;
	}

	private void grow() {
		int capacity = ids.length + (ids.length >> 1);
		AtomicReferenceArray<V> old = values;
		AtomicReferenceArray<V> bigger = new AtomicReferenceArray<>(capacity);
		for (int i = 0; i < old.length(); i++) {
			bigger.set(i, old.get(i));
		}
		values = bigger;
		ids = Arrays.copyOf(ids, capacity);
	}

	private void rehash(int length) {
		AtomicIntegerArray bigger = new AtomicIntegerArray(length);
		for (int slot = 0; slot < next - 1; slot++) {
			place(bigger, ids[slot], slot);
		}
		table = bigger;
	}

	private static void place(AtomicIntegerArray into, String id, int slot) {
		int mask = into.length() - 1;
		int i = spread(id.hashCode()) & mask;
		while (into.get(i) != 0) {
			i = (i + 1) & mask;
		}
		into.set(i, slot + 1);
	}

	private static int spread(int hash) {
		return (hash ^ (hash >>> 16)) * 0x9E3779B9;
	}

	/** The slot of this id, or -1 if it has none. */
	int find(String id) {
		AtomicIntegerArray t = table;
		int mask = t.length() - 1;
		int hash = id.hashCode();
		for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
			int cell = t.get(i);
			if (cell == 0) {
				return -1;
			}
			String known = ids[cell - 1];
			if (known.hashCode() == hash && known.equals(id)) {
				return cell - 1;
			}
		}
	}

	/** The id held in this slot. */
	String id(int slot) {
		return ids[slot];
	}

	/** What is stored for the person in this slot, or null. */
	V get(int slot) {
		AtomicReferenceArray<V> v = values;
		return slot < 0 || slot >= v.length() ? null : v.get(slot);
	}

	/** What is stored for the person with this id, or null. */
	V get(String id) {
		return get(find(id));
	}

	/** Stores (or with null removes) the person's value, and answers the one it replaced. Writer only. */
	V set(int slot, V value) {
		V old = values.getAndSet(slot, value);
		if ((old == null) != (value == null)) {
			stored += value == null ? -1 : 1;
		}
		return old;
	}

	/** How many persons have a value stored. */
	int size() {
		return stored;
	}
}
