package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The family graph's id table: slots given once, found again after it grows, and read without a lock while written. */
class PersonSlotsTests {

	@Test
	void everyIdKeepsTheSlotItWasGivenAsTheTableGrows() {
		PersonSlots<String> slots = new PersonSlots<>(4);
		for (int i = 0; i < 20_000; i++) {
			assertThat(slots.slot("p-" + i)).isEqualTo(i);
		}
		for (int i = 0; i < 20_000; i++) {
			assertThat(slots.find("p-" + i)).isEqualTo(i);
			assertThat(slots.slot("p-" + i)).as("asked again, the same slot").isEqualTo(i);
			assertThat(slots.id(i)).isEqualTo("p-" + i);
		}
		assertThat(slots.find("p-20000")).isEqualTo(-1);
		assertThat(slots.find("")).isEqualTo(-1);
	}

	@Test
	void theIdIsHeldOnceAsFirstGiven() {
		PersonSlots<String> slots = new PersonSlots<>(4);
		String first = new String("p-kim");
		int slot = slots.slot(first);
		assertThat(slots.slot(new String("p-kim"))).isEqualTo(slot);
		assertThat(slots.id(slot)).isSameAs(first);
	}

	@Test
	void valuesAreStoredReplacedAndRemovedAndCounted() {
		PersonSlots<String> slots = new PersonSlots<>(4);
		int a = slots.slot("a");
		int b = slots.slot("b");
		assertThat(slots.get("a")).isNull();
		assertThat(slots.set(a, "first")).isNull();
		assertThat(slots.set(a, "second")).isEqualTo("first");
		slots.set(b, "other");
		assertThat(slots.size()).isEqualTo(2);
		assertThat(slots.get("a")).isEqualTo("second");
		assertThat(slots.set(a, null)).isEqualTo("second");
		assertThat(slots.size()).isEqualTo(1);
		assertThat(slots.get("a")).isNull();
		assertThat(slots.find("a")).as("the id keeps its slot after its value goes").isEqualTo(a);
		assertThat(slots.get(-1)).isNull();
		assertThat(slots.get("nobody")).isNull();
	}

	@Test
	void aReaderNeverFindsAWrongSlotOrLosesAnIdWhileTheWriterGrowsTheTable() throws InterruptedException {
		PersonSlots<String> slots = new PersonSlots<>(4);
		AtomicInteger published = new AtomicInteger();
		AtomicReference<String> wrong = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			while (published.get() < 50_000 && wrong.get() == null) {
				int upTo = published.get();
				for (int i = Math.max(0, upTo - 200); i < upTo; i++) {
					String id = "p-" + i;
					if (slots.find(id) != i || !id.equals(slots.get(id))) {
						wrong.set(id + " found at " + slots.find(id));
					}
				}
			}
		});
		reader.start();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			String id = "p-" + i;
			ids.add(id);
			slots.set(slots.slot(id), id);
			published.set(i + 1);
		}
		reader.join();
		assertThat(wrong.get()).isNull();
		assertThat(slots.size()).isEqualTo(ids.size());
	}
}
