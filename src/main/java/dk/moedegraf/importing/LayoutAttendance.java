package dk.moedegraf.importing;

import static dk.moedegraf.importing.LayoutLists.attendanceHeading;
import static dk.moedegraf.importing.MinutesParser.cutParenthetical;
import static dk.moedegraf.importing.MinutesParser.splitList;
import static dk.moedegraf.importing.Vocabulary.ITEM_HEADING;
import static dk.moedegraf.importing.Vocabulary.isRoleWord;

import dk.moedegraf.names.Fold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.LayoutLists.Heading;
import dk.moedegraf.importing.Extraction.Status;

/**
 * Attendance as a meeting's layout gives it, read line by line in the meeting's region: tab tables with a
 * "Navn" column ("Navn\tStilling\tRepræsentant for"), per-item lines ("Pkt. 3: Tid: 15 min Deltagere: A, B og C"),
 * guest sentences ({@link GuestSentences}) and lists under attendance headings ({@link LayoutLists}); then the
 * prose conventions of {@link ProseAttendance}.
 */
final class LayoutAttendance {

	private final Draft r;

	private final GuestSentences guests;

	private final LayoutLists lists;

	private final ProseAttendance prose;

	LayoutAttendance(Draft r) {
		this.r = r;
		this.guests = new GuestSentences(r);
		this.lists = new LayoutLists(r);
		this.prose = new ProseAttendance(r);
	}

	private static final Pattern ITEM_PARTICIPANTS = Pattern.compile("^(?:Pkt\\.?|Punkt)\\s*(\\d+)\\s*:.*?\\b(Deltagere|Deltager|Gæster)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	void attendance(MeetingDraft m) {
		Lines l = r.lines;
		Status tableStatus = null;
		int[] cols = null;
		int nameAt = 0;
		for (int i = m.line; i <= m.regionEnd; i++) {
			String c = l.clean.get(i);
			// tab tables: Navn / Stilling / Repræsentant for / Fremmøde
			if (c.contains("\t")) {
				String[] written = c.split("\t", -1);
				int named = nameColumn(written);
				if (named >= 0) {
					nameAt = named; // "Organisation⇥Navn⇥Funktion": the rows read as if the name came first
				}
				String[] cells = nameFirst(written, nameAt);
				if (named >= 0) {
					cols = columns(cells);
					// "Afbud:" on the line above a table: its rows are who did not come
					int above = i - 1;
					while (above > m.line && l.blank(above)) {
						above--;
					}
					Heading h = above >= m.line && !l.clean.get(above).contains("\t") ? attendanceHeading(r.lines, above) : null;
					tableStatus = h != null && h.rest().isEmpty() && h.status() != null ? h.status() : Status.PRESENT;
					continue;
				}
				if (cols != null) {
					String first = cells[0].strip();
					Heading h = attendanceHeading(r.lines, i);
					if (h != null && Names.words(first).size() <= 3 && !Names.looksLikeName(first)) {
						tableStatus = h.status();
						continue;
					}
					tableRow(m, cells, cols, tableStatus, i);
					continue;
				}
			}
			else if (cols != null && !c.isEmpty()) {
				Heading h = attendanceHeading(r.lines, i);
				if (h != null && h.rest().isEmpty()) {
					tableStatus = h.status();
					continue;
				}
				cols = null;
			}
			// per-item lines: "Pkt. 3: Tid: 15 min Deltagere: A, B og C"
			Matcher pk = ITEM_PARTICIPANTS
				.matcher(c);
			if (pk.find()) {
				int item = Integer.parseInt(pk.group(1));
				StringBuilder list = new StringBuilder(pk.group(3));
				int j = i;
				while (j + 1 <= m.regionEnd && !l.blank(j + 1) && !ITEM_HEADING.matcher(l.clean.get(j + 1)).find()
						&& attendanceHeading(r.lines, j + 1) == null) {
					j++;
					list.append(list.toString().endsWith("-") ? "" : " ").append(l.clean.get(j));
				}
				for (String name : splitList(cutParenthetical(list.toString()))) {
					if (Names.looksLikeName(name)) {
						m.guest(r.person(name, i), item, new Span(Lines.no(i), Lines.no(j)));
					}
				}
				i = j;
				continue;
			}
			if (guests.read(m, c, i)) {
				continue;
			}
			Heading h = attendanceHeading(r.lines, i);
			if (h == null) {
				continue;
			}
			i = lists.list(m, h, i);
		}
		prose.speakers(m);
		prose.substitutesInProse(m);
		prose.absentInProse(m);
		prose.substitutes(m);
	}

