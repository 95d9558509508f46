package dk.moedegraf.importing;

import static dk.moedegraf.importing.LayoutLists.attendanceHeading;
import static dk.moedegraf.importing.LayoutLists.entryName;
import static dk.moedegraf.importing.MinutesParser.splitList;
import static dk.moedegraf.importing.Vocabulary.FORUM_WORD;
import static dk.moedegraf.importing.Vocabulary.NAME_LABELS;
import static dk.moedegraf.importing.Vocabulary.isRoleWord;

import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;

/**
 * Member tables grouped by organisation ("VIA UC:" over " Name, title" lines: people of that organisation in
 * the forum named above the group), an organisation's own forums ("Aarhus Kommune:" over "Møde i Magistraten"),
 * and member lists under a forum ("Netværket består af følgende faste mødedeltagere:").
 */
final class OrganisationGroups {

	private final Draft r;

	OrganisationGroups(Draft r) {
		this.r = r;
	}

	/** Where PDF-to-text glued two table columns: a wide gap or a bullet glyph mid-line. */
	private static final String COLUMN_GAP = "\\s{2,}|\\s*[\\uE000-\\uF8FF•]\\s*";

	private static final Pattern ORG_HEADING = Pattern.compile("^([\\p{Lu}\\d][^:]{0,50}?):\\s*$");

	private boolean isPersonEntry(int i) {
		if (i >= r.lines.size()) {
			return false;
		}
		String c = r.lines.clean.get(i);
		String name = entryName(c);
		return name != null && (r.lines.bullet[i] || c.contains(",") || c.strip().equals(name));
	}

