package org.kinmap.kinship;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The persons of the family graph in memory by slot: every person id the graph has seen is given an int slot, and the
 * id is held once, here (ties refer to slots, not to ids). Rules, each for a reason:
 * <ul>
 * <li><b>A slot is never reused</b> while this table lives, so a tie read before its other person was stored finds
 * them once they are, and a reader holding a slot never meets someone else; a full load starts a new table, which
 * drops the ids of persons deleted since.</li>
 * <li><b>One writer</b> (the follower's thread) assigns slots and stores values; <b>readers take no lock</b>: slots are
 * found in a concurrent map, values are read and replaced whole through an atomic array, and a grown array is
 * published before any slot beyond the old one is.</li>
 * </ul>
 *
 * @param <V> what is stored for each person
 */
final class PersonSlots<V> {

	private final ConcurrentHashMap<String, Integer> slotOf;
	private volatile String[] ids;
	private volatile AtomicReferenceArray<V> values;
	/** The next slot to give (the writer's alone). */
	private int next;
	private volatile int stored;

	PersonSlots(int expected) {
		int capacity = Math.max(16, expected);
		this.slotOf = new ConcurrentHashMap<>(capacity);
		this.ids = new String[capacity];
		this.values = new AtomicReferenceArray<>(capacity);
	}

	/** The slot of this id, given now if it has none. Writer only. */
	int slot(String id) {
		Integer known = slotOf.get(id);
		if (known != null) {
			return known;
		}
		int slot = next++;
		if (slot == ids.length) {
			grow();
		}
		ids[slot] = id;
		slotOf.put(id, slot);
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

	/** The slot of this id, or -1 if it has none. */
	int find(String id) {
		Integer slot = slotOf.get(id);
		return slot == null ? -1 : slot;
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
