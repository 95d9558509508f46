package dk.moedegraf.importing;

import static dk.moedegraf.importing.MinutesParser.splitList;
import static dk.moedegraf.importing.Vocabulary.ITEM_HEADING;
import static dk.moedegraf.importing.Vocabulary.ITEM_REF;
import static dk.moedegraf.importing.Vocabulary.LAYOUT_HEADINGS;
import static dk.moedegraf.importing.Vocabulary.PARTY_LETTERS;
import static dk.moedegraf.importing.Vocabulary.isRoleWord;
import static dk.moedegraf.importing.Vocabulary.looksLikeTitle;

import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Extraction.Status;
import dk.moedegraf.importing.MeetingDraft.AttendanceAcc;

/**
 * The list under an attendance heading ("Deltagere:", "Afbud fra:", "Referent: Ane Bo"): a comma list that may
 * wrap, or one entry per line, each entry a name with what is written beside it — role, title, party letter or
 * organisation, "afbud", "suppleant for X", "deltog under punkt 4".
 */
final class LayoutLists {

	private final Draft r;

	LayoutLists(Draft r) {
		this.r = r;
	}

	record Heading(Status status, String rest, boolean members, String key) {
	}

	private static String headingRole(Heading h) {
		for (String w : List.of("referent", "modeleder", "ordstyrer", "sekretariat", "observator")) {
			if (h.key().startsWith(w)) {
				return switch (w) {
					case "modeleder" -> "mødeleder";
					case "observator" -> "observatør";
					default -> w;
				};
			}
		}
		return null;
	}

	/** An attendance heading at line i ("Deltagere:", "Afbud fra:", "Til stede", "MØDEDELTAGERE ..."), or null. */
	static Heading attendanceHeading(Lines l, int i) {
		String k = l.key.get(i);
		String c = l.clean.get(i);
		for (Vocabulary.Heading h : Vocabulary.HEADINGS) {
			Matcher m = h.pattern().matcher(c);
			if (!m.lookingAt() || h.colonOnly() && !c.substring(m.end()).stripLeading().startsWith(":")) {
				continue;
			}
			int colon = c.indexOf(':');
			String rest = colon >= 0 ? c.substring(colon + 1).strip() : "";
			// a heading is short or ends in a colon; "Deltagerne drøftede ..." is prose
			if (colon < 0 && k.split(" ").length > 4) {
				return null;
			}
			if (colon > 30) {
				return null;
			}
			Status status = switch (h.kind()) {
				case ABSENT -> Status.ABSENT;
				case GUEST -> Status.GUEST;
				default -> Status.PRESENT;
			};
			return new Heading(status, rest, h.kind() == Vocabulary.ListKind.MEMBER || k.contains("medlemmer"), k);
		}
		// OCR-damaged headings ("Mgdedeltagere:") by their folded keys
		for (var e : LAYOUT_HEADINGS) {
			if (Fold.startsWithWord(k, e.getKey())) {
				int colon = c.indexOf(':');
				if (colon < 0 && k.split(" ").length > 4 || colon > 30) {
					return null;
				}
				return new Heading(e.getValue(), colon >= 0 ? c.substring(colon + 1).strip() : "", k.contains("medlemmer"), k);
			}
		}
		return null;
	}

	/**
	 * A comma list wrapped mid-entry, as narrow PDF columns break it ("…, Allan Flyvbjerg, Kim⏎Overvad, Lene Boel, …"):
	 * the list has commas and no full stop yet, and the next line is neither a heading, a label nor an agenda item.
	 */
	private boolean wrapped(String list, int next) {
		String c = r.lines.clean.get(next);
		return list.contains(",") && !list.strip().endsWith(".") && c.contains(",") && attendanceHeading(r.lines, next) == null
				&& !ITEM_HEADING.matcher(c).find() && !c.contains(":") && !c.contains("\t");
	}