	/** The column headed "Navn" in a table's header of two columns or more, else -1. */
	private static int nameColumn(String[] cells) {
		for (int j = 0; cells.length >= 2 && j < cells.length && j < 3; j++) {
			if (Fold.key(cells[j]).equals("navn")) {
				return j;
			}
		}
		return -1;
	}

	/** The row's cells with the name's first, the rest in their order. */
	private static String[] nameFirst(String[] cells, int nameAt) {
		if (nameAt <= 0 || nameAt >= cells.length) {
			return cells;
		}
		String[] out = new String[cells.length];
		out[0] = cells[nameAt];
		for (int j = 0, k = 1; j < cells.length; j++) {
			if (j != nameAt) {
				out[k++] = cells[j];
			}
		}
		return out;
	}

	/**
	 * Where a table's columns are: name, title, organisation, who came, notes ("Bemærkning"), a mark for who was away
	 * ("Afbud" over an X), the member's deputy; -1 for none.
	 */
	private static int[] columns(String[] cells) {
		int[] cols = { 0, -1, -1, -1, -1, -1, -1 };
		for (int j = 1; j < cells.length; j++) {
			String k = Fold.key(cells[j]);
			if (k.equals("afbud") || k.equals("fraverende")) {
				cols[5] = j; // "Til stede⇥Afbud" over marks: the column that marks who was away
			}
			else if (k.startsWith("fremmod") || k.startsWith("deltagelse") || k.equals("status") || k.equals("modt") || k.equals("deltog")
					|| k.equals("til stede") || k.equals("tilstede")) {
				cols[3] = j; // "Fremmøde": Til stede / Afbud, row by row
			}
			else if (k.startsWith("stilling") || k.startsWith("titel") || k.startsWith("funktion")) {
				cols[1] = j;
			}
			else if (k.startsWith("repr") || k.startsWith("organisation") || k.startsWith("forvaltning")
					|| k.startsWith("parti") || k.startsWith("for ") || k.startsWith("udpeget")
					// "Kommune⇥Navn⇥Funktion" in a group of municipalities: the one each member comes for
					|| k.equals("kommune") || k.equals("myndighed") || k.equals("forening") || k.equals("virksomhed")) {
				cols[2] = j;
			}
			else if (k.startsWith("bemerkning") || k.startsWith("note") || k.startsWith("kommentar")) {
				cols[4] = j;
			}
			else if (k.startsWith("stedfortreder") || k.startsWith("suppleant") || k.startsWith("personlig stedfortreder")) {
				cols[6] = j;
			}
		}
		return cols;
	}

	/** "Afbud - stedfortræder deltog", "afbud, suppleant mødte": the member's deputy came. */
	private static final Pattern DEPUTY_CAME = Pattern.compile("(?iu)(?:stedfortræder(?:en)?|suppleant(?:en)?)\\s+(?:deltog|mødte|deltager)");

	/** A cell that ticks its column: "X", "✓", "Ja". */
	private static final Pattern MARK = Pattern.compile("(?iu)[x✓✔√]|ja");

	private static final Pattern ORG_AND_ROLE = Pattern.compile("^(.*?),\\s*([\\p{L} ]+)$");

	/** "Suppleant for Abdi Warsame" in a cell: the member the person stood in for, else null. */
	private static String absentee(String cell) {
		Matcher sf = cell == null ? null : Vocabulary.SUBSTITUTE_FOR.matcher(cell);
		if (sf == null || !sf.lookingAt()) {
			return null;
		}
		String name = (sf.group(1) != null ? sf.group(1) : sf.group(2)).strip().replaceFirst("[.)]+$", "");
		return Names.looksLikeName(name) ? name : null;
	}

	/** "Ole Lund (A)" in a table's name column: the name, and the party in its bracket. */
	private static final Pattern NAME_AND_PARTY = Pattern.compile("^(.+?)\\s*\\(([^()]{1,30})\\)$");

