package org.kinmap.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Every way to split a small list into non-empty parts (set partitions, Bell(n) of them: 203 for six children),
 * built by placing each item in turn into an existing part or a new one.
 */
final class Partitions {

	private Partitions() {
	}

	static <T> List<List<List<T>>> of(List<T> items) {
		List<List<List<T>>> result = new ArrayList<>();
		build(items, 0, new ArrayList<>(), result);
		return result;
	}

	private static <T> void build(List<T> items, int next, List<List<T>> parts, List<List<List<T>>> result) {
		if (next == items.size()) {
			List<List<T>> copy = new ArrayList<>();
			parts.forEach(p -> copy.add(List.copyOf(p)));
			result.add(List.copyOf(copy));
			return;
		}
		T item = items.get(next);
		for (int i = 0, n = parts.size(); i < n; i++) {
			List<T> part = parts.get(i);
			part.add(item);
			build(items, next + 1, parts, result);
			part.remove(part.size() - 1);
		}
		List<T> fresh = new ArrayList<>();
		fresh.add(item);
		parts.add(fresh);
		build(items, next + 1, parts, result);
		parts.remove(parts.size() - 1);
	}
}
