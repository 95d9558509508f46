package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.moedegraf.importing.Extraction.Status;

/**
 * What the attendance rules read from one document: per person, the attendance (present, absent, guest),
 * whether they are listed as a member, and what is written beside them. The first rule to state a
 * person's attendance wins; later rules fill what is still empty.
 */
final class Roll {

	static final class Row {
		final String name;
		final int line;
		Status status;
		boolean member;
		String role;
		String title;
		String party;
		String organisation;
		String substituteFor;

		Row(String name, int line) {
			this.name = name;
			this.line = line;
		}
	}

	final String text;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	/** a list of who came (Til stede, Deltagere …) was read, so members are not presumed present */
	boolean presentList;

	Roll(String text) {
		this.text = text;
	}

	Collection<Row> rows() {
		return rows.values();
	}

	Row get(String name) {
		return rows.get(key(name));
	}

	/** The row of a person, made when new. */
	Row row(String name, int offset) {
		return rows.computeIfAbsent(key(name), k -> new Row(name, line(offset)));
	}

	/**
	 * States an attendance unless one is stated already; absence overrides presence, since lists of
	 * participants often name every member and the afbud list says who did not come.
	 */
	Row attend(String name, int offset, Status status) {
		Row r = row(name, offset);
		if (r.status == null || status == Status.ABSENT && r.status == Status.PRESENT && r.substituteFor == null) {
			r.status = status;
		}
		return r;
	}

	/** Names a rule found to be no person of the roll: the layouts' reading of them is wrong too. */
	final java.util.Set<String> rejected = new java.util.HashSet<>();

	/** Drops a row a list rule read wrongly ("Eva Holms" of "deltog i Eva Holms fravær"). */
	void forget(String name) {
		if (rows.remove(key(name)) != null) {
			rejected.add(key(name));
		}
	}

	boolean anyAttendance() {
		return rows.values().stream().anyMatch(r -> r.status != null);
	}

	/** Offsets where lines start, counted once: every row asks, and a long document has many rows. */
	private int[] lineStarts;

	/** 1-based line of a character offset. */
	int line(int offset) {
		if (lineStarts == null) {
			lineStarts = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
					java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
		}
		int at = java.util.Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
		return at >= 0 ? at + 1 : -at - 1;
	}

	/** Names compare without case, spaces or hyphens: "Olsvig-Brandt" and "Olsvig Brandt" are one. */
	static String key(String name) {
		return Fold.key(name).replaceAll("[\\s\\-]", "");
	}
}