	/** The list under an attendance heading; returns the last line consumed. */
	int list(MeetingDraft m, Heading h, int i) {
		Lines l = r.lines;
		int last = i;
		List<int[]> entries = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		if (!h.rest().isEmpty()) {
			StringBuilder b = new StringBuilder(h.rest());
			int j = i;
			// a comma list may wrap onto the next lines
			while (j + 1 <= m.regionEnd && !l.blank(j + 1) && (b.toString().strip().endsWith(",")
					|| b.toString().strip().endsWith(" og") || l.clean.get(j + 1).matches("^\\p{Ll}.*|^\\p{Lu}\\p{Ll}+[,.]?$")
					|| wrapped(b.toString(), j + 1))) {
				j++;
				// "Hammer-" at a line end goes on with "Jakobsen": no space
				b.append(b.toString().endsWith("-") ? "" : " ").append(l.clean.get(j));
			}
			Matcher except = Vocabulary.ALL_EXCEPT.matcher(b);
			if (h.status() == Status.PRESENT && except.lookingAt()) {
				// "Til stede: Alle medlemmer undtagen Ole Lund og Eva Holm": the ones named stayed away
				String away = b.substring(except.end()).strip().replaceFirst("\\.$", "");
				h = new Heading(Status.ABSENT, away, h.members(), h.key());
				b = new StringBuilder(away);
			}
			for (String e : splitList(b.toString())) {
				if (!texts.isEmpty() && entryName(e) == null
						&& (Names.looksLikeOrganisation(e) || isRoleWord(e) || e.matches("^\\p{Ll}.*"))) {
					// "Marianne Folkmann (A), formand": the role belongs to the name before it
					// "Referent: Ole Brøndum, Regionssekretariatet": the organisation belongs to the name before it
					texts.set(texts.size() - 1, texts.get(texts.size() - 1) + ", " + e);
					continue;
				}
				texts.add(e);
				entries.add(new int[] { i, j });
			}
			last = j;
		}
		else {
			int blanks = 0;
			for (int j = i + 1; j <= m.regionEnd; j++) {
				if (l.blank(j)) {
					if (++blanks > 1 || !texts.isEmpty() && blanks > 0 && nextIsNotEntry(j, m)) {
						break;
					}
					continue;
				}
				blanks = 0;
				String c = l.clean.get(j);
				if (attendanceHeading(r.lines, j) != null || ITEM_HEADING.matcher(c).find() || c.contains("\t")) {
					break;
				}
				String name = entryName(c);
				if (name == null) {
					if (c.contains(",") && splitList(c).stream().allMatch(Names::looksLikeName)) {
						for (String e : splitList(c)) {
							texts.add(e);
							entries.add(new int[] { j, j });
						}
						last = j;
						continue;
					}
					break;
				}
				texts.add(c);
				entries.add(new int[] { j, j });
				last = j;
			}
		}
		for (int e = 0; e < texts.size(); e++) {
			entry(m, h, texts.get(e), entries.get(e)[0], entries.get(e)[1]);
		}
		return last;
	}

	private boolean nextIsNotEntry(int j, MeetingDraft m) {
		int n = r.lines.nextNonBlank(j);
		return n > m.regionEnd || n >= r.lines.size() || entryName(r.lines.clean.get(n)) == null;
	}

	private static final Pattern TITLE_BEFORE_NAME = Pattern.compile("^(?:\\p{Ll}[\\p{L}\\-.]*\\s+){1,3}(\\p{Lu}.*)$");

	/** The name at the start of a list entry ("Anne Holm, formand", "Ib Lund (A)", "Ida Kær - afbud"), or null. */
	static String entryName(String c) {
		String n = c.split("\\s*(?:,|\\(|\\s[-–]\\s|\\t|;)\\s*", 2)[0].strip();
		if (Names.looksLikeName(n)) {
			return n;
		}
		// "direktør Anne Holm", "sekretariatschef Bo Lind": a title in lower case before the name
		Matcher titled = TITLE_BEFORE_NAME.matcher(n);
		if (titled.matches() && Names.looksLikeName(titled.group(1))) {
			return titled.group(1);
		}
		// "Chefkonsulent Nanna Krogh": a capitalised job title before the name
		String[] t = Names.titledName(n);
		return t == null ? null : t[1];
	}

	private static final Pattern SUBSTITUTE_FOR = Pattern.compile("(?i)(?:suppleant|stedfortræder)\\s+for\\s+(.+)$");

	/** "samt fra forvaltningen", "og fra sekretariatet" before a name in a list of who came. */
	private static final Pattern OFFICIALS = Pattern.compile("(?iu)(?:samt|og)?\\s*fra\\s+" + Vocabulary.OFFICES + "(?:\\s+deltog)?:?");

	/** "pkt. 3", "punkt 3 og 4" alone beside a name: the items the person took part in. */
	private static final Pattern BARE_ITEMS = Pattern.compile("(?i)" + ITEM_REF);

	private static final Pattern TOOK_PART_UNDER = Pattern.compile("(?i)deltog\\s+(?:under|i|ved)\\s+" + ITEM_REF);

