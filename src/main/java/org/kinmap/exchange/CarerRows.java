package org.kinmap.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kinmap.exchange.CarersCsv.Column;
import org.kinmap.exchange.CarersCsv.Row;
import org.kinmap.exchange.NetworkDocument.ApprovalDoc;
import org.kinmap.exchange.NetworkDocument.CarerDoc;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.MemberDoc;
import org.kinmap.exchange.NetworkDocument.PetsDoc;

/**
 * Turns one row of a carer spreadsheet into the network document's household with a carer block: the cells that
 * hold numbers, yes/no answers and lists are read here, each problem named by its column; codes, dates, ranges and
 * text limits are the {@link NetworkValidator}'s, the same rules as a JSON document's.
 */
final class CarerRows {

	/** A whole number as a spreadsheet writes it: digits, perhaps a minus sign; no decimals, no exponent. */
	private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
	/** Degrees as decimals: no exponent, no NaN or Infinity, no hexadecimal or type suffix that Java would accept. */
	private static final Pattern DEGREES = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,15})?");
	/** What a list cell's items are separated by: a semicolon (a comma would need the cell in quotes). */
	static final String LIST_SEPARATOR = ";";

	private final Row row;
	private final List<CsvProblem> problems = new ArrayList<>();

	private CarerRows(Row row) {
		this.row = row;
	}

	/** A household of the row (members and further approvals as given), and the problems of its cells. */
	record Converted(HouseholdDoc household, List<CsvProblem> problems) {
	}

	static Converted convert(Row row, List<MemberDoc> keptMembers, List<ApprovalDoc> keptApprovals) {
		CarerRows r = new CarerRows(row);
		ApprovalDoc approval = new ApprovalDoc(r.text(Column.APPROVAL_ID), r.text(Column.APPROVAL_KIND),
				r.whole(Column.MIN_AGE), r.whole(Column.MAX_AGE), r.whole(Column.MAX_CHILDREN), r.yesNo(Column.SIBLING_GROUPS),
				r.text(Column.APPROVED_ON), r.text(Column.EXPIRES_ON), r.text(Column.APPROVAL_TERMS));
		List<ApprovalDoc> approvals = new ArrayList<>();
		approvals.add(approval);
		keptApprovals.stream().filter(a -> !a.id().equals(approval.id())).forEach(approvals::add);
		Integer dogs = r.whole(Column.DOGS);
		Integer cats = r.whole(Column.CATS);
		List<String> otherPets = r.list(Column.OTHER_PETS);
		PetsDoc pets = dogs == null && cats == null && otherPets == null ? null : new PetsDoc(dogs, cats, otherPets);
		CarerDoc carer = new CarerDoc(r.text(Column.AGENCY), r.text(Column.AGENCY_TYPE), approvals, pets,
				r.yesNo(Column.SMOKING), r.yesNo(Column.WHEELCHAIR_ACCESSIBLE), r.yesNo(Column.GROUND_FLOOR_BEDROOM),
				r.list(Column.LANGUAGES), r.text(Column.RELIGION), r.text(Column.ETHNICITY),
				lowerCase(r.list(Column.SKILLS)), r.wholes(Column.OTHER_CHILDREN_AGES), r.text(Column.NOTES));
		HouseholdDoc household = new HouseholdDoc(r.text(Column.HOUSEHOLD_ID), r.text(Column.NAME), r.text(Column.POSTCODE),
				r.degrees(Column.LATITUDE), r.degrees(Column.LONGITUDE), keptMembers, carer);
		return new Converted(household, List.copyOf(r.problems));
	}

	private String text(Column c) {
		return row.get(c);
	}

	private Integer whole(Column c) {
		String v = row.get(c);
		if (v == null) {
			return null;
		}
		if (!WHOLE.matcher(v).matches()) {
			problem(c, "'" + shown(v) + "' is not a whole number");
			return null;
		}
		return Integer.valueOf(v);
	}

	private Double degrees(Column c) {
		String v = row.get(c);
		if (v == null) {
			return null;
		}
		if (!DEGREES.matcher(v).matches()) {
			problem(c, "'" + shown(v) + "' is not a number of degrees written as a decimal (like 53.4084 or -2.9916)");
			return null;
		}
		return Double.valueOf(v);
	}

	private Boolean yesNo(Column c) {
		String v = row.get(c);
		if (v == null) {
			return null;
		}
		return switch (v.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true" -> true;
			case "no", "n", "false" -> false;
			default -> {
				problem(c, "'" + shown(v) + "' is not yes or no");
				yield null;
			}
		};
	}

	private List<String> list(Column c) {
		String v = row.get(c);
		if (v == null) {
			return null;
		}
		return Arrays.stream(v.split(LIST_SEPARATOR, -1)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private List<Integer> wholes(Column c) {
		List<String> items = list(c);
		if (items == null) {
			return null;
		}
		List<Integer> numbers = new ArrayList<>();
		for (String item : items) {
			if (!WHOLE.matcher(item).matches()) {
				problem(c, "'" + shown(item) + "' is not a whole number (ages are separated by semicolons: 4;9)");
				return null;
			}
			numbers.add(Integer.valueOf(item));
		}
		return numbers;
	}

	private static List<String> lowerCase(List<String> codes) {
		return codes == null ? null : codes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
	}

	private void problem(Column c, String message) {
		problems.add(new CsvProblem(row.line(), c.header, message));
	}

	/** A cell as a problem quotes it: at most 40 characters, control characters shown as '?'. */
	static String shown(String v) {
		String s = v.length() > 40 ? v.substring(0, 40) + "…" : v;
		return s.replaceAll("\\p{Cntrl}", "?");
	}
}
