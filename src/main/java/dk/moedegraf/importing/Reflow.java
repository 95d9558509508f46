package dk.moedegraf.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.names.Fold;

/**
 * Repairs what PDF-to-text and OCR do to minutes, before any rule reads them, and nothing else. Every line stays
 * where it is (what moves to the line above leaves its line blank), so every imported fact still cites its lines;
 * ordinary line-structured text passes through unchanged.
 * <ol>
 * <li>characters as they print: no-break, narrow and thin spaces and a form feed at a page break are plain spaces
 * ("Til\u00A0stede:\u00A0Anne Hansen" → "Til stede: Anne Hansen"), ligatures are their letters ("Steﬀen" →
 * "Steffen"), bullets of other shapes and fonts are •; soft hyphens and zero-width characters go, except that a
 * soft hyphen ending a line is the hyphen it prints as;</li>
 * <li>a table laid out with spaces that names each group once in its first column has the group in each of its rows
 * ({@link #groupCellsFilledDown});</li>
 * <li>a table row whose cells wrapped onto the lines below is one row again ({@link #joinWrappedCells});</li>
 * <li>an X under "Deltog" or "Afbud" in such a table is the word over its column ({@link #marksAsWords});</li>
 * <li>a page number on a line of its own ("Side 2 af 5", "- 4 -") is a blank line, and so is a running footer or header
 * that gives it with the pages' count beside other words, outside the text's head ({@link #runningPageLines});</li>
 * <li>a table row written with pipes or laid out with spaces is a tab table's row;</li>
 * <li>letter-spaced words are closed up ("M e d l e m m e r" → "Medlemmer");</li>
 * <li>{@code l}, {@code I} and {@code O} read for {@code 1} and {@code 0} inside numbers and dates are
 * read back ("l2. marts 20l9" → "12. marts 2019"), and a 1 inside a word of letters is an l ("Ti1stede");</li>
 * <li>role words shortened with a full stop are written out ("fmd." → "formand", "Suppl." → "Suppleant");</li>
 * <li>names written in capitals are read as names ({@link CapitalNames}: "ANNE HANSEN (A)" → "Anne Hansen (A)");</li>
 * <li>a word hyphenated at a line end is joined on the first line ("repræ-" / "sentant deltog" →
 * "repræsentant" / "deltog"), keeping the hyphen of "ikke-", "EU-" and double names;</li>
 * <li>a paragraph broken at the page's margin is one line again, on its first line ({@link #joinWrapped});</li>
 * <li>a table whose cells came one to a line is a tab table, each row on its first line ({@link #cellsPerLine}).</li>
 * </ol>
 */
final class Reflow {

	private Reflow() {
	}

	private static final Pattern MONTH = Pattern.compile(
			"(?iu)januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december");