	/** "VIA UC:" followed by " Name, title" lines: people of that organisation in the forum named above. */
	void orgGroups() {
		Lines l = r.lines;
		String forum = null;
		int lastGroupEnd = -1;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			Matcher h = ORG_HEADING.matcher(c);
			boolean colon = h.matches();
			// "På vegne af Vestby Kommune:", "For FOA:": the organisation is what follows the words
			String orgName = (colon ? h.group(1).strip() : c.strip()).replaceFirst("^" + Vocabulary.ON_BEHALF_OF + "\\s+(?=\\p{Lu})", "");
			int n = l.nextNonBlank(i + 1);
			if (colon && !orgName.isEmpty() && attendanceHeading(r.lines, i) == null && !Names.looksLikeName(orgName)
					&& !isPersonEntry(n) && looksLikeOrg(orgName) && orgForums(orgName, i, n)) {
				continue;
			}
			if (orgName.isEmpty() || attendanceHeading(r.lines, i) != null || Names.looksLikeName(orgName)
					|| !isPersonEntry(n) || !(colon || l.bullet[n] && !l.bullet[i] && orgName.split("\\s+").length <= 4
							&& looksLikeOrg(orgName))
					|| FORUM_WORD.matcher(orgName).find() && !colon) {
				continue;
			}
			int prev = l.prevNonBlank(i - 1);
			if (!colon && (orgName.split("\\s+").length < 2 && !orgName.matches("^\\p{Lu}{2,}$")
					|| prev >= 0 && i - prev <= 2 && l.bullet[prev] && continues(l.clean.get(prev), c))) {
				continue; // the wrapped end of the entry above ("Aalborg / Kommune"), not a heading
			}
			String hk = Fold.key(orgName);
			if (hk.contains("deltagere") || hk.contains("medlemmer") || NAME_LABELS.stream().anyMatch(hk::startsWith)) {
				continue; // "Sagsbehandler:", "Netværket består af følgende mødedeltagere:" are no organisations
			}
			String f = forumAbove(i, lastGroupEnd);
			// "REFERAT", "Lektor Ole Lund" above a group (a column read after the one beside it) name no forum
			if (f != null && !f.matches("(?iu)referat|dagsorden|beslutningsprotokol|notat|mødereferat") && !Names.looksLikeName(f)
					&& Names.titledName(f) == null) {
				forum = f;
			}
			String org = r.org(orgName, i);
			int j = n;
			int end = i;
			while (j < l.size()) {
				if (!isPersonEntry(j)) {
					break;
				}
				StringBuilder text = new StringBuilder(l.clean.get(j));
				int k = j;
				// an entry wrapped onto following lines ("praktikkoordinator, \n\npædagoguddannelsen i Aarhus")
				int nx = l.nextNonBlank(k + 1);
				while (nx < l.size() && nx - k <= 2 && !l.bullet[nx] && !ORG_HEADING.matcher(l.clean.get(nx)).matches()
						&& !isPersonEntry(nx) && continues(text.toString(), l.clean.get(nx))) {
					text.append(' ').append(l.clean.get(nx));
					k = nx;
					nx = l.nextNonBlank(k + 1);
				}
				groupEntry(org, forum, text.toString().replaceAll("\\s+", " "), j, k);
				end = k;
				j = l.nextNonBlank(k + 1);
				if (j - k > 2) {
					break;
				}
			}
			if (forum != null) {
				r.participation(org, forum, null, "member", new Span(Lines.no(i), Lines.no(end)));
			}
			lastGroupEnd = end;
			i = end;
		}
	}

	/** "Aarhus Kommune:" over "Møde i Magistraten / Direktørgruppen og / PSG": the organisation's own forums. */
	private boolean orgForums(String orgName, int heading, int first) {
		Lines l = r.lines;
		List<String> names = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		int j = first;
		int last = first;
		for (; j < l.size() && j < first + 5 && !l.blank(j); j++) {
			String c = firstColumn(l.clean.get(j));
			if (c.endsWith(".") || c.endsWith(":") || c.split("\\s+").length > 6 || isPersonEntry(j)) {
				break;
			}
			cur.append(cur.length() > 0 ? " " : "").append(c);
			if (!c.matches(".*\\s(og|samt|&)$")) {
				names.addAll(splitList(cur.toString()));
				cur.setLength(0);
			}
			last = j;
		}
		if (cur.length() > 0) {
			names.addAll(splitList(cur.toString()));
		}
		names.replaceAll(x -> x.replaceFirst("^(?i)møde i\\s+", "").strip());
		names.removeIf(x -> x.length() < 2);
		if (names.isEmpty() || names.stream().noneMatch(x -> FORUM_WORD.matcher(x).find())) {
			return false;
		}
		String org = r.org(orgName, heading);
		for (String f : names) {
			r.participation(org, r.forum(f, first), null, "member", new Span(Lines.no(heading), Lines.no(last)));
		}
		return true;
	}

	/** The text before a column gap; empty for a line of spaces ("   ".split gives no element). */
	static String firstColumn(String line) {
		String[] cells = line.split(COLUMN_GAP);
		return cells.length == 0 ? "" : cells[0].strip();
	}

	static boolean continues(String previous, String next) {
		String p = previous.strip();
		return next.matches("^\\p{Ll}.*") || p.endsWith(",") || p.endsWith("-")
				|| p.matches(".*\\s(og|i|for|af|på|&|med|til)$")
				|| next.matches("^(Kommune|Region|Universitet)\\b.*") && next.length() < 25;
	}

	private static boolean looksLikeOrg(String s) {
		return s.matches("(?i).*\\b(kommune|region|regionen|universitet|jobcenter\\w*|a-kasse|forvaltning\\w*|center|styrelse\\w*|ministerie\\w*|forening\\w*|forbund\\w*|skole\\w*|professionshøjskole\\w*)\\b.*")
				|| s.matches("^[\\p{Lu}]{2,}.*");
	}

	private static final Pattern INITIATED_BY = Pattern.compile("\\((?:initieret|igangsat|nedsat|etableret)\\s+a[ft]\\s+([^)]{2,50})\\)");

	private static final Pattern APPOINTED_BY = Pattern.compile("(?i)\\b(?:af|under)\\s+(.+?):$");

	/** The forum named in the block of lines just above an organisation heading, or null when none. */
	private String forumAbove(int heading, int floor) {
		Lines l = r.lines;
		List<List<Integer>> paragraphs = new ArrayList<>();
		List<Integer> cur = new ArrayList<>();
		for (int i = heading - 1; i > floor && i >= heading - 14; i--) {
			if (l.blank(i)) {
				if (!cur.isEmpty()) {
					paragraphs.add(cur);
					cur = new ArrayList<>();
				}
				continue;
			}
			String c = l.clean.get(i);
			if (isPersonEntry(i) || ORG_HEADING.matcher(c).matches() || c.matches("^(?i)(punkt|pkt\\.?)\\s*\\d+,\\s*bilag.*")) {
				break;
			}
			cur.add(0, i);
		}
		if (!cur.isEmpty()) {
			paragraphs.add(cur);
		}
		// closest first, those naming a kind of forum before the rest; a forum name is short and is no sentence
		List<List<Integer>> ordered = new ArrayList<>(paragraphs);
		ordered.sort(java.util.Comparator.comparingInt(p -> FORUM_WORD.matcher(String.join(" ",
				p.stream().map(l.clean::get).toList())).find() ? 0 : 1));
		for (List<Integer> p : ordered) {
			List<Integer> lines = new ArrayList<>(p);
			lines.removeIf(i -> isColumnHeader(l.key.get(i)));
			if (lines.isEmpty()) {
				continue;
			}
			String first = l.clean.get(lines.get(0));
			if (first.endsWith(".") || lines.size() > 5) {
				continue;
			}
			String parent = null;
			if (first.endsWith(":")) {
				// "Case igangsat af Strategisk Forum:" introduces the forum below it
				Matcher by = APPOINTED_BY.matcher(first);
				parent = by.find() ? by.group(1).strip() : null;
				lines.remove(0);
				if (lines.isEmpty()) {
					continue;
				}
			}
			StringBuilder name = new StringBuilder(firstColumn(l.clean.get(lines.get(0))));
			for (int x = 1; x < lines.size(); x++) {
				String next = firstColumn(l.clean.get(lines.get(x)));
				if (next.startsWith("(") || name.indexOf("(") >= 0) {
					break;
				}
				boolean kindWord = next.split("\\s+").length == 1 && FORUM_WORD.matcher(next).find();
				if (continues(name.toString(), next) || kindWord) {
					name.append(' ').append(next);
				}
				else {
					break;
				}
			}
			String forum = name.toString().replaceFirst("\\s*\\(.*$", "").replaceAll("\\s+", " ").strip();
			if (forum.length() < 3 || forum.length() > 90) {
				continue;
			}
			String f = r.forum(forum, lines.get(0));
			if (parent != null) {
				r.forumParent(f, r.forum(parent, lines.get(0)));
			}
			// "(initieret af BUPL Aarhus)": the organisation that started it (OCR writes "af" as "at")
			String block = String.join(" ", lines.stream().map(l.clean::get).toList());
			Matcher init = INITIATED_BY.matcher(block);
			if (init.find()) {
				String by = init.group(1).strip();
				if (FORUM_WORD.matcher(by).find()) {
					r.forumParent(f, r.forum(by, lines.get(0)));
				}
				else if (by.matches("^\\p{Lu}.*")) {
					r.participation(r.org(by, lines.get(0)), f, null, "initiator",
							new Span(Lines.no(lines.get(0)), Lines.no(lines.get(lines.size() - 1))));
				}
			}
			return f;
		}
		return null;
	}

	private static boolean isColumnHeader(String key) {
		for (String w : key.split(" ")) {
			if (!Set.of("forum", "deltagere", "navn", "stilling", "organisation", "reprasentant", "for", "titel",
					"medlemmer", "formal", "kommentar", "tema").contains(w)) {
				return false;
			}
		}
		return true;
	}

	private void groupEntry(String org, String forum, String text, int from, int to) {
		String name = entryName(text);
		if (name == null) {
			return;
		}
		String rest = text.substring(text.indexOf(name) + name.length()).replaceFirst("^[\\s,]+", "").strip()
			.replaceFirst(",$", "").strip();
		Span span = new Span(Lines.no(from), Lines.no(to));
		String person = r.person(name, from);
		String title = rest.isEmpty() ? null : rest;
		String role = title != null && isRoleWord(title.split("[ ,]", 2)[0]) ? Names.lower(title.split("[ ,]", 2)[0]) : null;
		r.affiliation(person, org, title, span);
		if (forum != null) {
			r.membership(person, forum, role, title, org, span);
		}
	}

	private static final Pattern CHAIR_OR_SECRETARIAT = Pattern.compile("^(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,3})\\s+(har formandskabet|har formandsskabet|varetager sekretariatet|har sekretariatet|er vært)");

	/** "Netværket består af følgende faste mødedeltagere:" then "- Name, Title, Organisation" lines. */
	void memberLists() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String k = l.key.get(i);
			if (!l.clean.get(i).endsWith(":") || !(k.contains("deltagere") || k.contains("medlemmer"))
					|| attendanceHeading(r.lines, i) != null || inAnyMeetingHeader(i)) {
				continue;
			}
			String forum = forumAbove(i, Math.max(-1, i - 12));
			if (forum == null) {
				continue;
			}
			int j = l.nextNonBlank(i + 1);
			while (j < l.size() && isPersonEntry(j)) {
				StringBuilder text = new StringBuilder(l.clean.get(j));
				int k2 = j;
				int nx = l.nextNonBlank(k2 + 1);
				while (nx < l.size() && nx - k2 <= 2 && !l.bullet[nx] && !isPersonEntry(nx)
						&& continues(text.toString(), l.clean.get(nx))) {
					text.append(' ').append(l.clean.get(nx));
					k2 = nx;
					nx = l.nextNonBlank(k2 + 1);
				}
				String t = text.toString().replaceAll("\\s+", " ");
				String name = entryName(t);
				if (name == null) {
					// the lines taken as its continuation made the entry unreadable: the entry's own line alone
					k2 = j;
					t = l.clean.get(j).replaceAll("\\s+", " ");
					name = entryName(t);
					if (name == null) {
						j = l.nextNonBlank(j + 1);
						continue;
					}
				}
				String[] parts = t.substring(t.indexOf(name) + name.length()).split("\\s*[,.]\\s+|,\\s*");
				String org = null;
				List<String> titleParts = new ArrayList<>();
				for (String p : parts) {
					String q = p.strip();
					if (q.isEmpty() || Names.sameName(q, name)) {
						continue;
					}
					if (q.matches(".*\\b(Kommune|Region|Regionen|Universitet|Forvaltning(en)?)$")) {
						org = q;
					}
					else {
						titleParts.add(q);
					}
				}
				Span span = new Span(Lines.no(j), Lines.no(k2));
				String person = r.person(name, j);
				String orgName = org == null ? null : r.org(org, j);
				String title = titleParts.isEmpty() ? null : String.join(", ", titleParts);
				r.membership(person, forum, null, title, orgName, span);
				if (orgName != null) {
					r.affiliation(person, orgName, title, span);
					r.participation(orgName, forum, null, "member", span);
				}
				j = l.nextNonBlank(k2 + 1);
			}
			// "MBU har formandskabet …" right after the list: that organisation's part in the forum
			if (j < l.size() && j - i < 60) {
				Matcher chair = CHAIR_OR_SECRETARIAT
					.matcher(l.clean.get(j));
				if (chair.find() && !Names.looksLikeName(chair.group(1))) {
					r.participation(r.org(chair.group(1), j), forum, null,
							chair.group(2).contains("sekretariat") ? "secretariat" : chair.group(2).contains("vært") ? "host" : "chair",
							new Span(Lines.no(j), Lines.no(j)));
				}
			}
		}
	}

	private boolean inAnyMeetingHeader(int i) {
		for (MeetingDraft m : r.meetings) {
			if (i >= m.line && i <= m.headerEnd + 30) {
				return true;
			}
		}
		return false;
	}
}
