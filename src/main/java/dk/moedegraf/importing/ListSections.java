package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import dk.moedegraf.importing.Vocabulary.Heading;
import dk.moedegraf.importing.Vocabulary.ListKind;

/**
 * Rule 1 of the attendance pipeline: where member and attendance lists are, by their headings, in lines
 * or in PDF text flattened into one line. A heading counts when a colon follows it ("Afbud: Ole Lund"),
 * when it starts a line ("Til stede" on its own line), or, inside a line, when it is capitalised and a
 * capitalised word follows ("… 2014 Til stede Lektor Ole Lund Afbud Eva Holm …"); "afbud fra" counts in
 * any case ("Der var afbud fra Ole Lund"). A list runs to the next heading, an agenda or case word, or
 * a blank line after which no name follows.
 */
final class ListSections {

	/** A list: what its heading says, the role it gives, and the character span of its body. */
	record Section(ListKind kind, String role, int headingStart, int start, int end) {
	}

	private ListSections() {
	}

	private static final int MAX_LENGTH = 2500;

	static List<Section> find(String text) {
		List<int[]> heads = new ArrayList<>(); // start, end, heading index
		for (int h = 0; h < Vocabulary.HEADINGS.size(); h++) {
			Matcher m = Vocabulary.HEADINGS.get(h).pattern().matcher(text);
			while (m.find()) {
				int s = m.start();
				int e = m.end();
				if (heads.stream().anyMatch(x -> s < x[1] && e > x[0])) {
					continue; // inside a longer heading already found
				}
				int after = colonEnd(text, s, e);
				boolean colonOnly = Vocabulary.HEADINGS.get(h).colonOnly();
				if (after >= 0 || !colonOnly && accepted(text, s, e, m.group())) {
					heads.add(new int[] { s, after >= 0 ? after : e, h });
				}
			}
		}
		heads.sort(Comparator.comparingInt(x -> x[0]));
		List<Section> out = new ArrayList<>();
		for (int i = 0; i < heads.size(); i++) {
			int[] h = heads.get(i);
			int limit = i + 1 < heads.size() ? heads.get(i + 1)[0] : text.length();
			if (h[1] > limit) {
				continue; // its qualifier holds the next heading ("Deltagere og afbud:"): that one heads the list
			}
			int end = end(text, h[1], Math.min(limit, h[1] + MAX_LENGTH));
			Heading heading = Vocabulary.HEADINGS.get(h[2]);
			out.add(new Section(heading.kind(), heading.role(), h[0], h[1], end));
		}
		return out;
	}

