package org.kinmap.kinship;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, synthetic GEDCOM family tree of about {@code size} persons over ten or so generations: couples with
 * up to five children, in-marrying spouses, second marriages (half-siblings), a few cousin marriages and
 * adoptions, and the date forms real files have (ABT, BET ... AND, dual years). For benchmarks.
 */
final class SyntheticTree {

	record Built(String gedcom, List<String> youngest) {
	}

	private SyntheticTree() {
	}

	static Built build(int size, long seed) {
		Random random = new Random(seed);
		StringBuilder indi = new StringBuilder();
		StringBuilder fam = new StringBuilder();
		List<Integer> sexes = new ArrayList<>();
		List<Integer> years = new ArrayList<>();
		List<String> famc = new ArrayList<>();
		int[] families = { 0 };
		List<Integer> generation = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			generation.add(newPerson(sexes, years, famc, i % 2, 1700 + random.nextInt(10), null));
		}
		List<Integer> previous = generation;
		while (sexes.size() < size) {
			List<Integer> next = new ArrayList<>();
			List<Integer> singles = new ArrayList<>(previous);
			java.util.Collections.shuffle(singles, random);
			for (int person : singles) {
				if (sexes.size() >= size) {
					break;
				}
				int marriages = random.nextInt(10) == 0 ? 2 : 1;
				for (int m = 0; m < marriages; m++) {
					int spouse;
					if (random.nextInt(40) == 0 && next.size() > 2) {
						spouse = next.get(random.nextInt(next.size()));
					}
					else {
						spouse = newPerson(sexes, years, famc, 1 - sexes.get(person), years.get(person) - 3 + random.nextInt(7), null);
					}
					String f = "@F" + (++families[0]) + "@";
					int husband = sexes.get(person) == 1 ? person : spouse;
					int wife = husband == person ? spouse : person;
					fam.append("0 ").append(f).append(" FAM\n1 HUSB @I").append(husband).append("@\n1 WIFE @I").append(wife)
						.append("@\n1 MARR\n2 DATE ").append(years.get(person) + 22).append('\n');
					if (m == 0 && marriages == 2) {
						fam.append("1 DIV\n");
					}
					int children = random.nextInt(5);
					for (int c = 0; c < children && sexes.size() < size; c++) {
						boolean adopted = random.nextInt(60) == 0;
						int child = newPerson(sexes, years, famc, random.nextInt(2), years.get(person) + 22 + 2 * c + m * 8,
								f + (adopted ? "|adopted" : ""));
						fam.append("1 CHIL @I").append(child).append("@\n");
						next.add(child);
					}
				}
			}
			if (next.isEmpty()) {
				break;
			}
			previous = next;
		}
		for (int i = 0; i < sexes.size(); i++) {
			indi.append("0 @I").append(i).append("@ INDI\n1 NAME Person").append(i).append(" /Family").append(i % 97)
				.append("/\n1 SEX ").append(sexes.get(i) == 1 ? "M" : "F").append("\n1 BIRT\n2 DATE ")
				.append(dateForm(random, years.get(i))).append('\n');
			if (years.get(i) < 1930) {
				indi.append("1 DEAT\n");
			}
			if (famc.get(i) != null) {
				String[] f = famc.get(i).split("\\|");
				indi.append("1 FAMC ").append(f[0]).append('\n');
				if (f.length > 1) {
					indi.append("2 PEDI adopted\n");
				}
			}
		}
		return new Built("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n" + indi + fam + "0 TRLR\n",
				previous.stream().map(i -> "I" + i).toList());
	}

	private static int newPerson(List<Integer> sexes, List<Integer> years, List<String> famc, int sex, int year,
			String family) {
		sexes.add(sex);
		years.add(Math.min(year, 2024));
		famc.add(family);
		return sexes.size() - 1;
	}

	private static String dateForm(Random random, int year) {
		return switch (random.nextInt(6)) {
			case 0 -> "ABT " + year;
			case 1 -> "BET " + year + " AND " + (year + 2);
			case 2 -> year + "/" + String.format("%02d", (year + 1) % 100);
			case 3 -> (1 + random.nextInt(28)) + " MAR " + year;
			default -> String.valueOf(year);
		};
	}
}
