package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;

/**
 * Two lists side by side, as {@code pdftotext -layout} lays out a participants' box ("Deltagere          Afbud" over
 * the two columns, or "Dato: 4. marts 2031     Mødt: Ole Lund" in a header box): the right column is read after the
 * left one, each as a list of its own. Lines are added by this, so the text comes with where each of its lines was
 * written, and every fact read from it cites the line as written ({@link #remap}).
 */
final class Columns {

	private Columns() {
	}

	/** The text with the columns one after the other; {@code origin[i]} is the written line (from 0) of its line i. */
	record Split(String text, int[] origin) {
		boolean unchanged() {
			for (int i = 0; i < origin.length; i++) {
				if (origin[i] != i) {
					return false;
				}
			}
			return true;
		}
	}

	/** Text, then a gap of three spaces or more, then text: a line of two cells. */
	private static final Pattern TWO_CELLS = Pattern.compile("^( *)(\\S.*?\\S|\\S) {3,}(\\S.*?)\\s*$");

	/** The right column's least start: narrower, and a line's cells are a table row or justified text. */
	private static final int LEAST_START = 16;

	static Split split(String text) {
		String[] lines = text.split("\n", -1);
		List<String> out = new ArrayList<>(lines.length + 8);
		List<Integer> origin = new ArrayList<>(lines.length + 8);
		int i = 0;
		while (i < lines.length) {
			int end = block(lines, i);
			if (end < 0) {
				out.add(lines[i]);
				origin.add(i);
				i++;
				continue;
			}
			Matcher head = TWO_CELLS.matcher(lines[i]);
			head.matches();
			int at = head.start(3);
			List<String> right = new ArrayList<>();
			List<Integer> rightOrigin = new ArrayList<>();
			out.add(lines[i].substring(0, at).stripTrailing());
			origin.add(i);
			right.add(" ".repeat(head.group(1).length()) + head.group(3));
			rightOrigin.add(i);
			for (int j = i + 1; j < end; j++) {
				int cut = cut(lines[j], at);
				out.add(cut < 0 ? lines[j] : lines[j].substring(0, cut).stripTrailing());
				origin.add(j);
				if (cut >= 0 && !lines[j].substring(cut).isBlank()) {
					right.add(" ".repeat(head.group(1).length()) + lines[j].substring(cut).strip());
					rightOrigin.add(j);
				}
			}
			out.add(""); // the left list ends before the right one starts
			origin.add(end - 1);
			out.addAll(right);
			origin.addAll(rightOrigin);
			i = end;
		}
		return new Split(String.join("\n", out), origin.stream().mapToInt(Integer::intValue).toArray());
	}

	/**
	 * The end (exclusive) of a two-column block whose heading line is {@code i}, or -1: the right cell of the heading
	 * opens a list ("Afbud", "Mødt:") and the left one is a heading or a label too, or the two are groups of names under
	 * a list's heading ({@link #groupsOfNames}); the lines under them keep to the two columns, up to two blank lines, a
	 * line that runs across the gap, or a line less indented than the heading.
	 */
	private static int block(String[] lines, int i) {
		if (lines[i].length() > 200 || !lines[i].contains("   ")) {
			return -1; // a paragraph, or a line with no gap between two cells
		}
		Matcher head = TWO_CELLS.matcher(lines[i]);
		if (lines[i].indexOf('\t') >= 0 || !head.matches() || head.start(3) < LEAST_START || TWO_CELLS.matcher(head.group(3)).matches()) {
			return -1;
		}
		boolean lists = opensList(head.group(3)) && (opensList(head.group(2)) || head.group(2).endsWith(":") || head.group(2).contains(": "));
		if (!lists && !groupsOfNames(lines, i, head)) {
			return -1;
		}
		int at = head.start(3);
		int indent = head.group(1).length();
		int blanks = 0;
		int end = i + 1;
		boolean rightBelow = false;
		for (int j = i + 1; j < lines.length; j++) {
			String l = lines[j];
			if (l.isBlank()) {
				if (++blanks == 2) {
					break;
				}
				continue;
			}
			blanks = 0;
			int lineIndent = l.length() - l.stripLeading().length();
			if (l.indexOf('\t') >= 0 || lineIndent < indent) {
				break;
			}
			int cut = cut(l, at);
			if (cut < 0) {
				break;
			}
			rightBelow |= !l.substring(cut).isBlank();
			end = j + 1;
		}
		return rightBelow ? end : -1;
	}

