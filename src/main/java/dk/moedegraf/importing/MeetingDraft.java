package dk.moedegraf.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Extraction.Status;

/** A meeting as the layout steps read it: header, region of lines, attendance and agenda items. */
final class MeetingDraft {

	private final Lines lines;


	final String title;

	final List<String> forums;

	final LocalDate date;

	final int line;

	LocalTime start;

	LocalTime end;

	String location;

	int headerEnd;

	int regionEnd;

	final Map<String, AttendanceAcc> attendance = new LinkedHashMap<>();

	final Map<Integer, ItemAcc> items = new LinkedHashMap<>();

	/** Item headings in text order (an item may be headed twice: in the agenda and in the minutes). */
	final List<int[]> itemLines = new ArrayList<>();

	MeetingDraft(Lines lines, String title, List<String> forums, LocalDate date, int line) {
		this.lines = lines;
		this.title = title;
		this.forums = forums;
		this.date = date;
		this.line = line;
	}

	void attend(String person, Status status, String role, String org, Span span) {
		attend(person, status, role, null, org, span);
	}

	void attend(String person, Status status, String role, String title, String org, Span span) {
		title = title == null ? null : title.replaceFirst("[\\s:,;]+$", ""); // "Formand: Ole Lund": no colon in the title
		AttendanceAcc a = attendance.get(person);
		if (a == null) {
			a = new AttendanceAcc(person, status, span);
			attendance.put(person, a);
		}
		else if (a.status == Status.GUEST || status == Status.ABSENT && a.status == Status.PRESENT
				&& a.role == null && a.onBehalfOf == null) {
			a.status = status;
			a.span = span;
		}
		a.role = a.role == null ? role : a.role;
		a.title = a.title == null ? title : a.title;
		a.onBehalfOf = a.onBehalfOf == null ? org : a.onBehalfOf;
	}

	void guest(String person, Integer item, Span span) {
		AttendanceAcc a = attendance.get(person);
		if (a == null) {
			a = new AttendanceAcc(person, Status.GUEST, span);
			attendance.put(person, a);
		}
		if (a.status == Status.GUEST && item != null) {
			a.items.add(item);
		}
	}

	void spoke(String person, Span span) {
		if (!attendance.containsKey(person)) {
			attendance.put(person, new AttendanceAcc(person, Status.PRESENT, span));
		}
	}

	void substitute(String person, String absent) {
		attendance.get(person).substituteFor = absent;
	}

	void item(int n, String title, int line) {
		itemLines.add(new int[] { n, line });
		ItemAcc it = items.get(n);
		if (it == null) {
			items.put(n, new ItemAcc(n, title, line));
		}
		else {
			if (title.length() > it.title.length() && !lines.clean.get(it.line).matches(".*\\s\\d{1,3}$")
					|| it.title.isBlank()) {
				it.title = title;
			}
			// the item's body follows its last heading (the first is in the table of contents)
			it.line = line;
		}
	}

	Integer currentItemAt(int line) {
		Integer cur = null;
		for (int[] il : itemLines) {
			if (il[1] <= line) {
				cur = il[0];
			}
		}
		return cur;
	}

	void decision(int n, String text, Span span) {
		ItemAcc it = items.computeIfAbsent(n, x -> new ItemAcc(n, "Punkt " + n, span.from() - 1));
		it.decision = it.decision == null ? text : it.decision + "\n" + text;
	}

	static final class AttendanceAcc {

		final String person;

		Status status;

		String role;

		String title;

		String onBehalfOf;

		String substituteFor;

		final Set<Integer> items = new java.util.TreeSet<>();

		Span span;

		AttendanceAcc(String person, Status status, Span span) {
			this.person = person;
			this.status = status;
			this.span = span;
		}
	}

	static final class ItemAcc {

		final int number;

		String title;

		String decision;

		int line;

		Span span;

		final Set<String> initiatives = new LinkedHashSet<>();

		ItemAcc(int number, String title, int line) {
			this.number = number;
			this.title = title;
			this.line = line;
			this.span = new Span(Lines.no(line), Lines.no(line));
		}

		int end(MeetingDraft m) {
			int next = m.regionEnd;
			for (ItemAcc o : m.items.values()) {
				if (o.line > line && o.line - 1 < next) {
					next = o.line - 1;
				}
			}
			return next;
		}
	}
}