	/** Single letters separated by single spaces, at least three: "M e d l e m m e r". */
	private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}\\d])\\p{L}(?: \\p{L}){2,}(?![\\p{L}\\d])");

	/**
	 * A number in which OCR read 1 as l or I: "l2", "20l9", "l0.30", "I2". A capital I or O after the digits
	 * is left alone: "04I" and "04O" are agenda items' codes.
	 */
	private static final Pattern DIGITS_WITH_LETTERS = Pattern.compile("(?<![\\p{L}\\d])[\\dlI]*\\d[\\dl]*(?![\\p{L}\\d])");

	/** "l." before a month, "pkt l", "nr. l": a lone l that can only be the number 1. */
	private static final Pattern LONE_ONE = Pattern.compile(
			"(?<![\\p{L}\\d])l(?=\\.\\s+(?iu:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\b)"
					+ "|(?<=(?<![\\p{L}])(?iu:pkt\\.?|punkt|nr\\.?|§) )l(?![\\p{L}\\d])");

	/** A word broken at the line end: letters, then a hyphen, then the end. */
	private static final Pattern HYPHEN_END = Pattern.compile("(\\S*\\p{L})-$");

	/** The rest of a word at the next line's start, and what is written onto it ("res/kombineres."). */
	private static final Pattern WORD_START = Pattern.compile("^(\\s*)(\\p{L}[\\p{L}\\d'’]*)(\\S*)");

	/**
	 * A word broken at a hyphen ({@code head} ends before the hyphen) and the {@code tail} that follows, written as one:
	 * "repræ" + "sentant" → "repræsentant", keeping the hyphen of "ikke-", "EU-" and a double name ("Schou-Hansen");
	 * null for a suspended compound ("Kultur-" / "og fritidsudvalget") or words that are not one.
	 */
	private static String acrossHyphen(String head, String tail) {
		String headWord = head.replaceFirst("^.*[^\\p{L}\\d-]", "");
		if (Character.isLowerCase(tail.charAt(0))) {
			if (tail.equals("og") || tail.equals("eller") || tail.equals("samt") || tail.equals("til")) {
				return null;
			}
			boolean keepHyphen = headWord.equalsIgnoreCase("ikke") || headWord.chars().noneMatch(Character::isLowerCase)
					|| headWord.chars().anyMatch(Character::isDigit);
			return head + (keepHyphen ? "-" : "") + tail;
		}
		return NameLexicon.isSurname(headWord + "-" + tail) || NameLexicon.isGivenName(headWord + "-" + tail) ? head + "-" + tail : null;
	}

	/**
	 * Moves the rest of a hyphenated word from the next line to this one. The next line keeps its place
	 * (possibly blank) so that later lines keep their numbers.
	 */
	private static String[] joinHyphenated(String[] raw) {
		String[] lines = raw.clone();
		for (int i = 0; i + 1 < lines.length; i++) {
			Matcher end = HYPHEN_END.matcher(lines[i].stripTrailing());
			Matcher next = WORD_START.matcher(lines[i + 1]);
			if (!end.find() || !next.find()) {
				continue;
			}
			String head = end.group(1);
			String joined = acrossHyphen(head, next.group(2));
			if (joined == null) {
				continue;
			}
			String rest = lines[i + 1].substring(next.end(2));
			String trimmedLine = lines[i].stripTrailing();
			lines[i] = trimmedLine.substring(0, trimmedLine.length() - end.group().length()) + joined + next.group(3);
			rest = rest.substring(next.group(3).length());
			lines[i + 1] = rest.strip().isEmpty() ? "" : next.group(1) + rest.stripLeading();
		}
		return lines;
	}

	/** All the repairs of the class's list, in its order; the text keeps its number of lines. */
	static String repairCharacters(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			lines[i] = asPrinted(lines[i]);
		}
		runningPageLines(lines);
		groupCellsFilledDown(lines);
		joinWrappedCells(lines);
		marksAsWords(lines);
		boolean namesInCapitals = false;
		for (int i = 0; i < lines.length; i++) {
			String repaired = repairLine(lines[i]);
			lines[i] = CapitalNames.read(repaired);
			namesInCapitals |= !lines[i].equals(repaired);
		}
		// names the lexicon knows were written in capitals: a list's unknown ones in capitals are names too
		for (int i = 0; namesInCapitals && i < lines.length; i++) {
			lines[i] = CapitalNames.read(lines[i], true);
		}
		return String.join("\n", cellsPerLine(joinWrapped(lines)));
	}

	/**
	 * A table laid out with spaces whose first column groups the rows ("Organisation   Navn   Funktion" over "Vestby
	 * Kommune   Ole Lund   Formand" and "               Eva Holm   Direktør"): the group is written into each row of it, so
	 * that every row says whom its person sits for once the columns are tabs, and no row is read as the wrapped end of
	 * the one above ({@link #joinWrappedCells}).
	 */
	static void groupCellsFilledDown(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].length() > 200 || !WIDE_GAP.matcher(lines[i]).find()) {
				continue; // no header laid out with spaces
			}
			List<int[]> head = cells(lines[i]);
			if (head.size() < 3 || !Fold.key(text(lines[i], head.get(1))).equals("navn") || Fold.key(text(lines[i], head.get(0))).equals("navn")) {
				continue;
			}
			int nameColumn = head.get(1)[0];
			String group = null;
			for (int j : rowsBelow(lines, i)) {
				List<int[]> row = cells(lines[j]);
				int first = row.get(0)[0];
				if (first < nameColumn - 2) {
					if (row.size() < 2) {
						break; // text under the table: one cell, left of the names
					}
					group = text(lines[j], row.get(0));
				}
				else if (group != null && first >= nameColumn - 2 && first <= nameColumn + 2 && first > group.length() + 2
						&& PersonNames.looksLikePersonName(text(lines[j], row.get(0)).replaceAll("\\s*\\(.*", ""))) {
					// a row of its own, a name under "Navn" (a cell wrapped from the row above holds no name)
					lines[j] = group + lines[j].substring(group.length());
				}
			}
		}
	}

	/** The words over the columns a table marks with an X: who came, who did not. */
	private static final Pattern MARK_HEADER = Pattern.compile("(?iu)deltog|deltager|afbud|til\\s?stede|fraværende|fravær|mødt|ikke\\s+mødt|fremmødt|ja|nej");

	/** A mark in a cell: "X", "x", "✓", "✔". */
	private static final Pattern MARK = Pattern.compile("[Xx✓✔]");

	/**
	 * A table laid out with spaces whose last columns are marked with an X ("Navn   Funktion   Deltog   Afbud" over "Ole
	 * Lund   Formand            X"): each mark is the word over its column ("Deltog", "Afbud"), which says what it
	 * meant once the columns are tabs and the empty cells gone.
	 */
	static void marksAsWords(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].length() > 200 || !WIDE_GAP.matcher(lines[i]).find()) {
				continue; // no header laid out with spaces
			}
			List<int[]> head = cells(lines[i]);
			int marks = 0;
			for (int c = head.size() - 1; c >= 1 && MARK_HEADER.matcher(text(lines[i], head.get(c))).matches(); c--) {
				marks++;
			}
			if (head.size() < 3 || marks < 2) {
				continue;
			}
			List<int[]> columns = head.subList(head.size() - marks, head.size());
			for (int j : rowsBelow(lines, i)) {
				List<int[]> row = cells(lines[j]);
				StringBuilder b = new StringBuilder(lines[j]);
				boolean marked = false;
				for (int c = row.size() - 1; c >= 1; c--) {
					int[] cell = row.get(c);
					if (!MARK.matcher(text(lines[j], cell)).matches()) {
						continue;
					}
					int[] nearest = null;
					for (int[] col : columns) {
						if (nearest == null || Math.abs(col[0] - cell[0]) < Math.abs(nearest[0] - cell[0])) {
							nearest = col;
						}
					}
					if (nearest != null && Math.abs(nearest[0] - cell[0]) <= 6) {
						b.replace(cell[0], cell[1], text(lines[i], nearest));
						marked = true;
					}
				}
				if (!marked && !WIDE_GAP.matcher(lines[j]).find()) {
					break; // the table is over
				}
				lines[j] = b.toString();
			}
		}
	}

	/** The lines under a table's header that hold text, to two blank lines in a row. */
	private static List<Integer> rowsBelow(String[] lines, int header) {
		List<Integer> out = new ArrayList<>();
		int blanks = 0;
		for (int j = header + 1; j < lines.length && blanks < 2; j++) {
			blanks = lines[j].isBlank() ? blanks + 1 : 0;
			if (blanks == 0) {
				out.add(j);
			}
		}
		return out;
	}

	private static String text(String line, int[] cell) {
		return line.substring(cell[0], cell[1]);
	}

	/** Where the cells of a row laid out with spaces start: the first text, and text after a gap of two spaces or more. */
	private static final Pattern CELL = Pattern.compile("(?<=^|\\S {2,}|^ +)\\S.*?(?= {2,}\\S| *$)");

	/**
	 * A table row whose cells wrapped onto the lines below, as {@code pdftotext -layout} lays out a table with long cells
	 * ("Ole Lund     Vestby Kommune,     Til stede⏎             Social- og Sundhedsudvalget"): each piece below joins the
	 * cell it stands under, and its line is blank (blank lines between rows end no table). A continuation leaves the
	 * first column empty, and each of its pieces starts where a cell of the row starts; a word hyphenated at the
	 * cell's end is joined ("Danske Handicap-⏎organisationer").
	 */
	static void joinWrappedCells(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			if (!WIDE_GAP.matcher(lines[i].strip()).find()) {
				continue;
			}
			String rowLine = lines[i];
			List<int[]> cells = cells(rowLine);
			if (cells.size() < 2 || rowLine.substring(cells.get(0)[0], cells.get(0)[1]).endsWith(":")) {
				continue; // "Til stede:     Ole Lund, Eva Holm": a label and its value, whose next line is a line of its own
			}
			List<StringBuilder> texts = new ArrayList<>();
			cells.forEach(c -> texts.add(new StringBuilder(rowLine.substring(c[0], c[1]))));
			int j = i + 1;
			for (; j < lines.length && j <= i + 3; j++) {
				List<int[]> pieces = cells(lines[j]);
				if (pieces.isEmpty() || pieces.get(0)[0] <= cells.get(0)[0] + 2) {
					break;
				}
				int[] into = new int[pieces.size()];
				for (int p = 0; p < pieces.size(); p++) {
					into[p] = -1;
					for (int c = 1; c < cells.size(); c++) {
						into[p] = Math.abs(pieces.get(p)[0] - cells.get(c)[0]) <= 1 ? c : into[p];
					}
				}
				if (java.util.Arrays.stream(into).anyMatch(c -> c < 0)) {
					break;
				}
				for (int p = 0; p < pieces.size(); p++) {
					String piece = lines[j].substring(pieces.get(p)[0], pieces.get(p)[1]);
					StringBuilder cell = texts.get(into[p]);
					Matcher hyphen = HYPHEN_END.matcher(cell);
					Matcher word = WORD_START.matcher(piece);
					String joined = hyphen.find() && word.find() ? acrossHyphen(hyphen.group(1), word.group(2)) : null;
					if (joined != null) {
						cell.replace(hyphen.start(), cell.length(), joined).append(piece.substring(word.end(2)));
					}
					else {
						cell.append(' ').append(piece);
					}
				}
				lines[j] = "";
			}
			if (j > i + 1) {
				StringBuilder row = new StringBuilder(rowLine.substring(0, cells.get(0)[0]));
				for (int c = 0; c < texts.size(); c++) {
					row.append(c == 0 ? "" : "   ").append(texts.get(c));
				}
				lines[i] = row.toString();
				i = j - 1;
			}
		}
	}

	/** The [start, end) of each cell of a line laid out with spaces. */
	private static List<int[]> cells(String line) {
		List<int[]> out = new ArrayList<>();
		Matcher m = CELL.matcher(line);
		while (m.find()) {
			out.add(new int[] { m.start(), m.end() });
		}
		return out;
	}

	/** A document wrapped at a width narrower than this is a list's lines, not paragraphs broken at a margin. */
	private static final int NARROWEST_WRAP = 45;

	/** Lines longer than this were never wrapped: the PDF lost the document's line breaks. */
	private static final int WIDEST_WRAP = 200;

	/**
	 * A paragraph that PDF-to-text broke at the page's margin ("… kl. 17.00. Til stede: Ole⏎Lund (formand), Eva Holm
	 * …") is one line again, on its first line; the lines it took are blank, so every fact still cites its line. A
	 * word hyphenated at the margin is joined first ({@link #joinHyphenated}). The margin is the document's longest
	 * line when three lines or more come close to it; a line ends at the margin when the next line's first word
	 * would not have fitted on it. Never before a bullet, an agenda item or a heading alone on its line, inside a table, or between two
	 * lines that each start with a name, unless the first runs on (a list of one entry per line). Only a
	 * whole paragraph is joined, one that a blank line, a label, a heading, an agenda item or a bullet follows: inside a list of one entry
	 * per line the blank line left behind would end the list.
	 */
	static String[] joinWrapped(String[] lines) {
		int width = wrapWidth(lines);
		boolean[] broken = new boolean[lines.length];
		for (int i = 0; width > 0 && i + 1 < lines.length; i++) {
			broken[i] = brokenAtMargin(lines[i], lines[i + 1], width);
		}
		String[] out = joinHyphenated(lines);
		for (int i = 0; i < out.length; i++) {
			int last = i;
			while (broken[last]) {
				last++;
			}
			// a paragraph's lines only: inside a list of one entry per line a blank line would end the list
			if (last > i && (last + 1 == out.length || endsParagraph(lines[i].strip(), lines[last + 1].strip()))) {
				for (int j = i + 1; j <= last; j++) {
					out[i] = out[j].isBlank() ? out[i] : out[i].stripTrailing() + " " + out[j].strip();
					out[j] = "";
				}
			}
			i = last;
		}
		return out;
	}

	/** A label opening a line ("Afbud: Karen Bech", "Fra KL:"): a new section starts there. */
	private static final Pattern LABEL_START = Pattern.compile("^\\p{Lu}[\\p{L} ]{0,30}:");

	/** A heading alone on its line ("Afbud:", "Pkt. 1", "Fra KL:"): never the rest of the line before. */
	private static final Pattern HEADING_LINE = Pattern.compile("(?:\\S+\\s+){0,3}\\S+:|(?iu:punkt|pkt\\.?)\\s*\\d+\\.?");

	private static int wrapWidth(String[] lines) {
		int widest = 0;
		for (String l : lines) {
			widest = Math.max(widest, l.stripTrailing().length());
		}
		if (widest < NARROWEST_WRAP || widest > WIDEST_WRAP) {
			return 0;
		}
		int near = 0;
		for (String l : lines) {
			near += l.stripTrailing().length() >= widest - widest / 8 ? 1 : 0;
		}
		return near >= 3 ? widest : 0;
	}

	private static boolean brokenAtMargin(String line, String next, int width) {
		String l = line.stripTrailing();
		String n = next.strip();
		if (l.isBlank() || n.isEmpty() || l.indexOf('\t') >= 0 || next.indexOf('\t') >= 0
				|| WIDE_GAP.matcher(l.strip()).find() || WIDE_GAP.matcher(n).find()) {
			return false;
		}
		String word = n.split("\\s+", 2)[0];
		if (l.length() + 1 + word.length() <= width - width / 5) {
			return false; // the word would have fitted: the author ended the line
		}
		if (HEADING_LINE.matcher(n).matches() || agendaItem(n) || bullet(n)) {
			return false;
		}
		// one entry per line ("Ole Lund, formand, udpeget af KL"), not a running list's line with many commas or notes,
		// one ending in a comma, or one ending in a given name whose surname starts the next line ("… KL Preben⏎Aagaard …")
		String lastWord = l.substring(l.lastIndexOf(' ') + 1);
		return !(startsWithName(l) && startsWithName(n) && l.chars().filter(c -> c == ',').count() <= 2
				&& l.chars().filter(c -> c == ')').count() <= 1 && !l.endsWith(",") && !NameLexicon.isGivenName(lastWord));
	}

	/** A blank line, a label, a heading, an agenda item, or a bullet after text that has none: what may follow a paragraph. */
	private static boolean endsParagraph(String first, String next) {
		return next.isEmpty() || LABEL_START.matcher(next).find() || HEADING_LINE.matcher(next).matches() || agendaItem(next)
				|| bullet(next) && !bullet(first);
	}

	/** "3. Budget", "Pkt. 3 Budget"; not an ordinal before a title or a month ("2. Viceborgmester", "9. september"). */
	private static boolean agendaItem(String line) {
		Matcher m = Vocabulary.ITEM_HEADING.matcher(line);
		if (!m.matches()) {
			return false;
		}
		String word = m.group(3).split("[\\s,.]", 2)[0];
		return m.group(2) == null || !(MONTH.matcher(word).matches() || NameLexicon.isTitle(word));
	}

	private static boolean bullet(String line) {
		return !Character.isLetterOrDigit(line.charAt(0)) && line.charAt(0) != '(';
	}

	/** "Ole Lund, formand", "Eva Holm (V)": the line opens with a person's name. */
	private static boolean startsWithName(String line) {
		String lead = line.strip().split("\\s*[,(\\t]|\\s+-\\s+", 2)[0];
		return PersonNames.looksLikePersonName(lead);
	}

	/** A cell longer than this is text after the table, not a cell of it. */
	private static final int LONGEST_CELL = 60;

	/**
	 * A table whose cells PDF-to-text put one to a line ("Navn⏎Funktion⏎Fremmøde⏎Ole Lund⏎Formand⏎Deltog⏎…"), as it
	 * does with tables it cannot lay out: each row's cells on its first line, apart by tabs, as a tab table's; the
	 * lines it took blank, so every fact still cites its line. The header is "Navn", "Medlem" or "Deltager" and at
	 * least one more header word ({@link Vocabulary#COLUMN_HEADER}); a row starts with a name. A row whose last
	 * cells are empty ends where the next name starts; the table ends where a line is no row's.
	 */
	static String[] cellsPerLine(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			if (!Vocabulary.NAME_COLUMN.matcher(lines[i].strip()).matches()) {
				continue;
			}
			List<Integer> header = new ArrayList<>(List.of(i));
			int next = nextNonBlank(lines, i + 1);
			while (next >= 0 && Vocabulary.COLUMN_HEADER.matcher(lines[next].strip()).matches()) {
				header.add(next);
				next = nextNonBlank(lines, next + 1);
			}
			if (header.size() < 2) {
				continue;
			}
			List<List<Integer>> rows = new ArrayList<>();
			while (next >= 0 && PersonNames.looksLikePersonName(lines[next].strip())) {
				List<Integer> row = new ArrayList<>(List.of(next));
				next = nextNonBlank(lines, next + 1);
				while (next >= 0 && row.size() < header.size() && cell(lines[next].strip())
						&& !(PersonNames.looksLikePersonName(lines[next].strip())
								&& !Vocabulary.NAMES_COLUMN.matcher(lines[header.get(row.size())].strip()).matches())) {
					row.add(next);
					next = nextNonBlank(lines, next + 1);
				}
				rows.add(row);
			}
			if (rows.isEmpty() || rows.stream().allMatch(r -> r.size() == 1)) {
				continue;
			}
			joinCells(lines, header);
			rows.forEach(r -> joinCells(lines, r));
			i = rows.get(rows.size() - 1).get(rows.get(rows.size() - 1).size() - 1);
		}
		return lines;
	}

	/** A short line that is no agenda item and no heading of the next list. */
	private static boolean cell(String line) {
		return line.length() <= LONGEST_CELL && !line.endsWith(":") && !Vocabulary.ITEM_HEADING.matcher(line).matches();
	}

	private static int nextNonBlank(String[] lines, int from) {
		for (int j = from; j < lines.length; j++) {
			if (!lines[j].isBlank()) {
				return j;
			}
		}
		return -1;
	}

	private static void joinCells(String[] lines, List<Integer> at) {
		StringBuilder b = new StringBuilder();
		for (int j : at) {
			b.append(b.isEmpty() ? "" : "\t").append(lines[j].strip());
			lines[j] = "";
		}
		lines[at.get(0)] = b.toString();
	}

	/**
	 * A page's running footer or header, its number with the pages' count beside other words ("Vestby Kommune -
	 * Seniorrådet - Referat 03.09.2031      Side 1 af 4"), is a blank line like a page number alone: in the middle of a
	 * list it ended the list, and its forum and date were read as a meeting's. The head of the text keeps its lines
	 * (the first five that hold words): there such a line may be the only one naming the forum and the date.
	 */
	static void runningPageLines(String[] lines) {
		int words = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			if (++words > 5 && lines[i].length() <= 160 && RUNNING_PAGE_LINE.matcher(lines[i]).find()) {
				lines[i] = "";
			}
		}
	}

	/** "Side 2", "Page 3": a page's number, as both page-number patterns begin. */
	private static final String PAGE = "(?:Side|SIDE|Page|PAGE)\\s+\\d{1,3}";

	private static final Pattern RUNNING_PAGE_LINE = Pattern.compile("(?:^\\s*|\\s)" + PAGE + "\\s*(?:af|AF|of|OF|/)\\s*\\d{1,3}(?:\\s*$|\\s{2,}|\\t)");

	/** One line, its characters as printed, repaired: a table row's cells; a page number blank; letter spacing, digits, role abbreviations. */
	private static String repairLine(String line) {
		String printed = spacedTableRow(pipeTableRow(line)); // characters as printed already (repairCharacters)
		return PAGE_NUMBER.matcher(printed).matches() ? "" : roleWords(repairDigits(closeLetterSpacing(printed)));
	}

	/** "fmd.", "Nfmd.", "suppl.", "repr.": a role abbreviated, then a space, a comma, a bracket or the line's end. */
	private static final Pattern ROLE_ABBREVIATION = Pattern.compile("(?<![\\p{L}])(\\p{L}{3,7})\\.(?=[\\s,;)]|$)|(?<=\\()(\\p{L}{3,7})(?=\\))");

	/**
	 * "Ole Lund (fmd.)", "Eva Holm (nfmd)", "Suppl. Per Ravn for Eva Holm", "repr. for FOA": the role written out, so that
	 * every rule reading roles and substitutes knows it ({@link Vocabulary#ROLE_SHORTHANDS}). The line stays a line.
	 */
	static String roleWords(String line) {
		Matcher m = ROLE_ABBREVIATION.matcher(line);
		StringBuilder b = new StringBuilder();
		boolean changed = false;
		while (m.find()) {
			String written = m.group(1) != null ? m.group(1) : m.group(2);
			String word = Vocabulary.ROLE_SHORTHANDS.get(written.toLowerCase(java.util.Locale.ROOT));
			if (word != null) {
				changed = true;
				word = Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
			}
			m.appendReplacement(b, Matcher.quoteReplacement(word != null ? word : m.group()));
		}
		m.appendTail(b);
		return changed ? b.toString() : line;
	}

	/**
	 * A row of a table written with pipes, as Markdown and many converters of Word and HTML write it ("| Ole Lund | KL |
	 * Til stede |"): its cells apart by tabs, as tables come from PDF-to-text and are read; the line under the header
	 * ("|---|---|") blank.
	 */
	static String pipeTableRow(String line) {
		String t = line.strip();
		if (t.length() < 3 || t.charAt(0) != '|' || t.charAt(t.length() - 1) != '|') {
			return line;
		}
		if (PIPE_RULE.matcher(t).matches()) {
			return "";
		}
		String[] cells = t.substring(1, t.length() - 1).split("\\|", -1);
		StringBuilder b = new StringBuilder();
		for (String cell : cells) {
			b.append(b.isEmpty() ? "" : "\t").append(cell.strip());
		}
		return b.toString();
	}

	/** Three spaces or more between two words: columns, as {@code pdftotext -layout} lays out a table. */
	private static final Pattern WIDE_GAP = Pattern.compile("\\S {3,}\\S");

	private static final Pattern GAP = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

	/**
	 * A row of a table laid out with spaces ("Ole Lund       KL        Nej"), as PDF-to-text keeping the layout and
	 * plain-text mail write it: its cells apart by tabs, as a tab table's. A line with a gap of three spaces or more
	 * is a row; inside it two spaces part cells too. The indentation stays.
	 */
	static String spacedTableRow(String line) {
		if (!WIDE_GAP.matcher(line).find()) {
			return line;
		}
		return GAP.matcher(line).replaceAll("\t");
	}

	private static final Pattern PIPE_RULE = Pattern.compile("\\|[\\s:|+\\-]*\\|");

	/**
	 * A page's number on a line of its own, as PDF-to-text leaves it between the pages ("Side 2 af 5", "Side 3/7",
	 * "- 4 -"): no part of the minutes, and in the middle of a list it ended the list.
	 */
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"\\s*(?:" + PAGE + "(?:\\s*(?:af|AF|of|OF|/)\\s*\\d{1,3})?|-\\s*\\d{1,3}\\s*-)\\s*");

	/** The hyphen and the non-breaking hyphen of Unicode, which some PDFs print in double names and compounds. */
	private static final Pattern OTHER_HYPHEN = Pattern.compile("[\\u2010\\u2011]");

	/** Spaces other than the plain one, and a form feed (pdftotext's page break) or vertical tab. */
	private static final Pattern OTHER_SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\f\\u000B]");

	/** Soft hyphens, zero-width spaces and joiners, the word joiner and a byte order mark: invisible in print. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

	/**
	 * Bullets other than •: round, square and arrow glyphs, and the private-use characters PDF-to-text gives the
	 * bullets of Symbol and Wingdings fonts (U+F0B7, U+F0A7 …).
	 */
	private static final Pattern OTHER_BULLET = Pattern.compile("[◦●○■□►➢‣\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0E8\\uF06E\\uF071\\uF0A8]");

	/**
	 * Any other private-use character opening a line is a symbol font's bullet too; inside a line it may be a minus,
	 * an arrow or a check mark (present against absent in a table), so there it stays.
	 */
	private static final Pattern LEADING_SYMBOL = Pattern.compile("^(\\s*)[\\uE000-\\uF8FF]");

	/** A lone o or e opening a line before a capital or a number: a bullet (◦, or • as OCR reads it), never a word. */
	private static final Pattern LETTER_BULLET = Pattern.compile("^(\\s*)[oe](?=\\s+[\\p{Lu}\\d])");

	/** The Latin ligatures a PDF's fonts leave in its text (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ). */
	private static final Pattern LIGATURE = Pattern.compile("[\\uFB00-\\uFB06]");

	/**
	 * One line as it prints: a text whose words are kept apart by no-break spaces reads as one word to every rule
	 * that looks for a space (on the corpus, no-break spaces between a fifth of the words took recall from 99 to
	 * 59 %), a name with a ligature is not the name, and a list whose bullets came out as a private-use character
	 * was not read as a list. A soft hyphen ending the line is where a word was broken, so it stays as a hyphen; a
	 * Unicode hyphen is the hyphen ("Schou‐Hansen" is the double name).
	 */
	static String asPrinted(String line) {
		String spaced = OTHER_HYPHEN.matcher(OTHER_SPACE.matcher(line).replaceAll(" ")).replaceAll("-");
		if (spaced.stripTrailing().endsWith("\u00AD")) {
			spaced = spaced.stripTrailing();
			spaced = spaced.substring(0, spaced.length() - 1) + "-";
		}
		spaced = OTHER_BULLET.matcher(INVISIBLE.matcher(spaced).replaceAll("")).replaceAll("•");
		spaced = LEADING_SYMBOL.matcher(spaced).replaceFirst("$1•");
		spaced = LETTER_BULLET.matcher(spaced).replaceFirst("$1•");
		return LIGATURE.matcher(spaced).replaceAll(l -> Normalizer.normalize(l.group(), Normalizer.Form.NFKC));
	}

	/** "M e d l e m m e r" → "Medlemmer"; "T i l  s t e d e" → "Til stede" (words kept apart by wider gaps). */
	static String closeLetterSpacing(String line) {
		Matcher m = LETTER_SPACED.matcher(line);
		if (!m.find()) {
			return line;
		}
		StringBuilder b = new StringBuilder();
		int last = 0;
		boolean previousClosed = false;
		do {
			String letters = m.group().replace(" ", "");
			// "A B C" may be a list of options or initials; a real word spaced out has lower case or is long
			if (letters.chars().anyMatch(Character::isLowerCase) || letters.length() >= 5) {
				String between = line.substring(last, m.start());
				// the wider gap between two spaced-out words was the word break
				b.append(previousClosed && between.isBlank() && !between.isEmpty() ? " " : between).append(letters);
				last = m.end();
				previousClosed = true;
			}
			else {
				previousClosed = false;
			}
		}
		while (m.find());
		return b.append(line.substring(last)).toString();
	}

	/** "l2. marts 20l9" → "12. marts 2019"; "pkt l" → "pkt 1"; words are left alone. */
	static String repairDigits(String line) {
		Matcher m = DIGITS_WITH_LETTERS.matcher(line);
		StringBuilder b = new StringBuilder();
		boolean changed = false;
		while (m.find()) {
			String run = m.group();
			String fixed = run.replace('l', '1').replace('I', '1');
			changed |= !fixed.equals(run);
			m.appendReplacement(b, fixed);
		}
		m.appendTail(b);
		String out = changed ? b.toString() : line;
		return lettersWithOne(LONE_ONE.matcher(out).replaceAll("1"));
	}

	/** A word of letters with a 1 between two of them, the next in lower case: "Ti1stede", "K1ubhuset", "A1lan". */
	private static final Pattern ONE_IN_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{L}+1[\\p{L}1]*(?![\\p{L}\\d])");

	/** The words {@link #lettersWithOne} repairs in a text, each as repaired, to the word as written ("Allan" → "A1lan"). */
	static java.util.Map<String, String> onesReadAsL(String text) {
		java.util.Map<String, String> out = new java.util.HashMap<>();
		Matcher m = ONE_IN_WORD.matcher(text);
		while (m.find()) {
			String fixed = lettersWithOne(m.group());
			if (!fixed.equals(m.group())) {
				out.putIfAbsent(fixed, m.group());
			}
		}
		return out;
	}

	/** "Ti1stede", "bestyre1sesmøde", "A1lan": OCR read l as 1 inside a word; "U11", "B2.14", "3F", "P1a" are left alone. */
	static String lettersWithOne(String line) {
		if (line.indexOf('1') < 0) {
			return line;
		}
		Matcher m = ONE_IN_WORD.matcher(line);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			String w = m.group();
			if (w.codePoints().filter(Character::isLetter).count() < 4) {
				m.appendReplacement(b, Matcher.quoteReplacement(w)); // "P1a", "Ab1c": a code, too short to be a word
				continue;
			}
			StringBuilder fixed = new StringBuilder(w);
			for (int i = 1; i < w.length() - 1; i++) {
				if (w.charAt(i) == '1' && Character.isLetter(w.charAt(i - 1)) && Character.isLowerCase(w.charAt(i + 1))) {
					fixed.setCharAt(i, 'l');
				}
			}
			m.appendReplacement(b, Matcher.quoteReplacement(fixed.toString()));
		}
		m.appendTail(b);
		return b.toString();
	}
}
