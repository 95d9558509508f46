package dk.moedegraf.importing;

import static dk.moedegraf.importing.LayoutLists.attendanceHeading;
import static dk.moedegraf.importing.Vocabulary.FORUM_WORD;

import dk.moedegraf.names.Fold;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;

/**
 * Where each meeting of the document starts and what it is: calendar exports ("17-08-2021 08:00 - 10:00"
 * under the title, the place below), labelled headers ("Mødedato:", "Tid:", "Sted:"), and headings that name a
 * forum and a date ("Referat af møde i Ældrerådet den 4. april 2025"). Each meeting owns the lines up to the next.
 */
final class MeetingFrames {

	private final Draft r;

	MeetingFrames(Draft r) {
		this.r = r;
	}

	private static final Pattern CAL_LINE = Pattern.compile(
			"^(\\d{1,2}-\\d{1,2}-\\d{4})\\s+(\\d{1,2}[:.]\\d{2})\\s*(?:-|–)\\s*(\\d{1,2}[:.]\\d{2})\\s*$");

	/**
	 * "Beslutning Seniorrådet den 4. marts 2031", "Sagsnr.: 31/4478⏎Beslutning i Seniorrådet den …": the heading of an
	 * item's decision, not of a meeting (its forum and date are the minutes' own, named in their head).
	 */
	private static final Pattern DECISION_HEADING = Pattern.compile("(?iu)(?:^|\\s)(?:beslutning(?:er)?|indstilling|behandling)(?:\\s+(?:i|på|fra))?\\s+(?-i:\\p{Lu})");

	/** What may stand before a date with nothing else: its weekday, "den", "d." ("Tirsdag den 3. september", "onsdag, d. 4.3"). */
	private static final Pattern BEFORE_DATE = Pattern.compile("(?iu)\\s*(?:\\p{L}+dag[\\s,]*)?(?:den|d\\.)?\\s*");

	/** What may stand after it: the time ("kl. 9.30 - 12.00", "kl. 17"), a full stop. */
	private static final Pattern DATE_LINE_AFTER = Pattern.compile("(?iu)[\\s,]*(?:(?:kl\\.?|klokken)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?)?\\s*\\.?\\s*");

	private static final Pattern FORUM_COMMA_BODY = Pattern.compile("^(.+?)\\s*,\\s+(\\p{Lu}.+)$");

	private static final Pattern HOST_ACRONYM = Pattern.compile("^(\\p{Lu}{2,6})\\s+[-–]\\s+\\S");