	/**
	 * The offset after "  :" following a heading, or after a short qualifier and a colon ending the line
	 * ("Medlemmer frem til 31.12.2025:"), or -1.
	 */
	private static int colonEnd(String text, int s, int e) {
		int i = e;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		if (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == ';' && i == e && Character.isUpperCase(text.charAt(s)))) {
			return i + 1; // "Afbud fra;" is a colon mistyped
		}
		Matcher dash = DASH_AS_COLON.matcher(text).region(e, text.length());
		if (dash.lookingAt() && text.substring(text.lastIndexOf('\n', s - 1) + 1, s).isBlank()) {
			return dash.end(); // "Afbud – Karen Bech" opening a line: the dash stands for the colon
		}
		Matcher counted = BRACKETED_QUALIFIER.matcher(text).region(i, text.length());
		if (counted.lookingAt()) {
			return counted.end(); // "Deltagere (i alt 4):", "Afbud (2):"
		}
		int nl = text.indexOf('\n', e);
		String rest = text.substring(e, nl < 0 ? text.length() : nl).strip();
		return rest.length() <= 40 && rest.endsWith(":") && !rest.substring(0, rest.length() - 1).contains(":")
				? (nl < 0 ? text.length() : nl) : -1;
	}

	/** A dash between a heading and a capitalised word ("Til stede – Ole Lund"); a name follows it. */
	private static final java.util.regex.Pattern DASH_AS_COLON = java.util.regex.Pattern.compile("[ \\t]+[-–][ \\t]+(?=\\p{Lu})");

	/** A note in brackets between a heading and its colon: "(i alt 4)", "(2)", "(via Teams)". */
	private static final java.util.regex.Pattern BRACKETED_QUALIFIER = java.util.regex.Pattern.compile("\\([^()\\n]{1,30}\\)[ \\t]*:");

	private static boolean accepted(String text, int s, int e, String heading) {
		String next = nextWord(text, e);
		String before = text.substring(text.lastIndexOf('\n', s - 1) + 1, s);
		boolean lineStart = before.matches("[\\s•·▪*\\-–\\d.]*");
		int nl = text.indexOf('\n', e);
		boolean lineEnd = text.substring(e, nl < 0 ? text.length() : nl).isBlank();
		if (lineEnd && !lineStart && NOTE_AFTER_ENTRY.matcher(before).find() && entryLike(before)) {
			return false; // "Eva Holm - Fraværende": what became of the person on the line, no heading of the next
		}
		if (heading.toLowerCase().endsWith(" fra") && startsCapitalised(next)) {
			return true;
		}
		// "Desuden deltog kommunaldirektør Mette Vinter": a title in lower case before the name
		boolean name = startsCapitalised(next) || NameLexicon.isTitle(next) && startsCapitalised(nextWord(text, text.indexOf(next, e) + next.length()))
				|| titlePhraseThenName(text, e);
		if (lineStart && (lineEnd || name)) {
			return true;
		}
		if (name && CLAUSE_START.matcher(before).find() && heading.toLowerCase().startsWith("i mødet")) {
			return true; // "Mødet blev ledet af Ole Lund, og i mødet deltog desuden Eva Holm, …": a clause of its own
		}
		return Character.isUpperCase(heading.charAt(0)) && name
				&& !text.substring(e, Math.min(text.length(), e + 2)).startsWith(".");
	}

	/**
	 * "Fra administrationen deltog chef for Sundhed og Ældre Mads Ravn og …": a title in lower case whose phrase runs on
	 * before the name, within a few words on the heading's line.
	 */
	private static boolean titlePhraseThenName(String text, int e) {
		int nl = text.indexOf('\n', e);
		String[] w = text.substring(e, nl < 0 ? Math.min(text.length(), e + 120) : Math.min(nl, e + 120)).strip().split("[\\s,]+");
		if (w.length < 3 || !NameLexicon.isTitle(w[0])) {
			return false;
		}
		return nameStartsAt(w, 1, 7, 4);
	}

	/** A name of two to {@code longest} words starts at one of the words from {@code first} up to (not with) {@code last}. */
	private static boolean nameStartsAt(String[] w, int first, int last, int longest) {
		for (int from = first; from < Math.min(w.length - 1, last); from++) {
			for (int to = Math.min(w.length, from + longest); to >= from + 2; to--) {
				if (PersonNames.looksLikePersonName(String.join(" ", java.util.Arrays.copyOfRange(w, from, to)))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The start of a clause: after a comma, ", og" or ". ". */
	private static final java.util.regex.Pattern CLAUSE_START = java.util.regex.Pattern.compile("(?:,(?:\\s+og)?|\\.)\\s+$");

	/** A dash, colon or tab ending the text before a heading word at the line's end. */
	private static final java.util.regex.Pattern NOTE_AFTER_ENTRY = java.util.regex.Pattern.compile("(?:\\s[-–]|:|\\t)[ \\t]*$");

	private static String nextWord(String text, int e) {
		int i = e;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		int j = i;
		while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
			j++;
		}
		return text.substring(i, j);
	}

	private static boolean startsCapitalised(String w) {
		return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
	}

	/** Where the list starting at {@code start} ends, at most at {@code limit}. */
	private static int end(String text, int start, int limit) {
		Matcher stop = Vocabulary.LIST_END.matcher(text).region(start, limit);
		int end = limit;
		while (stop.find()) {
			// "1. Viceborgmester Ole Lund" is a rank in the list, "2. Ole Lund" a numbered entry, "1. Godkendelse" the agenda
			if (!Character.isDigit(stop.group().charAt(0)) || !NameLexicon.isTitle(nextWord(text, stop.end()))
					&& !Vocabulary.isRole(nextWord(text, stop.end())) && !numberedName(text, stop.end())) {
				end = stop.start();
				break;
			}
		}
		// in lines: a blank line ends the list unless a name-like line follows it
		String[] lines = text.substring(start, end).split("\n", -1);
		int offset = start;
		boolean content = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int sentence = i == 0 ? sentenceAfter(lines[i]) : -1;
			if (sentence >= 0) {
				// "Afbud: Ole Lund. Hans suppleant Eva Holm deltog.": a list on its heading's line ends at its full stop
				return offset + sentence;
			}
			if (line.isEmpty() && content && !entryFollows(lines, i + 1)) {
				return offset;
			}
			if (content && SENTENCE.matcher(line).matches() && !Vocabulary.PARTIAL.matcher(line).find()) {
				return offset; // "Ole Lund deltog i mødet som Evas suppleant.": the list is over
			}
			if (content && line.length() > 200 && !line.contains(",") && !line.contains("(")) {
				return offset; // prose, not a list
			}
			content |= !line.isEmpty();
			offset += lines[i].length() + 1;
		}
		return end;
	}

	/**
	 * One of the next two non-blank lines reads as a list entry (a vacant seat's bullet may come between);
	 * a line of another kind first is the heading of the next group ("Farsø lokalområde").
	 */
	private static boolean entryFollows(String[] lines, int from) {
		int seen = 0;
		for (int j = from; j < lines.length && seen < 2; j++) {
			if (!lines[j].isBlank()) {
				seen++;
				String l = lines[j].strip();
				if (GROUP_LABEL.matcher(l).matches() || Vocabulary.isPartyName(l)) {
					seen--; // "Valgt af idrætsforeningerne" over the next members: the list goes on
					continue;
				}
				if (SENTENCE.matcher(l).matches()) {
					return false; // "Ole Lund forlod mødet kl. 19." after the list: prose about the meeting
				}
				if (entryLike(l)) {
					return true;
				}
				if (!BULLET.matcher(l).lookingAt() && !VACANT.matcher(l).lookingAt()) {
					return false;
				}
			}
		}
		return false;
	}

	/**
	 * A group of members by who chose them or whom they sit for: "Valgt af byrådet", "Udpeget af idrætsforeningerne",
	 * "Repræsentanter for DH", "På vegne af Vestby Kommune:".
	 */
	private static final java.util.regex.Pattern GROUP_LABEL = java.util.regex.Pattern
		.compile("(?iu)(?:valgt|udpeget|indstillet)\\s+(?:af|blandt|fra)\\s+[^.:\\n]{2,60}:?|repræsentanter\\s+for\\s+[^.:\\n]{2,60}:?"
				+ "|" + Vocabulary.ON_BEHALF_OF + "\\s+(?-i:\\p{Lu})[^.:\\n]{1,60}:");

	/** A name, then a verb, to a full stop: a sentence, not a list entry. */
	private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern
		.compile("(?u)\\p{Lu}[\\p{L}'\\-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\\-]+)){1,3}\\s+(?!og\\s|van\\s|von\\s|de\\s|la\\s)\\p{Ll}{2,}\\s.*\\.");

	/** The rest of the line after an entry's number is a person's name, perhaps with a note after a comma or bracket. */
	private static boolean numberedName(String text, int at) {
		int nl = text.indexOf('\n', at);
		String line = text.substring(at, nl < 0 ? text.length() : nl).replaceAll("\\([^)]*\\)?", " ")
			.split("\\s*[,–]|\\s+-\\s", 2)[0].strip();
		return PersonNames.looksLikePersonName(line) || nameShaped(line);
	}

	/**
	 * "Hafsa Ibrahim", a name whose given name the lexicon does not know: two to four capitalised words, one of them a
	 * known given name or surname, none a word that is never part of a name ("Nye Medlemmer", "Vestby Kommune").
	 */
	private static boolean nameShaped(String line) {
		String[] words = line.split("\\s+");
		if (words.length < 2 || words.length > 4) {
			return false;
		}
		boolean known = false;
		for (String w : words) {
			if (!w.matches("\\p{Lu}\\p{Ll}[\\p{L}'\\-]*") || NameLexicon.isNonNameWord(w)) {
				return false;
			}
			known |= NameLexicon.isGivenName(w) || NameLexicon.isSurname(w);
		}
		return known;
	}

	/** A full stop, then capitalised words and a lower-case word: where a sentence may start after a list's last entry. */
	private static final java.util.regex.Pattern FULL_STOP_THEN_WORDS = java.util.regex.Pattern
		.compile("(?u)\\.\\s+\\p{Lu}[\\p{L}'\\-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\\-]+)){0,3}\\s+(\\p{Ll}{2,})(?![\\p{L}])");

	/** Words that may follow a name inside an entry: "Ole Lund fra FOA", "Eva Holm for A". */
	private static final java.util.regex.Pattern ENTRY_WORD = java.util.regex.Pattern
		.compile("(?iu)og|samt|fra|for|i|på|af|ved|van|von|de|la|du|der|den|til|kl|pkt|punkt");

	/**
	 * Where a sentence starts after the last entry on a line, as the offset just after the full stop, or -1: ". Hans
	 * suppleant Eva Holm deltog", ". Mødet blev ledet af Ole Lund". A role or a title after a name is an entry's
	 * ("Eva Holm formand").
	 */
	private static int sentenceAfter(String line) {
		Matcher m = FULL_STOP_THEN_WORDS.matcher(line);
		while (m.find()) {
			String w = m.group(1);
			if (!ENTRY_WORD.matcher(w).matches() && !Vocabulary.isRole(w) && !NameLexicon.isTitle(w)
					&& !Vocabulary.AWAY_NOTE.matcher(w).matches()
					|| PRESENCE_VERB.matcher(line.substring(m.start())).find()) {
				return m.start() + 1;
			}
		}
		return -1;
	}

	/** "Hans suppleant Eva Holm var indkaldt og deltog", "Karen Bech og Jens Krog havde meldt afbud": a verb makes it a sentence. */
	private static final java.util.regex.Pattern PRESENCE_VERB = java.util.regex.Pattern
		.compile("(?u)(?<![\\p{L}])(?:deltog|deltager|mødte|indkaldt|erstattet|var|blev|havde|har)(?![\\p{L}])");

	/** "VACANT, udpeget af Region Hovedstaden", "Ledig plads": a seat with nobody in it, inside a list. */
	private static final java.util.regex.Pattern VACANT = java.util.regex.Pattern.compile("(?iu)(?:vacant|vakant|ledig|ubesat)(?![\\p{L}])");

	static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("[•·▪*\\-–]\\s");

	/** A line that reads as a list entry: a name first, perhaps after a bullet, a title or "Formand:". */
	static boolean entryLike(String line) {
		// "• Eva Holm", "Formand: Eva Holm", "1. viceborgmester Eva Holm": a bullet, a label or a rank before the name
		String l = line.replaceFirst("^[•·▪*\\-–]\\s*", "").replaceFirst("^[\\p{L}. ]{2,30}:\\s*", "").replaceFirst("^\\d{1,2}\\.\\s+(?=\\p{Ll})", "");
		String head = l.split("[,(:]", 2)[0].strip();
		if (nameStartsAt(head.split("\\s+"), 0, 2, 5)) {
			return true;
		}
		// "5. Hafsa Ibrahim" after a blank line (where a name broken across lines was joined): a numbered list goes on
		return head.matches("\\d{1,2}[.)]\\s+\\S.*") && nameShaped(head.replaceFirst("^\\d{1,2}[.)]\\s+", ""));
	}
}