	/**
	 * Under a list's heading, two groups side by side, each headed by whom its people sit for ("Siumut          Inuit
	 * Ataqatigiit" over two columns of names): the heading's cells name no one, and the next two lines hold a name in
	 * each column. A table of names and their organisations ("Ole Lund        KL") has no name on the right.
	 */
	private static boolean groupsOfNames(String[] lines, int i, Matcher head) {
		int above = i - 1;
		while (above >= 0 && lines[above].isBlank()) {
			above--;
		}
		if (above < 0 || !opensList(lines[above].strip()) || !group(head.group(2)) || !group(head.group(3))
				|| head.group(2).split("\\s+").length > 4 || head.group(3).split("\\s+").length > 4) {
			return false;
		}
		int at = head.start(3);
		for (int j = i + 1; j <= i + 2; j++) {
			int cut = j < lines.length ? cut(lines[j], at) : -1;
			if (cut < 0 || cut >= lines[j].length() || !named(lines[j].substring(0, cut)) || !named(lines[j].substring(cut))) {
				return false;
			}
		}
		return true;
	}

	/** A group's label: a party or an organisation ("Inuit Ataqatigiit", "FOA"), or words that name no one. */
	private static boolean group(String cell) {
		return Vocabulary.isParty(cell) || Vocabulary.PARTY_LETTERS.containsValue(cell) || Names.looksLikeOrganisation(cell) || !named(cell);
	}

	/** A cell that starts with a person's name, perhaps after a title or a rank ("1. viceborgmester Nivi Olsen (suppleant …"). */
	private static boolean named(String cell) {
		String c = cell.replaceAll("\\(.*", "").replaceFirst("^\\s*\\d+\\.\\s*", "").strip();
		return Names.looksLikeName(c) || Names.titledName(c) != null;
	}

	/** Where line {@code l} divides at the column starting near {@code at}: the line's length if it ends before it, else -1. */
	private static int cut(String l, int at) {
		if (l.stripTrailing().length() < at - 1) {
			return l.length();
		}
		// the right cell starts within two characters of the column, after a gap of two spaces or more
		for (int k = Math.max(2, at - 2); k <= at + 2 && k < l.length(); k++) {
			if (l.charAt(k) != ' ' && l.charAt(k - 1) == ' ' && l.charAt(k - 2) == ' ') {
				return k;
			}
		}
		return at < l.length() && l.substring(Math.max(0, at - 2), Math.min(l.length(), at + 3)).isBlank() ? at : -1;
	}

	/** An attendance heading opening the cell: "Afbud", "Deltagere:", "Mødt: Ole Lund", "Gæst". */
	private static boolean opensList(String cell) {
		return Vocabulary.HEADINGS.stream().anyMatch(h -> {
			Matcher m = h.pattern().matcher(cell);
			return m.lookingAt() && m.start() == 0;
		});
	}

	/** Every span of what was read from the split text, as the lines were written. */
	static Extraction remap(Extraction x, Split split) {
		if (split.unchanged()) {
			return x;
		}
		UnaryOperator<Span> s = span -> {
			if (span == null) {
				return null;
			}
			int from = written(split, span.from());
			int to = written(split, span.to());
			return new Span(Math.min(from, to), Math.max(from, to));
		};
		return new Extraction(x.document(),
				x.meetings().stream().map(m -> new Extraction.MeetingX(m.key(), m.title(), m.forums(), m.date(), m.start(), m.end(),
						m.location(), m.items().stream().map(a -> new Extraction.AgendaItemX(a.number(), a.title(), a.decision(), a.order(),
								a.initiatives(), s.apply(a.span()))).toList(), s.apply(m.span()))).toList(),
				x.people().stream().map(p -> new Extraction.PersonX(p.name(), p.aliases(), p.initials(), s.apply(p.span()))).toList(),
				x.organisations().stream().map(o -> new Extraction.OrgX(o.name(), o.kind(), o.aliases(), s.apply(o.span()))).toList(),
				x.forums().stream().map(f -> new Extraction.ForumX(f.name(), f.kind(), f.aliases(), f.partOf(), s.apply(f.span()))).toList(),
				x.initiatives().stream().map(n -> new Extraction.InitiativeX(n.name(), n.kind(), n.code(), n.aliases(), s.apply(n.span()))).toList(),
				x.attendance().stream().map(a -> new Extraction.Attendance(a.person(), a.meetingKey(), a.status(), a.role(), a.title(),
						a.onBehalfOf(), a.substituteFor(), a.agendaItems(), s.apply(a.span()))).toList(),
				x.memberships().stream().map(m -> new Extraction.Membership(m.person(), m.forum(), m.role(), m.title(), m.onBehalfOf(),
						s.apply(m.span()))).toList(),
				x.affiliations().stream().map(a -> new Extraction.Affiliation(a.person(), a.organisation(), a.title(), s.apply(a.span()))).toList(),
				x.participations().stream().map(p -> new Extraction.Participation(p.organisation(), p.forum(), p.initiative(), p.role(),
						s.apply(p.span()))).toList(),
				x.warnings());
	}

	/** The written line (from 1) of line {@code no} (from 1) of the split text. */
	private static int written(Split split, int no) {
		int i = Math.max(0, Math.min(split.origin().length - 1, no - 1));
		return split.origin()[i] + 1;
	}
}