	private void entry(MeetingDraft m, Heading h, String text, int from, int to) {
		String name = entryName(text);
		if (name == null) {
			return;
		}
		// the name as the entry reads it may space its words otherwise than the text ("Eva  Holm", a line break)
		Matcher at = Pattern.compile(String.join("\\s+", java.util.Arrays.stream(name.split("\\s+")).map(Pattern::quote).toList())).matcher(text);
		if (!at.find()) {
			return;
		}
		String rest = text.substring(at.end());
		Status status = h.status();
		String role = null;
		String org = null;
		String party = null;
		String before = text.substring(0, at.start()).strip();
		if (OFFICIALS.matcher(before).matches()) {
			// "…, samt fra forvaltningen Per Ravn": an official among who came, not a member
			status = Status.GUEST;
			before = "";
		}
		String title = before.isEmpty() ? null : before;
		String substituteFor = null;
		List<Integer> items = new ArrayList<>();
		for (String part : rest.split("\\s*(?:,|;|\\(|\\)|\\s[-–]\\s)\\s*")) {
			String p = part.strip().replaceFirst("^[-–]\\s*", "");
			if (p.isEmpty()) {
				continue;
			}
			String k = Fold.key(p);
			// "deltog under punkt 3", or "pkt. 3" alone ("Mette Vinter, Vestby Boligselskab (pkt. 3)" under Gæster)
			Matcher under = TOOK_PART_UNDER.matcher(p);
			if (!under.find()) {
				under = BARE_ITEMS.matcher(p);
				under = under.matches() ? under : null;
			}
			Matcher sub = SUBSTITUTE_FOR.matcher(p);
			if (Fold.startsWithWord(k, "afbud") || Vocabulary.AWAY_NOTE.matcher(p).matches()) {
				status = Status.ABSENT;
			}
			else if (under != null) {
				status = Status.GUEST;
				for (String n : under.group(1).split("\\D+")) {
					if (!n.isEmpty()) {
						items.add(Integer.valueOf(n));
					}
				}
			}
			else if (Vocabulary.STATUS_NOTE.matcher(p).matches() || Vocabulary.AWAY_REASON.matcher(p).matches()
					|| Vocabulary.PARTIAL.matcher(p).find() || p.matches("(?iu)(?:fra|til|kl\\.?)\\s.*\\d.*")) {
				// "- til stede", "(syg)", "(fra kl. 17.15)": said of the name, no title
			}
			else if (Vocabulary.appointedBy(p) != null) {
				org = org == null ? Vocabulary.appointedBy(p) : org; // "udpeget af Byrådet"
			}
			else if (sub.find()) {
				role = "suppleant";
				substituteFor = Names.looksLikeName(sub.group(1).strip()) ? r.person(sub.group(1).strip(), from) : null;
			}
			else if (isRoleWord(p)) {
				role = role == null ? Names.lower(p) : role;
			}
			else if (title == null && p.matches("^\\p{Ll}.*") || looksLikeTitle(k)) {
				title = title == null ? p : title;
			}
			else if (org == null && !Names.initials(name).contains(p)) {
				// a party letter "(A)" stands for the party; "(OL)", the person's initials, for nobody
				org = PARTY_LETTERS.getOrDefault(p, p);
			}
			else if (org != null && party == null && (Vocabulary.isParty(org) || Vocabulary.isPartyName(org))
					&& Vocabulary.isAuthority(p)) {
				party = org; // "(V), Vestby Kommune": the member sits for the kommune, and is of the party
				org = p;
			}
		}
		String person = r.person(name, from);
		Span span = new Span(Lines.no(from), Lines.no(to));
		if (party != null) {
			r.affiliation(person, r.org(party, from), null, span);
		}
		String orgName = org == null ? null : r.org(org, from);
		String headingRole = headingRole(h);
		if (role == null && headingRole != null) {
			role = headingRole; // "Referent: Ane Bo", "Mødeleder: Kim Ravn"
		}
		if (status == Status.GUEST) {
			m.guest(person, items.isEmpty() ? null : items.get(0), span);
			m.attendance.get(person).role = m.attendance.get(person).role == null ? role : m.attendance.get(person).role;
			m.attendance.get(person).title = m.attendance.get(person).title == null ? title : m.attendance.get(person).title;
			for (int x = 1; x < items.size(); x++) {
				m.guest(person, items.get(x), span);
			}
			if (orgName != null) {
				// "Referent: Ole Brøndum, Regionssekretariatet": the guest comes from that organisation
				AttendanceAcc a = m.attendance.get(person);
				a.onBehalfOf = a.onBehalfOf == null ? orgName : a.onBehalfOf;
				r.affiliation(person, orgName, title, span);
			}
			return;
		}
		m.attend(person, status, role, title, orgName, span);
		if (status == Status.ABSENT && h.status() == Status.ABSENT && m.attendance.get(person).status == Status.PRESENT
				&& m.attendance.get(person).substituteFor == null) {
			// "Medlemmer: …, Mogens Aalund (O)" then "Afbud fra: Mogens Aalund": the member list names the
			// members, the afbud heading says who was not there
			m.attendance.get(person).status = Status.ABSENT;
			m.attendance.get(person).span = span;
		}
		if (substituteFor != null) {
			m.substitute(person, substituteFor);
		}
		if (h.status() != Status.GUEST && role != null && !role.equals("referent")
				|| h.status() != Status.GUEST && substituteFor == null) {
			// a suppleant is a deputy member: a member with that role
			r.membership(person, m.forums.get(0), role, title, orgName, span);
		}
		if (orgName != null) {
			r.affiliation(person, orgName, title, span);
		}
	}
}