	private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(([^)]{3,60})\\)\\s*$");

	void meetings() {
		Lines l = r.lines;
		// 1. calendar exports: title line, "17-08-2021 08:00 - 10:00", place
		for (int i = 0; i < l.size(); i++) {
			Matcher m = CAL_LINE.matcher(l.clean.get(i));
			if (!m.matches()) {
				continue;
			}
			int t = l.prevNonBlank(i - 1);
			if (t < 0) {
				continue;
			}
			String heading = l.clean.get(t);
			LocalTime[] times = Dates.times(m.group(2) + "-" + m.group(3));
			int p = l.nextNonBlank(i + 1);
			String location = null;
			if (p < l.size() && attendanceHeading(r.lines, p) == null && !l.key.get(p).startsWith("information")
					&& l.clean.get(p).length() < 120) {
				location = l.clean.get(p);
			}
			MeetingDraft acc = r.meeting(heading, forumsOfHeading(heading), Dates.first(m.group(1)), t);
			Matcher also = TRAILING_PARENTHESIS.matcher(heading);
			if (also.find()) {
				r.forumAlias(acc.forums.get(0), also.group(1).strip()); // "MBU - Rådmandsmøde (Rådmandsmøde)"
			}
			Matcher host = HOST_ACRONYM.matcher(heading);
			if (host.find()) {
				r.participation(r.org(host.group(1), t), acc.forums.get(0), null, "host",
						new Span(Lines.no(t), Lines.no(t)));
			}
			acc.start = times == null ? null : times[0];
			acc.end = times == null ? null : times[1];
			acc.location = location;
			acc.headerEnd = Math.max(i, location == null ? i : p);
		}
		if (!r.meetings.isEmpty()) {
			closeRegions();
			return;
		}
		// 2. a labelled header (Mødedato / Dato, Tid, Sted) or a heading naming a meeting and its date
		int head = Math.min(l.size(), 40);
		LocalDate date = null;
		LocalTime start = null;
		LocalTime end = null;
		String location = null;
		List<String> forums = new ArrayList<>();
		String title = null;
		String headingHost = null;
		int headingHostLine = -1;
		int headerLine = -1;
		int headerEnd = -1;
		for (int i = 0; i < head; i++) {
			String k = l.key.get(i);
			String c = l.clean.get(i);
			boolean dateLabel = Fold.startsWithWord(k, "modedato") || Fold.startsWithWord(k, "dato") || Fold.startsWithWord(k, "date")
					|| Fold.startsWithWord(k, "modetidspunkt") || Fold.startsWithWord(k, "tidspunkt") || WHEN_AND_WHERE.matcher(c).lookingAt()
					// "Tid: Tirsdag d. 17.09.2031 kl. 17.00-19.00": the time's label over the date too
					|| (k.startsWith("tid ") || k.equals("tid")) && c.indexOf(':') > 0 && c.indexOf(':') <= 4 && Dates.first(c) != null;
			boolean timeLabel = dateLabel || k.startsWith("tid ") || k.equals("tid") || k.startsWith("kl ") || k.startsWith("time ")
					|| Fold.startsWithWord(k, "klokken") || Fold.startsWithWord(k, "modestart");
			if (dateLabel && date == null && Dates.first(c) != null) {
				date = Dates.first(c);
				headerLine = headerLine < 0 ? i : headerLine;
				headerEnd = i;
			}
			if (timeLabel && start == null) {
				// "Dato: 14-09-2023 kl. 13.00-15.00", "TID KL. 10.00-12.00", "Mødetidspunkt: 15:00"
				LocalTime[] t = Dates.times(c);
				if (t != null) {
					start = t[0];
					end = t[1];
					headerLine = headerLine < 0 ? i : headerLine;
					headerEnd = i;
				}
			}
			if ((dateLabel || timeLabel) && location == null && WHEN_AND_WHERE.matcher(c).lookingAt()) {
				// "Tid og sted: 4. marts 2031 kl. 16-18, Rådhuset": the place after the date and time
				String place = placeAfterWhen(WHEN_AND_WHERE.matcher(c).replaceFirst(""));
				if (!place.isEmpty()) {
					location = place;
					headerEnd = i;
				}
			}
			if (dateLabel || timeLabel) {
				continue;
			}
			if ((k.startsWith("sted ") || Fold.startsWithWord(k, "modested") || k.startsWith("lokale ") || k.startsWith("place ")
					|| k.startsWith("venue ") || k.startsWith("location ") || PLACE_LABEL.matcher(c).lookingAt()) && location == null) {
				location = PLACE_LABEL.matcher(c.replaceFirst("(?i)^(m\\S{1,2}dested|sted|lokale|place|venue|location)\\s*:?\\s*", ""))
					.replaceFirst("")
					.strip();
				if (location.isEmpty()) {
					int n = l.nextNonBlank(i + 1);
					location = n < l.size() ? l.clean.get(n) : null;
				}
				headerEnd = i;
			}
			else if ((Fold.startsWithWord(k, "mode") || Fold.startsWithWord(k, "forum") || Fold.startsWithWord(k, "udvalg")
					|| Fold.startsWithWord(k, "modeforum") || Fold.startsWithWord(k, "modetype")) && c.indexOf(':') > 0 && c.indexOf(':') <= 12
					&& Dates.first(c) == null) {
				// "Møde: Styregruppen for Grøn Omstilling", "Udvalg: Teknik- og Miljøudvalget": a labelled forum
				List<String> named = forumsOfHeading(c.substring(c.indexOf(':') + 1));
				if (named.size() == 1 && FORUM_WORD.matcher(named.get(0)).find()) {
					addForumName(forums, named.get(0));
				}
			}
			else if (Fold.startsWithWord(k, "modedeltagere") && c.toLowerCase().contains(" af ")) {
				// "MØDEDELTAGERE MEDLEMMER AF HOVEDMED": the forum whose members attend
				String f = c.replaceFirst("(?i).*\\baf\\s+", "").strip();
				addForumName(forums, properCase(f, l));
			}
		}
		// "<Forum> d. 24. april 2026" or "... møde i <Forum> den ..." or "... mellem A og B <date>"
		for (int i = 0; i < head && title == null; i++) {
			String c = datedCell(l.clean.get(i));
			String joined = c;
			int last = i;
			Matcher yearless = Dates.YEARLESS.matcher(c);
			if (Dates.first(c) == null && yearless.find()) {
				// "… i Ældrerådet den 4. marts⏎Referat udsendt 10. marts 2031": the year of the next date that has one
				for (int j = i + 1; j < Math.min(l.size(), i + 4); j++) {
					LocalDate next = Dates.first(l.clean.get(j));
					if (next != null) {
						joined = c.substring(0, yearless.end()) + " " + next.getYear() + c.substring(yearless.end());
						break;
					}
				}
			}
			if (Dates.first(joined) == null && i + 1 < l.size() && Dates.first(l.clean.get(i + 1)) != null
					&& !isHeaderLabel(l.key.get(i + 1))
					&& l.clean.get(i + 1).length() < 80 && FORUM_WORD.matcher(c + " " + l.clean.get(i + 1)).find()) {
				joined = c + " " + l.clean.get(i + 1);
				last = i + 1;
			}
			Matcher d = Dates.DATE.matcher(joined);
			if (!d.find() || joined.length() > 140) {
				continue;
			}
			// "Ældrerådet den 4. maj", "Ældrerådet⏎Den 4. maj": the word before the date is no part of the forum's name
			String before = joined.substring(0, d.start()).replaceFirst("(?iu)\\s*(?:,|\\bd\\.|\\bden|\\bpå|\\bkl\\.?)?\\s*$", "")
				.replaceFirst("(?iu)\\s*\\b(?:d\\.|den)\\s*$", "")
				.strip();
			if (before.isEmpty() || !FORUM_WORD.matcher(before).find() || DECISION_HEADING.matcher(before).find()) {
				continue;
			}
			List<String> fs = forumsOfHeading(before);
			if (fs.isEmpty()) {
				continue;
			}
			title = meetingTitle(before);
			for (String f : fs) {
				addForumName(forums, f);
			}
			if (date == null) {
				date = Dates.of(d);
			}
			LocalTime[] t = joined.toLowerCase().contains("kl") ? Dates.times(joined.substring(d.end())) : null;
			if (t != null && start == null) {
				start = t[0];
				end = t[1];
			}
			headerLine = headerLine < 0 ? i : Math.min(headerLine, i);
			headerEnd = Math.max(headerEnd, last);
		}
		for (int i = 0; i < Math.min(head, 12) && date == null; i++) {
			// "ÆLDRERÅDET⏎⏎Referat af ordinært møde⏎Tirsdag den 3. september 2031 kl. 9.30 - 12.00": a line that is a date
			// alone, perhaps with its weekday and time, under the heading is the meeting's
			String c = l.clean.get(i).strip();
			Matcher d = Dates.DATE.matcher(c);
			if (d.find() && BEFORE_DATE.matcher(c.substring(0, d.start())).matches()
					&& DATE_LINE_AFTER.matcher(c.substring(d.end())).matches()) {
				date = Dates.of(d);
				LocalTime[] t = Dates.times(c.substring(d.end()));
				if (t != null && start == null) {
					start = t[0];
					end = t[1];
				}
				headerLine = headerLine < 0 ? i : Math.min(headerLine, i);
				headerEnd = Math.max(headerEnd, i);
			}
		}
		if (forums.isEmpty() && date != null) {
			// a labelled header (Mødedato, Sted) under a heading that names the forum: "Udvalget for Natur og Fritid"
			for (int i = 0; i < Math.min(head, Math.max(headerLine, 0) + 1); i++) {
				String c = l.clean.get(i);
				if (!c.isEmpty() && c.length() <= 80 && !isHeaderLabel(l.key.get(i)) && FORUM_WORD.matcher(c).find()
						&& Dates.first(c) == null && !c.endsWith(".") && !c.contains(":")) {
					// "Referat af møde i Ældrerådet" names the forum Ældrerådet
					List<String> named = forumsOfHeading(c);
					String f = named.size() == 1 && FORUM_WORD.matcher(named.get(0)).find() ? named.get(0) : c.strip();
					Matcher of = FORUM_COMMA_BODY.matcher(f);
					if (of.matches() && FORUM_WORD.matcher(of.group(1)).find() && !FORUM_WORD.matcher(of.group(2)).find()
							&& Names.looksLikeOrganisation(of.group(2))) {
						// "Regionsrådet, Region Midtjylland": the forum, then the body it belongs to
						f = of.group(1).strip();
						headingHost = of.group(2).strip();
						headingHostLine = i;
					}
					forums.add(f);
					title = title == null ? c.strip() : title;
					break;
				}
			}
		}
		boolean minutes = r.kind != null && !r.kind.equals("notat") || date != null || !forums.isEmpty() && title != null;
		if (forums.isEmpty() && r.kind != null && (r.kind.equals("referat") || r.kind.equals("beslutningsprotokol"))) {
			// minutes that never name their forum in a heading: the forum they keep referring to
			String f = mostMentionedForum();
			if (f != null) {
				forums.add(f);
				r.warnings.add("forum '" + f + "' inferred from how often the text names it; the heading names none");
			}
		}
		if (forums.isEmpty() || !minutes) {
			return;
		}
		if (title == null) {
			title = forums.get(0);
		}
		MeetingDraft acc = r.meeting(title, forums, date, Math.max(headerLine, 0));
		if (headingHost != null) {
			r.participation(r.org(headingHost, headingHostLine), acc.forums.get(0), null, "host",
					new Span(Lines.no(headingHostLine), Lines.no(headingHostLine)));
		}
		acc.start = start;
		acc.end = end;
		acc.location = location;
		acc.headerEnd = Math.max(headerEnd, 0);
		closeRegions();
	}

	/** "Tid og sted:", "Dato og sted:", "Tid/sted:", "Afholdt:": a label whose value is when, then where. */
	private static final Pattern WHEN_AND_WHERE = Pattern.compile("(?iu)^(?:(?:møde)?(?:tid|dato|tidspunkt)\\s*(?:og|/|&)\\s*(?:møde)?sted|afholdt)\\s*:\\s*");

	/** "4. marts 2031 kl. 16-18, Rådhuset, mødelokale 3" → "Rådhuset, mødelokale 3": what follows the date and the time. */
	private static String placeAfterWhen(String value) {
		String v = value.strip();
		Matcher d = Dates.DATE.matcher(v);
		if (d.find() && BEFORE_DATE.matcher(v.substring(0, d.start())).matches()) {
			v = v.substring(d.end());
		}
		v = v.replaceFirst("(?iu)^[\\s,]*(?:kl\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?", "");
		return v.replaceFirst("(?iu)^[\\s,;/–-]*(?:i|på)?\\s+(?=\\p{Lu})|^[\\s,;/–-]+", "").strip();
	}

	/**
	 * A page's header laid out in columns ("Vestby Kommune⇥Referat - Ældrerådet 4. marts 2031", a tab table's row by
	 * now): the cell that holds the date is the heading; the others (the authority, a logo's text) are no part of
	 * the forum's name. A line without tabs is itself.
	 */
	private static String datedCell(String line) {
		if (line.indexOf('\t') < 0) {
			return line;
		}
		for (String cell : line.split("\t")) {
			if (Dates.DATE.matcher(cell).find()) {
				return cell.strip();
			}
		}
		return line;
	}

	private static boolean isHeaderLabel(String key) {
		for (String label : List.of("modedato", "dato", "date", "tid", "time", "tidspunkt", "modetidspunkt", "modetid", "sted", "place", "venue", "modested", "kl", "lokale", "afholdt",
				"sagsnr", "sagsnummer", "modedeltagere", "deltagere", "afbud")) {
			if (Fold.startsWithWord(key, label)) {
				return true;
			}
		}
		return false;
	}

	private void closeRegions() {
		for (int i = 0; i < r.meetings.size(); i++) {
			MeetingDraft m = r.meetings.get(i);
			m.regionEnd = i + 1 < r.meetings.size() ? r.meetings.get(i + 1).line - 1 : r.lines.size() - 1;
		}
	}

	private static void addForumName(List<String> forums, String f) {
		for (String g : forums) {
			if (Fold.key(g).equals(Fold.key(f))) {
				return;
			}
		}
		forums.add(f);
	}

	/** Upper-case headings ("HOVEDMED") are given the casing the text uses elsewhere ("HovedMED"). */
	private static String properCase(String f, Lines l) {
		if (!f.equals(f.toUpperCase())) {
			return f;
		}
		Pattern p = Pattern.compile("\\b(" + Pattern.quote(f) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		for (String c : l.clean) {
			Matcher m = p.matcher(c);
			while (m.find()) {
				if (!m.group(1).equals(f)) {
					return m.group(1);
				}
			}
		}
		return f;
	}

	/** "Mødelokale: Byrådssalen", "Lokation:", "Afholdt i:": where the meeting was ("Adresse:" is as often a sender's). */
	private static final Pattern PLACE_LABEL = Pattern.compile("(?iu)^(?:mødelokale|lokation|afholdt\\s+(?:i|på)|mødeadresse)\\s*:\\s*");

	private static final Pattern MEETING_OF = Pattern.compile("(?iu)\\bmødet?\\s+(?:i|for)\\s+(.+)$");

	private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:mellem|ml\\.)\\s+(.+?)\\s+og\\s+(.+)$");

	/** "MBU - Rådmandsmøde (Rådmandsmøde)" -> [MBU - Rådmandsmøde]; "dialogmøde mellem BUU og HovedMED" -> [BUU, HovedMED]. */
	private List<String> forumsOfHeading(String heading) {
		// "Referat af møde i X", "Referat – X", "Referat X-møde": the minutes' word is no part of the forum's name
		String h = heading.strip().replaceFirst("^(?i)(til deltagere ved|referat fra|referat af|dagsorden for|dagsorden til|beslutningsprotokol for|beslutningsprotokol fra"
				+ "|(?:møde)?referat|dagsorden|beslutningsprotokol|protokol|(?:minutes|agenda)\\s+(?:of|for)(?:\\s+the)?)(?:\\s*[-–:]\\s*|\\s+)(?=\\S)", "")
			.replaceFirst("(?i)\\s+meeting$", "")
			.replaceFirst("(?i)[\\s,]+(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$", "")
			// "Ældrerådet⏎Referat af mødet 4.4.2031", "… af mødet tirsdag den 5. februar": the forum, then the minutes' word
			.replaceFirst("(?iu)\\s+(?:møde)?(?:referat|dagsorden|beslutningsprotokol)(?:\\s+(?:af|fra|for))?(?:\\s+mødet?)?$", "")
			.replaceFirst("(?i)[\\s,]+(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$", "");
		Matcher between = BETWEEN.matcher(h);
		List<String> out = new ArrayList<>();
		if (between.find()) {
			out.add(between.group(1).strip());
			out.add(between.group(2).strip().replaceFirst("[\\s<>|,.]+$", ""));
			return out;
		}
		Matcher in = MEETING_OF.matcher(h);
		if (in.find()) {
			out.add(in.group(1).replaceFirst("(?i)\\s+(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$", "").strip());
			return out;
		}
		String f = h.replaceFirst("\\s*\\(([^)]*)\\)\\s*$", "").strip();
		if (!f.isEmpty() && f.length() <= 80) {
			out.add(f);
		}
		return out;
	}

	private static String meetingTitle(String before) {
		String t = before.strip().replaceFirst("^(?i)(til deltagere ved)\\s+", "")
			.replaceFirst("(?i)[\\s,]+(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$", "");
		return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
	}

	private static final Pattern MED_NAME = Pattern.compile("\\b(\\p{Lu}\\p{L}*MED|HMU|MED-udvalget|\\p{Lu}\\p{L}+udvalget|Udvalget for [\\p{L} ]+?(?=[,.]|$))");

	private String mostMentionedForum() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String c : r.lines.clean) {
			Matcher m = MED_NAME.matcher(c);
			while (m.find()) {
				counts.merge(m.group(1), 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() >= 3)
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
	}
}