	private void tableRow(MeetingDraft m, String[] cells, int[] cols, Status status, int i) {
		String name = cells[0].strip();
		String party = null;
		Matcher np = NAME_AND_PARTY.matcher(name);
		if (np.matches() && Vocabulary.isParty(np.group(2))) {
			name = np.group(1);
			party = np.group(2).strip();
		}
		if (!Names.looksLikeName(name)) {
			return;
		}
		String title = cols[1] >= 0 && cols[1] < cells.length ? blankToNull(cells[cols[1]].strip()) : null;
		String orgCell = cols[2] >= 0 && cols[2] < cells.length ? cells[cols[2]].strip() : party != null ? party : "";
		String role = null;
		String org = orgCell;
		Matcher rm = ORG_AND_ROLE.matcher(orgCell);
		if (rm.matches() && isRoleWord(rm.group(2))) {
			org = rm.group(1).strip();
			role = Names.lower(rm.group(2).strip());
		}
		// a party's letter in the column ("A") stands for the party, as in lists
		org = Vocabulary.PARTY_LETTERS.getOrDefault(org, org);
		if (title != null && isRoleWord(title)) {
			role = role == null ? Names.lower(title) : role;
		}
		String deputy = null;
		if (cols[3] >= 0 && cols[3] < cells.length && status != Status.GUEST) {
			String said = cells[cols[3]].strip();
			if (Vocabulary.AWAY_NOTE.matcher(said).lookingAt() || said.equalsIgnoreCase("nej")) {
				status = Status.ABSENT; // "Afbud", "Afbud - stedfortræder deltog"
				String named = cols[6] >= 0 && cols[6] < cells.length ? cells[cols[6]].strip() : "";
				if (DEPUTY_CAME.matcher(said).find() && Names.looksLikeName(named)) {
					deputy = named;
				}
			}
		}
		String away = cols[5] >= 0 && cols[5] < cells.length ? cells[cols[5]].strip() : "";
		if ((MARK.matcher(away).matches() || Vocabulary.AWAY_NOTE.matcher(away).matches()) && status != Status.GUEST) {
			status = Status.ABSENT;
		}
		// a notes column says in a word that the person was away ("Afbud") or what the person's role is ("Formand");
		// a longer note ("Deltog fra kl. 16.30") leaves the row as it is
		String note = cols[4] >= 0 && cols[4] < cells.length ? cells[cols[4]].strip().replaceFirst("[.]$", "") : "";
		if (Vocabulary.AWAY_NOTE.matcher(note).matches() && status != Status.GUEST) {
			status = Status.ABSENT;
		}
		else if (isRoleWord(note)) {
			role = role == null ? Names.lower(note) : role;
		}
		// "Suppleant for Abdi Warsame" in the function or notes column: whom the person stood in for
		String stoodInFor = absentee(title);
		if (stoodInFor != null) {
			title = null; // the column said only whom the person stood in for
		}
		else {
			stoodInFor = absentee(note);
		}
		role = stoodInFor != null ? "suppleant" : role;
		String person = r.person(name, i);
		Span span = new Span(Lines.no(i), Lines.no(i));
		String orgName = org.isEmpty() ? null : r.org(unionOf(org), i);
		if (orgName != null && !orgName.equals(org)) {
			r.orgAlias(orgName, org);
		}
		m.attend(person, status, role, title, orgName, span);
		if (stoodInFor != null && status != Status.ABSENT) {
			m.attendance.get(person).substituteFor = r.person(stoodInFor, i);
		}
		if (deputy != null) {
			// "Per Ravn⇥Karen Bech⇥Afbud - stedfortræder deltog": the deputy in the member's column came in his place
			String in = r.person(deputy, i);
			m.attend(in, Status.PRESENT, "suppleant", null, orgName, span);
			m.attendance.get(in).substituteFor = person;
		}
		if (status != Status.GUEST) {
			r.membership(person, m.forums.get(0), role, title, orgName, span);
		}
		if (orgName != null) {
			// whom a member represents is the membership's onBehalfOf; it does not make the unit a party to the forum
			r.affiliation(person, orgName, title, span);
		}
	}

	private static final Pattern UNION_IN_CONFEDERATION = Pattern.compile("^(\\p{Lu}{2,6})\\s*\\(([\\p{Lu}\\d][^()+,]*)\\)$");

	/**
	 * "LO (LFS)", "FTF (DSR)": a member organisation written inside its confederation stands for the member
	 * organisation. A qualifier in lower case ("Driftscentre (ekskl. DSI)") or a list ("AC (DJØF + DM)")
	 * leaves the name as written.
	 */
	static String unionOf(String org) {
		Matcher m = UNION_IN_CONFEDERATION.matcher(org.strip());
		return m.matches() ? m.group(2).strip() : org;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
