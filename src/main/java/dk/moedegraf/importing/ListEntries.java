package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 2 of the attendance pipeline: the people of one list body and what is written beside each, in any
 * of the layouts minutes use: one per line, bullets, commas ending in "og", or names run together in
 * flattened text. The names come from {@link NameLexicon#splitRunTogether}; the text between two names
 * (the glue) is shared out: up to a line break or a title word it describes the name before ("(IA)",
 * ", V", ", Dansk Industri", "(formand)", "(suppleant for Eva Holm)", ", etnisk repræsentant" before the line
 * break), from there on the name after ("Lektor", "Forbundssekretær"). An entry of name words up to its comma
 * is one name even where word order alone would split it ("Imdad Ali Dogar"). "Eva Holm, F - Ole Lund stedfortræder" makes Ole Lund Eva Holm's
 * substitute.
 */
final class ListEntries {

	/** One person of a list and what the list says about them. */
	static final class Entry {
		final String name;
		final int offset;
		/** where the name ends in the text */
		final int end;
		String title;
		String role;
		String party;
		String organisation;
		String substituteFor;
		/** written as the substitute of the entry before ("- Ole Lund stedfortræder") */
		boolean substitutesPrevious;
		/** named as the absent member someone stood in for ("suppleant for Eva Holm") */
		boolean absentee;
		/** a dash came between the entry before and this one */
		boolean afterDash;
		/** came for part of the meeting ("gik kl. 19", "fra punkt 3") */
		boolean partial;
		/** noted beside the name as not come ("(afbud)", "- fraværende") */
		boolean away;
		/** named in a bracket as the deputy who came in the entry before's place: no member of the list */
		boolean deputy;

		Entry(String name, int offset, int end) {
			this.name = name;
			this.offset = offset;
			this.end = end;
		}

		@Override
		public String toString() {
			return name + (title == null ? "" : " title=" + title) + (role == null ? "" : " role=" + role)
					+ (party == null ? "" : " party=" + party) + (organisation == null ? "" : " org=" + organisation)
					+ (substituteFor == null ? "" : " for=" + substituteFor);
		}
	}

	private ListEntries() {
	}

	/** An organisation's acronym: "DLF", "BUPL", "3F", "HK". */
	private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d]{1,5}");

	/** The glue's last piece (after its last comma) starts with a role or title: "TR for lærerne", "arbejdsmiljørepræsentant". */
	private static boolean afterTitle(String glueBefore) {
		String[] pieces = glueBefore.split("[,;\\n]");
		String last = pieces.length == 0 ? "" : pieces[pieces.length - 1].strip();
		String first = last.split("\\s+", 2)[0];
		return !first.isEmpty() && (Vocabulary.isRole(first) || NameLexicon.isTitle(first));
	}

	/** Where " og " stands before a given name in a piece of glue ("Knudsen og Lars Busk"), or -1. */
	private static int ogBeforeGivenName(String piece) {
		Matcher og = OG_THEN_WORD.matcher(piece);
		while (og.find()) {
			if (NameLexicon.isGivenName(og.group(1))) {
				return og.start();
			}
		}
		return -1;
	}

	private static final Pattern OG_THEN_WORD = Pattern.compile("\\sog\\s(\\p{Lu}\\p{Ll}+)");

	/**
	 * A piece of the glue between names: a bracket, a line break, a bullet, a dash, a comma or a table's tab, a word. An
	 * "og" inside a piece, before a capitalised word on its line, is part of an organisation's name ("Sekretariat for Politik og
	 * Borgerservice", "Center for Børn og Unge"); between names the glue has no such word after it.
	 */
	private static final Pattern PIECE = Pattern.compile("\\([^()]*\\)|\\n|[•·▪]|\\s[-–]\\s|[,;\\t]|\\s(?:og|samt)\\s|[^,;()\\n\\t•·▪]+?(?=\\s[-–]\\s|\\sog(?=[ \\t]*\\n)|\\sog\\s(?!\\p{Lu}\\p{Ll}+(?:\\s|$))|\\ssamt\\s|[,;()\\n\\t•·▪]|$)");


	/** "Projektleder ved Aalborg Kommune", "konsulent hos Dansk Industri": where the person works. */
	/** "DH Vestby v/ Ole Lund", "Ældresagen v. Eva Holm": an organisation, then by whom it came; group 1 the organisation. */
	private static final Pattern BY_WAY_OF = Pattern.compile("(?u)(\\p{Lu}.*?)\\s+v(?:/|\\.)\\s*");

	/** "Ole Lund fra KL", "Kim Overvad fra 3F": whom the person came from, right after the name; group 1 the organisation. */
	private static final Pattern FROM_ORGANISATION = Pattern.compile("(?u)fra\\s+((?:\\d\\p{Lu}{1,4}|\\p{Lu}).*)");

	private static final Pattern AT_ORGANISATION = Pattern.compile("(?u)\\s(?:ved|hos)\\s+(\\p{Lu}[^,;()\\s]*(?:\\s+[^,;()\\s]+){0,5})$");

	/** "Byrådets medlemmer" → "Byrådet": the members of a body are chosen for the body. */
	private static final Pattern MEMBERS_OF_BODY = Pattern.compile("(?iu)(\\p{L}+?(?:et|en))s\\s+medlemmer");

	/** "…, suppleant", "- suppleanten,", "(hans suppleant,": the next name is the entry's substitute, if they came. */
	private static final Pattern SUBSTITUTE_BEFORE = Pattern.compile("(?iu)[,(\\-–]\\s*(?:hans\\s+|hendes\\s+)?(?:suppleant|stedfortræder)(?:en)?,?\\s*$");

	private static final Pattern CAME_AFTER = Pattern.compile("(?iu),?\\s*(?:deltager|deltog|mødte|er\\s+indkaldt|var\\s+indkaldt)(?!\\s+ikke)(?![^.\\n]{0,12}\\bmen\\b)");

	/** "Ole Lund, suppleant Eva Holm (S)" in a list of members: Ole Lund sits in for Eva Holm, "for" left out. */
	private static final Pattern SUBSTITUTE_WITHOUT_FOR = Pattern.compile("(?iu),\\s*(?:suppleant|stedfortræder)\\s*$");

	private static boolean substituteWithoutFor(String glue, String body, int nextEnd) {
		return !glue.contains("\n") && SUBSTITUTE_WITHOUT_FOR.matcher(glue).find() && !CAME_AFTER.matcher(body.substring(nextEnd)).lookingAt();
	}

	/** "Tittus Lynge (suppleant for Paninnguaq⏎Motzfeldt)": a bracket open at a line's end goes on on the next line. */
	static String runOnInBrackets(String text) {
		if (text.indexOf('(') < 0) {
			return text;
		}
		StringBuilder b = new StringBuilder(text);
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
			if (c == '\n') {
				int next = text.indexOf('\n', i + 1);
				if (depth > 0 && !text.substring(i + 1, next < 0 ? text.length() : next).isBlank()) {
					b.setCharAt(i, ' ');
				}
				else {
					depth = 0; // a bracket never closed ends with its paragraph
				}
			}
		}
		return b.toString();
	}

	/**
	 * "Ole Lund, afdelingsbestyrelsen (formand for⏎følgegruppen); Eva Holm, SSP-konsulent,⏎Vestby Kommune; Per Ravn": a list
	 * whose entries end at semicolons runs on across the lines it was broken into. The text keeps its length.
	 */
	static String runOnAtSemicolons(String text) {
		if (text.chars().filter(c -> c == ';').count() < 2 || text.indexOf('\n') < 0) {
			return text;
		}
		StringBuilder b = new StringBuilder(text);
		for (int i = text.indexOf('\n'); i > 0 && i < text.length() - 1; i = text.indexOf('\n', i + 1)) {
			String before = text.substring(text.lastIndexOf('\n', i - 1) + 1, i).strip();
			int nextEnd = text.indexOf('\n', i + 1);
			String after = text.substring(i + 1, nextEnd < 0 ? text.length() : nextEnd).strip();
			if (!before.isEmpty() && !after.isEmpty() && !before.endsWith(";") && !before.endsWith(".") && !before.endsWith(":")) {
				b.setCharAt(i, ' ');
			}
		}
		return b.toString();
	}

	private static final Pattern FOR_BEFORE = Pattern.compile("(?iu)(?:suppleant|stedfortræder|vikar|i\\s+stedet)\\s+for\\s*$");

	static List<Entry> read(String text, int base) {
		String body = BrokenNames.join(SurnameFirst.turn(runOnInBrackets(runOnAtSemicolons(text))));
		List<int[]> spans = spans(body);
		List<Entry> out = new ArrayList<>();
		Entry prev = null;
		int prevEnd = 0;
		for (int i = 0; i <= spans.size(); i++) {
			if (i < spans.size() && spans.get(i)[0] < prevEnd) {
				continue; // a name inside a bracket already read ("(suppleant for Eva Holm, valgt af Per Ravn)")
			}
			int start = i < spans.size() ? spans.get(i)[0] : Math.max(body.length(), prevEnd);
			String glue = body.substring(prevEnd, start);
			Entry next = null;
			if (i < spans.size()) {
				String written = body.substring(spans.get(i)[0], spans.get(i)[1]).replaceAll("\\s+", " ");
				next = new Entry(written, base + spans.get(i)[0], base + spans.get(i)[1]);
			}
			// a name after "suppleant for" / "i stedet for" names the absent member: an entry of its own
			Matcher sub = FOR_BEFORE.matcher(glue);
			boolean substitute = sub.find();
			// "Carl Eg (O) (afbud, stedfortræder Dan Fisk)": away, and in the bracket the deputy who came instead
			boolean awayDeputy = !substitute && next != null && prev != null && SUBSTITUTE_BEFORE.matcher(glue).find()
					&& glue.lastIndexOf('(') > glue.lastIndexOf(')') && Vocabulary.AWAY_NOTE.matcher(glue.substring(glue.lastIndexOf('('))).find()
					&& body.substring(spans.get(i)[1]).matches("(?s)\\s*(?:\\([^()]*\\)\\s*)?\\).*");
			if (!substitute && !awayDeputy && next != null && substituteWithoutFor(glue, body, spans.get(i)[1])) {
				sub = SUBSTITUTE_WITHOUT_FOR.matcher(glue);
				substitute = sub.find();
			}
			if (next != null && prev != null && substitute && Roll.key(prev.name).equals(Roll.key(next.name))) {
				// "Henrik Holm (C) / Som suppleant for Henrik Holm deltog …": a sentence about the entry, read by the substitute rules
				share(prev, null, glue.substring(0, sub.start()));
				prevEnd = spans.get(i)[1];
				continue;
			}
			if (next != null && prev != null && substitute) {
				boolean insideParen = glue.lastIndexOf('(') > glue.lastIndexOf(')');
				prev.substituteFor = next.name;
				next.absentee = true;
				share(prev, null, glue.substring(0, insideParen ? glue.lastIndexOf('(') : sub.start()));
				int close = body.indexOf(')', spans.get(i)[1]);
				out.add(next);
				if (insideParen && close >= 0) {
					prevEnd = close + 1; // "(suppleant for Eva Holm)": what follows is the substitute's again
					continue;
				}
				prev = next;
				prevEnd = spans.get(i)[1];
				continue;
			}
			share(prev, next, glue);
			if (next != null && prev != null && SUBSTITUTE_BEFORE.matcher(glue).find()
					&& CAME_AFTER.matcher(body.substring(spans.get(i)[1])).lookingAt()) {
				next.substitutesPrevious = true; // "Eva Holm, suppleant Ole Lund deltager" / "(hans suppleant, Ole Lund deltog i mødet)"
			}
			else if (awayDeputy) {
				prev.away = true;
				next.substitutesPrevious = true;
				next.deputy = true;
			}
			int nl = glue.indexOf('\n');
			if (prev != null && Vocabulary.PARTIAL.matcher((nl < 0 ? glue : glue.substring(0, nl)).replaceFirst("^[\\s,(]+", "")).lookingAt()) {
				prev.partial = true;
			}
			if (next != null) {
				out.add(next);
				prev = next;
			}
			prevEnd = start < body.length() && i < spans.size() ? spans.get(i)[1] : prevEnd;
		}
		for (Entry e : out) {
			if (e.title != null) {
				e.title = e.title.replaceFirst("[\\s:,;]+$", ""); // "Formand: Ole Lund": the label's colon is no part of the title
			}
		}
		return out;
	}

	/** One entry of a list in lines or commas: what lies between line breaks, bullets, commas and "og". */
	private static final Pattern SEGMENT = Pattern.compile("[^\\n•·▪;,|]+");

	private static final Pattern LEADING_WORD = Pattern.compile("(\\S+)\\s+");

	/** Two to four capitalised words and nothing else: a name the lexicon does not know ("Meho Selman"). */
	private static final Pattern NAME_SHAPE = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?"
			+ "(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?)){1,3}");

	private static final Pattern LEAD_NAME = Pattern.compile("\\s*(\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+)(?=\\s+\\p{Lu})");

	/** A given name alone, or with an initial ("Mogens", "Kim C"), as small boards write their lists. */
	private static final Pattern GIVEN_ALONE = Pattern.compile("(\\p{Lu}[\\p{Ll}]+)(?:\\s+\\p{Lu}\\.?)?");

	private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()\\n]*\\)");

	/**
	 * Where the names of a body are: the lexicon's split of the run, plus the entries of a list in lines or
	 * commas that have a name's shape though the lexicon does not know the given name, plus lists of given
	 * names alone ("Til stede: Mogens, Torben, Erik").
	 */
	private static List<int[]> spans(String written) {
		String body = withoutNicknames(written);
		String cells = cellsApart(body);
		List<int[]> spans = new ArrayList<>();
		int cursor = 0;
		for (String name : PersonNames.splitRunTogether(cells)) {
			int[] at = locate(cells, name, cursor);
			if (at != null) {
				spans.add(at);
				cursor = at[1];
			}
		}
		// "Fraværende uden afbud: Youssef Senounou Benny Hygum": the first two words of a list are a name
		Matcher first = LEAD_NAME.matcher(body);
		if (first.lookingAt() && (spans.isEmpty() || spans.get(0)[0] >= first.end(1)) && plausible(first.group(1))) {
			spans.add(0, new int[] { first.start(1), first.end(1) });
		}
		List<int[]> alone = new ArrayList<>();
		int segments = 0;
		// parenthesised notes ("(A)", "(formand)") end an entry as commas do
		StringBuilder masked = new StringBuilder(body);
		Matcher paren = PARENTHETICAL.matcher(body);
		while (paren.find()) {
			for (int c = paren.start(); c < paren.end(); c++) {
				masked.setCharAt(c, '|');
			}
		}
		Matcher seg = SEGMENT.matcher(masked);
		while (seg.find()) {
			String raw = seg.group();
			String head = raw.split("\\s[-–]\\s|:", 2)[0];
			int lead = head.length() - head.stripLeading().length();
			String h = head.strip();
			// leading words that are no name: "og", "1.", "Borgmester", "Suppleant for"
			Matcher w = LEADING_WORD.matcher(h);
			while (w.lookingAt() && !NAME_SHAPE.matcher(h).matches()) {
				String word = w.group(1);
				if (Character.isUpperCase(word.codePointAt(0)) && !NameLexicon.isTitle(word.replaceAll("[.,]$", ""))
						&& !Vocabulary.isRole(word)) {
					break;
				}
				h = h.substring(w.end());
				w = LEADING_WORD.matcher(h);
			}
			if (h.isEmpty()) {
				continue;
			}
			segments++;
			int from = seg.start() + lead + (head.strip().length() - h.length());
			int to = from + h.length();
			List<int[]> inside = spans.stream().filter(x -> x[0] < to && x[1] > from).toList();
			if (inside.size() == 1 && inside.get(0)[0] >= from && inside.get(0)[1] <= to
					&& (inside.get(0)[0] > from || inside.get(0)[1] < to) && NAME_SHAPE.matcher(h).matches() && plausible(h)
					&& (inside.get(0)[0] == from || PersonNames.kind(body.substring(inside.get(0)[0], inside.get(0)[1]).split("\\s+", 2)[0]) != PersonNames.Kind.GIVEN)) {
				// "Imdad Ali Dogar, etnisk repræsentant", "Lene Warner Thorup Boel,": an entry of name words up to its
				// comma is one name, though word order alone would start it at "Ali" or end it before "Boel"; a
				// word before a plain given name stays out ("Progrator Palle Dahl": a firm, then the name)
				inside.get(0)[0] = from;
				inside.get(0)[1] = to;
			}
			if (!inside.isEmpty()) {
				continue;
			}
			// "Eva Holm, Regionchef, Västra Götaland": after a name on its line, words are what it says of her
			int lineStart = body.lastIndexOf('\n', from) + 1;
			int segStart = seg.start();
			int before = spans.stream().filter(x -> x[0] >= lineStart && x[1] <= segStart).mapToInt(x -> x[1]).max().orElse(-1);
			if (before >= 0 && masked.substring(before, segStart).replaceAll("[|,;\\s]+", " ").strip().length() > 0) {
				continue;
			}
			if (NAME_SHAPE.matcher(h).matches() && plausible(h)) {
				spans.add(new int[] { from, to });
			}
			else {
				Matcher g = GIVEN_ALONE.matcher(h);
				if (g.matches() && NameLexicon.isGivenName(g.group(1))) {
					alone.add(new int[] { from, to });
				}
			}
		}
		if (alone.size() >= 2 && alone.size() * 2 >= segments) {
			spans.addAll(alone);
		}
		spans.sort((a, b) -> Integer.compare(a[0], b[0]));
		return spans;
	}

	/** A nickname between given name and surname: "Annamaria (Mie) Nielsen". */
	private static final Pattern NICKNAME = Pattern.compile("(?u)(?<=\\p{L})\\s\\((\\p{Lu}\\p{Ll}{1,12})\\)(?=\\s\\p{Lu})");

	/** The body with nicknames blanked, same length, so the name around them is found whole and kept as written. */
	private static final Pattern TAB_BETWEEN_WORDS = Pattern.compile("([\\p{L}.'’-]*)\t+([\\p{L}'’-]*)");

	/**
	 * A tab parts a table's cells, as a comma parts a list's entries: no name runs on into the next cell ("Ole
	 * Lund⇥Vestby Byråd"). But justified text laid out by {@code pdftotext -layout} has wide gaps inside names too
	 * ("Hans Peter   Jensen", a tab by now): on a line with a cell of more than six words (prose), after a given name,
	 * or before a cell of name words that starts with a surname, the gap is a space. The text keeps its length.
	 */
	private static String cellsApart(String body) {
		if (body.indexOf('\t') < 0) {
			return body;
		}
		Matcher m = TAB_BETWEEN_WORDS.matcher(body);
		StringBuilder b = new StringBuilder(body);
		while (m.find()) {
			int lineStart = body.lastIndexOf('\n', m.start()) + 1;
			int lineEnd = body.indexOf('\n', m.end());
			String line = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd);
			// the cells either side of this gap: one of prose is justified text, whose gaps stay spaces to the names
			int before = body.lastIndexOf('\t', m.start(1));
			int after = body.indexOf('\t', m.start(2));
			String beside = body.substring(Math.max(before + 1, lineStart), after < 0 || after > lineStart + line.length() ? lineStart + line.length() : after);
			if (java.util.Arrays.stream(beside.split("\t")).anyMatch(cell -> cell.strip().split("\\s+").length > 6)) {
				continue;
			}
			int cellEnd = m.start(2);
			while (cellEnd < body.length() && "\t\n,;".indexOf(body.charAt(cellEnd)) < 0) {
				cellEnd++;
			}
			boolean inName = NameLexicon.isGivenName(m.group(1)) && !NameLexicon.isSurname(m.group(1))
					|| NameLexicon.isSurname(m.group(2)) && nameWordsOnly(body.substring(m.start(2), cellEnd));
			for (int c = m.end(1); c < m.start(2); c++) {
				b.setCharAt(c, inName ? ' ' : ',');
			}
		}
		return b.toString();
	}

	/** "Pedersen Kirsten Virring", "Jensen (A)": words of names only, not "Vestby Byråd" or "Jensen Bygge". */
	private static boolean nameWordsOnly(String cell) {
		for (String w : cell.replaceAll("\\([^)]*\\)?", " ").strip().split("\\s+")) {
			String word = w.replaceAll("[.,:;]+$", "");
			if (!word.isEmpty() && !NAME_WORDS.contains(PersonNames.kind(word))) {
				return false;
			}
		}
		return true;
	}

	private static final java.util.Set<PersonNames.Kind> NAME_WORDS = java.util.EnumSet.of(PersonNames.Kind.GIVEN, PersonNames.Kind.SURNAME,
			PersonNames.Kind.SHAPED, PersonNames.Kind.EITHER, PersonNames.Kind.INITIAL, PersonNames.Kind.PARTICLE);

	private static String withoutNicknames(String body) {
		Matcher m = NICKNAME.matcher(body);
		StringBuilder b = new StringBuilder(body);
		while (m.find()) {
			if (!Vocabulary.isParty(m.group(1)) && !Vocabulary.isRole(m.group(1))) {
				for (int c = m.start(); c < m.end(); c++) {
					b.setCharAt(c, ' ');
				}
			}
		}
		return b.toString();
	}

	/** No word of it is a title, an organisation, a place or a word of a sentence. */
	private static boolean plausible(String name) {
		for (String w : name.split("\\s+")) {
			String c = w.replaceAll("[.]$", "");
			if (c.length() > 1 && (NameLexicon.isTitle(c) || NameLexicon.isOrganisationWord(c) || NameLexicon.isPlace(c)
					|| NameLexicon.isNonNameWord(c) || Vocabulary.isParty(c))) {
				return false;
			}
		}
		return true;
	}

	/** The span of a name in the body from {@code from}, spaces and hyphens between its words free. */
	private static int[] locate(String body, String name, int from) {
		StringBuilder re = new StringBuilder();
		for (String w : name.split("\\s+")) {
			if (re.length() > 0) {
				re.append("[\\s\\-]*");
			}
			re.append(Pattern.quote(w));
		}
		Matcher m = Pattern.compile(re.toString()).matcher(body);
		return m.find(from) ? new int[] { m.start(), m.end() } : null;
	}

	/** "3F Vestby – Ole Lund (formand)" opening a line of a list: the organisation, a dash, then whom it sent. */
	private static final Pattern ORGANISATION_DASH = Pattern.compile("(?u)(?:^|\\n)[ \\t•·▪*]*((?:\\d\\p{Lu}|\\p{Lu})[^\\n–\\-:,;()]{1,60}?)[ \\t]+[–\\-][ \\t]+$");

	/** Shares the glue between the name before and the name after it. */
	private static void share(Entry prev, Entry next, String glue) {
		Matcher dash = next == null ? null : ORGANISATION_DASH.matcher(glue);
		if (dash != null && dash.find() && organisation(dash.group(1)) && !PersonNames.looksLikePersonName(dash.group(1))
				&& !Vocabulary.isRole(dash.group(1)) && Vocabulary.HEADINGS.stream().noneMatch(h -> h.pattern().matcher(dash.group(1)).lookingAt())) {
			next.organisation = dash.group(1).strip();
			glue = glue.substring(0, dash.start(1));
		}
		boolean forPrev = prev != null;
		Matcher m = PIECE.matcher(glue);
		int resume = -1;
		while (resume >= 0 ? m.find(resume) : m.find()) {
			String piece = m.group();
			// "… Knudsen og Lars Busk": an "og" before a given name parts two entries after all
			int og = ogBeforeGivenName(piece);
			resume = og > 0 ? m.start() + og : -1;
			piece = og > 0 ? piece.substring(0, og) : piece;
			int end = m.start() + piece.length();
			String p = piece.strip();
			if (piece.equals("\n") || p.equals("•") || p.equals("·") || p.equals("▪")) {
				forPrev = false;
				continue;
			}
			if (Vocabulary.UNCHECKED.matcher(p).matches()) {
				if (next != null) {
					next.away = true; // "✗ Per Ravn", "☐ Per Ravn" in a list of who came: did not come
				}
				forPrev = false;
				continue;
			}
			if (p.isEmpty() || p.equals(",") || p.equals(";") || p.equals("og") || p.equals("samt")) {
				continue;
			}
			if (p.equals("-") || p.equals("–")) {
				if (next != null && forPrev) {
					next.afterDash = true;
				}
				continue;
			}
			boolean paren = p.startsWith("(");
			String inner = paren ? p.substring(1, p.length() - 1).strip() : p;
			if (inner.isEmpty()) {
				continue;
			}
			// the last word of the glue, on the next name's line: "…, Borgmester Ole Lund" (not "(A), formand" + line break or column)
			boolean last = glue.substring(end).isBlank() && glue.substring(end).chars().noneMatch(c -> c == '\n' || c == '\t');
			Matcher via = BY_WAY_OF.matcher(inner);
			if (last && !paren && next != null && via.matches() && organisation(via.group(1))) {
				next.organisation = via.group(1); // "DH Vestby v/ Ole Lund": Ole Lund came for DH Vestby
				forPrev = false;
				continue;
			}
			if (last && !paren && next != null && Vocabulary.isRole(inner) && !inner.contains(" ")) {
				next.title = inner.replaceFirst("[:,]+$", ""); // "…, Borgmester Ole Lund": the word before a name is its title
				continue;
			}
			// a bracket right after the name, before any other note, is what the entry says of the name
			boolean rightAfterName = paren && glue.substring(0, m.start()).isBlank();
			if (forPrev && rightAfterName && inner.contains(",")
					&& !Vocabulary.SUBSTITUTE_FOR.matcher(inner).find() && !Vocabulary.AWAY_NOTE.matcher(inner).find()
					&& !Vocabulary.PARTIAL.matcher(inner).find()) {
				// "(TR, FOA)", "(formand, Dansk Industri)": a role, a party, an organisation, each in its turn
				for (String part : inner.split("\\s*,\\s*")) {
					if (Vocabulary.isParty(part)) {
						prev.party = prev.party == null ? part : prev.party;
					}
					else if (Vocabulary.isRole(part)) {
						prev.role = prev.role == null ? Vocabulary.role(part) : prev.role;
					}
					else if (organisation(part) && !hasDigit(part)) {
						prev.organisation = prev.organisation == null ? part : prev.organisation;
					}
				}
				continue;
			}
			if (forPrev && paren && !rightAfterName && prev.organisation == null && ACRONYM.matcher(inner).matches()
					&& !Vocabulary.isRole(inner) && !NameLexicon.isTitle(inner) && !Names.initials(prev.name).contains(inner)
					&& afterTitle(glue.substring(0, m.start()))) {
				prev.organisation = inner; // "Sara Holm, TR for lærerne (DLF)": the union after the role is whom the person sits for
				continue;
			}
			if (forPrev && Vocabulary.AWAY_NOTE.matcher(inner).matches()) {
				prev.away = true;
				continue;
			}
			if (forPrev && (Vocabulary.STATUS_NOTE.matcher(inner).matches() || Vocabulary.AWAY_REASON.matcher(inner).matches())) {
				continue; // "Ole Lund - til stede", "Eva Holm (syg)": said of the name, no title
			}
			if (forPrev) {
				Matcher sub = Vocabulary.SUBSTITUTE_FOR.matcher(inner);
				if (sub.matches() && prev.substituteFor == null) {
					// "(suppleant for Storm Ludvigsen)": after "for" a name, though it starts with a surname-like word
					String absent = (sub.group(1) != null ? sub.group(1) : sub.group(2)).strip();
					if (NAME_SHAPE.matcher(absent).matches() && plausible(absent)) {
						prev.substituteFor = absent;
						continue;
					}
					sub.reset();
				}
				if (Vocabulary.isParty(inner)) {
					prev.party = prev.party == null ? inner : prev.party;
					continue;
				}
				if (inner.matches("(?iu)(?:stedfortræder|suppleant)\\b.*") && prev.afterDash) {
					prev.substitutesPrevious = true;
					continue;
				}
				String org = Vocabulary.appointedBy(inner);
				if (org != null) {
					Matcher body = MEMBERS_OF_BODY.matcher(org);
					prev.organisation = prev.organisation == null ? body.matches() ? body.group(1) : org : prev.organisation;
					continue;
				}
				if (Vocabulary.isRole(inner) && !sub.find()) {
					prev.role = prev.role == null ? Vocabulary.role(inner) : prev.role;
					continue;
				}
			}
			Matcher from = FROM_ORGANISATION.matcher(inner);
			String fromOrg = from.matches() ? from.group(1).strip().replaceFirst("(?<=[\\p{L}\\d]\\p{L})\\.$", "") : null; // a sentence's full stop
			if (forPrev && !paren && glue.substring(0, m.start()).isBlank() && fromOrg != null && organisation(fromOrg)
					&& (!hasDigit(fromOrg) || fromOrg.matches("\\d\\p{Lu}{1,4}"))) {
				prev.organisation = prev.organisation == null ? fromOrg : prev.organisation;
				continue;
			}
			Matcher at = AT_ORGANISATION.matcher(inner);
			if (forPrev && !paren && at.find() && !PersonNames.looksLikePersonName(at.group(1).strip())) {
				prev.organisation = prev.organisation == null ? at.group(1).strip() : prev.organisation;
				prev.title = prev.title == null ? inner.substring(0, at.start()).strip() : prev.title;
				continue;
			}
			// before the line break that ends an entry, a title is the entry's own: "Eva Holm, Regionchef\n",
			// "Ole Lund, etnisk repræsentant\n"
			if (forPrev && !paren && (next == null || glue.substring(end).contains("\n"))
					&& (NameLexicon.isTitle(inner.split("\\s+", 2)[0]) || inner.split("\\s+").length <= 4 && !inner.matches(".*[.!?](?:\\s.*|$)")
							&& java.util.Arrays.stream(inner.split("\\s+")).anyMatch(w -> NameLexicon.isTitle(w.replaceAll("[,:]$", ""))))) {
				prev.title = prev.title == null ? inner.replaceFirst("[:,]+$", "") : prev.title;
				continue;
			}
			String[] words = inner.split("\\s+");
			int title = -1;
			for (int w = 0; w < words.length; w++) {
				if (NameLexicon.isTitle(words[w].replaceAll("[.,:]$", ""))) {
					title = w;
					break;
				}
			}
			if (forPrev && paren && rightAfterName && title == 0 && words.length <= 3 && !hasDigit(inner)) {
				prev.title = prev.title == null ? inner : prev.title; // "Mette Vinter (skoleleder)": the title in brackets
				continue;
			}
			if (title < 0 || paren) {
				// "Eva Holm (Region Vest)", "Ole Lund (KL)": in brackets right after the name too, but no note of times or
				// items ("(Ankom 19.30)") and no place after a title ("byrådsmedlem (Hillerød)")
				// "Ole Lund (OL)": the person's initials, no organisation
				if (forPrev && organisation(inner) && !Names.initials(prev.name).contains(inner.strip())
						&& (!paren || title < 0 && rightAfterName && (!hasDigit(inner) || inner.matches("\\d\\p{Lu}{1,4}")))) {
					prev.organisation = prev.organisation == null ? inner : prev.organisation;
				}
				continue;
			}
			if (forPrev && title > 0) {
				String org = String.join(" ", java.util.Arrays.copyOfRange(words, 0, title));
				if (organisation(org)) {
					prev.organisation = prev.organisation == null ? org : prev.organisation;
				}
			}
			forPrev = false;
			if (next != null) {
				String t = String.join(" ", java.util.Arrays.copyOfRange(words, title, words.length)).replaceFirst("[:,]+$", "");
				next.title = t.length() > 80 ? t.substring(0, 80) : t;
			}
		}
	}

	/** A note with a number ("Ankom 19.30", "punkt 3") tells a time or an item, not whom the person sits for. */
	private static boolean hasDigit(String s) {
		return s.chars().anyMatch(Character::isDigit);
	}

	/** Capitalised words that are no person's name and no sentence: "Dansk Industri", "GLS-A", "HK". */
	static boolean organisation(String s) {
		String t = s.strip();
		// "3F", "2M", "3F Vestby": an acronym may start with a digit
		if (t.length() < 2 || t.length() > 80 || !Character.isUpperCase(t.codePointAt(0)) && !t.matches("\\d\\p{Lu}{1,4}(?:\\s.*)?") || t.endsWith(".")) {
			return false;
		}
		if (PersonNames.looksLikePersonName(t) || Vocabulary.NO_ORGANISATION.matcher(t).matches()) {
			return false;
		}
		String[] words = t.split("\\s+");
		if (words.length <= 5 && java.util.Arrays.stream(words).anyMatch(w -> Character.isLowerCase(w.codePointAt(0))
				&& Vocabulary.isOrganisationNoun(w))) {
			// "De almene boligorganisationer", "Danske handicaporganisationer": a kind of organisation, in lower case
			return true;
		}
		for (String w : words) {
			// "Friluftsrådets bestyrelse", "Region Syddanmarks sekretariat": a body of an organisation
			if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !w.matches("og|for|af|i|til|&|under|ved|de|der|den")
					&& !(t.matches("(?u)\\p{Lu}\\p{L}+s\\s.*") && Vocabulary.isBodyWord(w))) {
				return false;
			}
		}
		return true;
	}
}
