package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.AgendaItemX;
import dk.moedegraf.importing.Extraction.Affiliation;
import dk.moedegraf.importing.Extraction.Attendance;
import dk.moedegraf.importing.Extraction.DocumentInfo;
import dk.moedegraf.importing.Extraction.ForumX;
import dk.moedegraf.importing.Extraction.InitiativeX;
import dk.moedegraf.importing.Extraction.MeetingX;
import dk.moedegraf.importing.Extraction.Membership;
import dk.moedegraf.importing.Extraction.OrgX;
import dk.moedegraf.importing.Extraction.Participation;
import dk.moedegraf.importing.Extraction.PersonX;
import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Extraction.Status;

/**
 * Reads the conventions of Danish minutes (not the layout of any one file) from plain text as
 * PDF-to-text or OCR leaves it. Pure Java, no I/O: text in, {@link Extraction} out. Recognised:
 * headings with forum, date, time and place; attendance sections, lists, comma lists and tab tables;
 * per-item guests; member tables grouped under organisation headings; e-mail headers; partnerships;
 * initiatives by kind or budget code; agenda items with decisions; speakers ("X bemærker"); guests in prose
 * ("Chefkonsulent A B, Hospitalsenheden Midt, deltog under punkt 2": the name without its job title, the
 * organisation apart); substitutes in prose ("Som suppleant for X deltog Y (C)"); items about a partnership
 * "med A og B". A job title or an organisation is never read as a person ({@link Names#titledName},
 * {@link Names#looksLikeOrganisation}).
 */
final class MinutesParser {

	/** Attendance headings, folded, with the status they give to the people listed under them. */
	private static final List<Map.Entry<String, Status>> ATTENDANCE = List.of(
			Map.entry("ikke til stede", Status.ABSENT), Map.entry("afbud fra", Status.ABSENT),
			Map.entry("afbud", Status.ABSENT), Map.entry("fraverende", Status.ABSENT),
			Map.entry("forhindret", Status.ABSENT), Map.entry("modedeltagere", Status.PRESENT),
			Map.entry("deltagere", Status.PRESENT), Map.entry("tilstedeverende", Status.PRESENT),
			Map.entry("til stede", Status.PRESENT), Map.entry("tilstede", Status.PRESENT), Map.entry("fremmodte", Status.PRESENT),
			Map.entry("medlemmer", Status.PRESENT), Map.entry("deltog", Status.PRESENT),
			Map.entry("gester", Status.GUEST), Map.entry("gest", Status.GUEST),
			Map.entry("observatorer", Status.GUEST), Map.entry("observator", Status.GUEST),
			Map.entry("sekretariat", Status.GUEST), Map.entry("referent", Status.GUEST),
			Map.entry("desuden deltog", Status.GUEST), Map.entry("endvidere deltog", Status.GUEST),
			Map.entry("modeleder", Status.PRESENT), Map.entry("ordstyrer", Status.PRESENT));

	private static final List<String> ROLE_WORDS = List.of("formand", "forperson", "nestformand", "nestforperson",
			"forkvinde", "suppleant", "stedfortreder", "referent", "ordstyrer", "modeleder", "sekreter", "observator",
			"tovholder");

	/** Verbs that follow a speaker's name in minutes, as folded stems. */
	private static final List<String> SPEECH = List.of("bemerk", "svar", "supler", "rammeset", "sporg", "nevn",
			"understreg", "takk", "orienter", "kvitter", "bekreft", "preciser", "folger op", "er enig", "anerkend",
			"efterspor", "opfordr", "udtryk", "fortel", "konstater", "uddyb", "tilfoj", "foresl", "presenter",
			"informer", "redegor", "indled", "spurgte", "oplys", "har faet", "mener", "papeg", "abn", "afslut",
			"fremhev", "giver", "gennemgik", "gennemgar", "fortalte", "sagde");

	private static final List<String> INITIATIVE_KINDS = List.of("investeringsforslag", "udlob", "budgetforslag",
			"innovationsforslag", "budgetnotat", "effektiviseringsforslag", "besparelsesforslag", "udvidelsesforslag",
			"omprioriteringsforslag", "anlegsforslag", "driftsforslag");

	private static final Pattern PUNKT = Pattern
		.compile("^(?:(?:Punkt|Pkt\\.?|PUNKT|PKT\\.?)\\s*(\\d{1,3})\\s*[:.]?|(\\d{1,2})\\.)\\s+(\\S.*)$");

	private static final Pattern CODE_TITLE = Pattern
		.compile("^([A-ZÆØÅ]{1,4}(?:/[A-Z0-9]{1,5})?[0-9O]{2,3})\\s*:\\s*(\\S.{2,})$");

	private static final Pattern CODE = Pattern.compile("\\b([A-ZÆØÅ]{1,4}(?:/[A-Z0-9]{1,5})?[0-9O]{2,3})\\b");

	private static final Pattern PAREN_KIND = Pattern.compile("^(.*?)\\s*\\(([\\p{L}\\d ]{3,30})\\)\\s*\\.?$");

	private static final Pattern CASE_LABEL = Pattern.compile(
			"(?:S?agsnummer|Sagsnr\\.?|Sag\\s*:|Dokumentnummer|Journalnummer|J\\.\\s?nr\\.?)(?:\\s*[|iI]\\s+([A-Za-z][\\w-]{0,8}))?",
			Pattern.UNICODE_CASE);

	private static final Pattern CASE_VALUE = Pattern
		.compile("(\\d{2,4}\\s?[-/]\\s?\\d{2,}(?:-\\d+)?|\\d{6,})\\s*$");

	private static final Pattern FORUM_WORD = Pattern.compile(
			"(?i)(?:\\b\\p{L}*MED\\b|\\bHMU\\b|MED-udvalg|udvalg|forum|følgegruppe|styregruppe|arbejdsgruppe|netværk|partnerskab|taskforce|råd\\b|rådet|byråd|rådmandsmøde|direktion|bestyrelse|alliance|komité|panel|\\bKKR\\b|magistrat|\\p{L}*gruppen?\\b)");

	private final Run r;

	private MinutesParser(String text, String title) {
		r = new Run(new Lines(text), title);
	}

	static Extraction parse(String text, String title) {
		return AttendancePipeline.complement(new MinutesParser(text, title).run(), text);
	}

	private Extraction run() {
		documentInfo();
		meetings();
		for (MeetingAcc m : r.meetings) {
			attendance(m);
			agenda(m);
		}
		if (r.date == null && !r.meetings.isEmpty()) {
			r.date = r.meetings.get(0).date;
		}
		if (r.kind == null && !r.meetings.isEmpty()) {
			// an agenda with items and no heading word is a dagsorden, however many decisions it carries
			r.kind = r.meetings.stream().anyMatch(m -> !m.items.isEmpty()) ? "dagsorden" : null;
		}
		orgGroups();
		memberLists();
		representativeSentences();
		emailHeaders();
		partnerships();
		collaborations();
		namedForums();
		medHosts();
		forumPages();
		initiatives();
		initials();
		return r.finish();
	}

	// ---------------------------------------------------------------- document

	private void documentInfo() {
		Lines l = r.lines;
		String kind = null;
		List<String> cases = new ArrayList<>();
		LocalDate date = null;
		int head = Math.min(l.size(), 60);
		for (int i = 0; i < l.size(); i++) {
			String k = l.key.get(i);
			if (kind == null && i < 15) {
				for (String w : List.of("beslutningsprotokol", "beslutningsmemo", "referat", "dagsorden",
						"opsamlingsnotat", "notat", "opsummering", "protokol")) {
					if (k.startsWith(w) || (k.contains(" " + w) && k.split(" ").length <= 4)
							|| (k.startsWith("opsamlingsnotat") && w.equals("notat"))) {
						kind = w.equals("opsamlingsnotat") || w.equals("opsummering") ? "notat" : w;
						break;
					}
				}
			}
			String c = l.clean.get(i);
			Matcher m = CASE_LABEL.matcher(c);
			if (m.find()) {
				String label = labelOf(m);
				String rest = c.substring(m.end()).replaceFirst("^[\\s:|]+", "");
				String value = null;
				Matcher v = CASE_VALUE.matcher(rest);
				if (!rest.isBlank() && v.find() && v.start() < 4) {
					value = v.group(1);
				}
				else {
					int n = l.nextNonBlank(i + 1);
					if (n < l.size() && n - i <= 3) {
						Matcher v2 = CASE_VALUE.matcher(l.clean.get(n));
						if (v2.find()) {
							value = v2.group(1);
						}
					}
				}
				if (value != null) {
					String entry = label + ": " + value.replaceAll("\\s*([-/])\\s*", "$1");
					if (!cases.contains(entry)) {
						cases.add(entry);
					}
				}
			}
			if (!Fold.startsWithWord(k, "sagsbehandler") && k.endsWith(" sagsbehandler") && i < head) {
				// a right-hand header column glued onto the text: the label ends this line, the name ends the next
				int n = l.nextNonBlank(i + 1);
				if (n < l.size() && n - i <= 2) {
					Matcher tail = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|van|von|de)){1,3})\\s*$")
						.matcher(l.clean.get(n));
					if (tail.find() && Names.looksLikeName(tail.group(1))) {
						r.caseHandlers.add(r.person(tail.group(1), n));
					}
				}
			}
			if (c.matches("^(?:Kære|Hej|Til)\\s+\\p{Lu}.*") && c.contains(",")) {
				// the salutation of a letter names its addressees
				for (String name : splitList(c.replaceFirst("^\\S+\\s+", ""))) {
					if (Names.looksLikeName(name)) {
						r.person(name, i);
					}
				}
			}
			if (Fold.startsWithWord(k, "sagsbehandler")) {
				String rest = c.replaceFirst("(?i)^sagsbehandler\\s*:?\\s*", "");
				int n = rest.isBlank() ? l.nextNonBlank(i + 1) : i;
				String name = rest.isBlank() && n < l.size() ? l.clean.get(n) : rest;
				if (Names.looksLikeName(name)) {
					r.caseHandlers.add(r.person(name, n));
				}
			}
			// the document's own date: a date standing alone on a line near the top
			if (date == null && i < head && c.matches("^\\s*\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}\\s*$")) {
				date = Dates.first(c);
			}
			else if (date == null && i < head) {
				Matcher alone = Pattern.compile("\\s(\\d{1,2}-\\d{2}-\\d{4})$").matcher(c);
				if (alone.find() && !c.matches(".*\\d{1,2}[:.]\\d{2}.*")) {
					date = Dates.first(alone.group(1));
				}
			}
		}
		r.kind = kind;
		r.date = date;
		r.caseNumbers = cases;
	}

	private static String labelOf(Matcher m) {
		String whole = m.group().strip();
		String base;
		String w = Fold.key(whole);
		if (w.startsWith("dokumentnummer")) {
			base = "Dokumentnummer";
		}
		else if (w.startsWith("journalnummer") || w.startsWith("j nr")) {
			base = "Journalnummer";
		}
		else if (w.startsWith("sag ") || w.equals("sag")) {
			return "Sag";
		}
		else {
			base = w.startsWith("sagsnr") ? "Sagsnr." : "Sagsnummer";
		}
		return m.group(1) == null ? base : base + " i " + m.group(1);
	}

	// ---------------------------------------------------------------- meetings

	private static final Pattern CAL_LINE = Pattern.compile(
			"^(\\d{1,2}-\\d{1,2}-\\d{4})\\s+(\\d{1,2}[:.]\\d{2})\\s*(?:-|–)\\s*(\\d{1,2}[:.]\\d{2})\\s*$");

	private void meetings() {
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
			if (p < l.size() && attendanceHeading(p) == null && !l.key.get(p).startsWith("information")
					&& l.clean.get(p).length() < 120) {
				location = l.clean.get(p);
			}
			MeetingAcc acc = r.meeting(heading, forumsOfHeading(heading), Dates.first(m.group(1)), t);
			Matcher also = Pattern.compile("\\(([^)]{3,60})\\)\\s*$").matcher(heading);
			if (also.find()) {
				r.forumAlias(acc.forums.get(0), also.group(1).strip()); // "MBU - Rådmandsmøde (Rådmandsmøde)"
			}
			Matcher host = Pattern.compile("^(\\p{Lu}{2,6})\\s+[-–]\\s+\\S").matcher(heading);
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
			boolean dateLabel = Fold.startsWithWord(k, "modedato") || Fold.startsWithWord(k, "dato")
					|| Fold.startsWithWord(k, "modetidspunkt") || Fold.startsWithWord(k, "tidspunkt");
			boolean timeLabel = dateLabel || k.startsWith("tid ") || k.equals("tid") || k.startsWith("kl ")
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
			if (dateLabel || timeLabel) {
				continue;
			}
			if ((k.startsWith("sted ") || Fold.startsWithWord(k, "modested") || k.startsWith("lokale "))
					&& location == null) {
				location = c.replaceFirst("(?i)^(m\\S{1,2}dested|sted|lokale)\\s*:?\\s*", "").strip();
				if (location.isEmpty()) {
					int n = l.nextNonBlank(i + 1);
					location = n < l.size() ? l.clean.get(n) : null;
				}
				headerEnd = i;
			}
			else if (Fold.startsWithWord(k, "modedeltagere") && c.toLowerCase().contains(" af ")) {
				// "MØDEDELTAGERE MEDLEMMER AF HOVEDMED": the forum whose members attend
				String f = c.replaceFirst("(?i).*\\baf\\s+", "").strip();
				addForumName(forums, properCase(f, l));
			}
		}
		// "<Forum> d. 24. april 2026" or "... møde i <Forum> den ..." or "... mellem A og B <date>"
		for (int i = 0; i < head && title == null; i++) {
			String c = l.clean.get(i);
			String joined = c;
			int last = i;
			if (Dates.first(c) == null && i + 1 < l.size() && Dates.first(l.clean.get(i + 1)) != null
					&& !isHeaderLabel(l.key.get(i + 1))
					&& l.clean.get(i + 1).length() < 80 && FORUM_WORD.matcher(c + " " + l.clean.get(i + 1)).find()) {
				joined = c + " " + l.clean.get(i + 1);
				last = i + 1;
			}
			Matcher d = Dates.DATE.matcher(joined);
			if (!d.find() || joined.length() > 140) {
				continue;
			}
			String before = joined.substring(0, d.start()).replaceFirst("\\s*(?:,|\\bd\\.|\\bden|\\bpå|\\bkl\\.?)?\\s*$", "")
				.replaceFirst("\\s*\\b(?:d\\.|den)\\s*$", "")
				.strip();
			if (before.isEmpty() || !FORUM_WORD.matcher(before).find()) {
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
		if (forums.isEmpty() && date != null) {
			// a labelled header (Mødedato, Sted) under a heading that names the forum: "Udvalget for Natur og Fritid"
			for (int i = 0; i < Math.min(head, Math.max(headerLine, 0) + 1); i++) {
				String c = l.clean.get(i);
				if (!c.isEmpty() && c.length() <= 80 && !isHeaderLabel(l.key.get(i)) && FORUM_WORD.matcher(c).find()
						&& Dates.first(c) == null && !c.endsWith(".") && !c.contains(":")) {
					String f = c.strip();
					Matcher of = Pattern.compile("^(.+?)\\s*,\\s+(\\p{Lu}.+)$").matcher(f);
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
		MeetingAcc acc = r.meeting(title, forums, date, Math.max(headerLine, 0));
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

	private static boolean isHeaderLabel(String key) {
		for (String label : List.of("modedato", "dato", "tid", "tidspunkt", "sted", "modested", "kl", "lokale",
				"sagsnr", "sagsnummer", "modedeltagere", "deltagere", "afbud")) {
			if (Fold.startsWithWord(key, label)) {
				return true;
			}
		}
		return false;
	}

	private void closeRegions() {
		for (int i = 0; i < r.meetings.size(); i++) {
			MeetingAcc m = r.meetings.get(i);
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

	/** "MBU - Rådmandsmøde (Rådmandsmøde)" -> [MBU - Rådmandsmøde]; "dialogmøde mellem BUU og HovedMED" -> [BUU, HovedMED]. */
	private List<String> forumsOfHeading(String heading) {
		String h = heading.strip().replaceFirst("^(?i)(til deltagere ved|referat fra|referat af|dagsorden for|dagsorden til|beslutningsprotokol for|beslutningsprotokol fra)\\s+", "")
			.replaceFirst("(?i)[\\s,]+(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$", "");
		Matcher between = Pattern.compile("(?i)\\b(?:mellem|ml\\.)\\s+(.+?)\\s+og\\s+(.+)$").matcher(h);
		List<String> out = new ArrayList<>();
		if (between.find()) {
			out.add(between.group(1).strip());
			out.add(between.group(2).strip().replaceFirst("[\\s<>|,.]+$", ""));
			return out;
		}
		Matcher in = Pattern.compile("(?i)\\bmødet?\\s+(?:i|for)\\s+(.+)$").matcher(h);
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

	private String mostMentionedForum() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Pattern p = Pattern.compile("\\b(\\p{Lu}\\p{L}*MED|HMU|MED-udvalget|\\p{Lu}\\p{L}+udvalget|Udvalget for [\\p{L} ]+?(?=[,.]|$))");
		for (String c : r.lines.clean) {
			Matcher m = p.matcher(c);
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

	// ---------------------------------------------------------------- attendance

	private record Heading(Status status, String rest, boolean members, String key) {
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
	private Heading attendanceHeading(int i) {
		String k = r.lines.key.get(i);
		String c = r.lines.clean.get(i);
		for (var e : ATTENDANCE) {
			if (Fold.startsWithWord(k, e.getKey())) {
				int colon = c.indexOf(':');
				String rest = colon >= 0 ? c.substring(colon + 1).strip() : "";
				// a heading is short or ends in a colon; "Deltagerne drøftede ..." is prose
				if (colon < 0 && k.split(" ").length > 4) {
					return null;
				}
				if (colon > 30) {
					return null;
				}
				return new Heading(e.getValue(), rest, k.startsWith("medlemmer") || k.contains("medlemmer"), k);
			}
		}
		return null;
	}

	private void attendance(MeetingAcc m) {
		Lines l = r.lines;
		Status tableStatus = null;
		int[] cols = null;
		for (int i = m.line; i <= m.regionEnd; i++) {
			String c = l.clean.get(i);
			// tab tables: Navn / Stilling / Repræsentant for
			if (c.contains("\t")) {
				String[] cells = c.split("\t", -1);
				if (Fold.key(cells[0]).equals("navn")) {
					cols = columns(cells);
					tableStatus = Status.PRESENT;
					continue;
				}
				if (cols != null) {
					String first = cells[0].strip();
					Heading h = attendanceHeading(i);
					if (h != null && Names.words(first).size() <= 3 && !Names.looksLikeName(first)) {
						tableStatus = h.status();
						continue;
					}
					tableRow(m, cells, cols, tableStatus, i);
					continue;
				}
			}
			else if (cols != null && !c.isEmpty()) {
				Heading h = attendanceHeading(i);
				if (h != null && h.rest().isEmpty()) {
					tableStatus = h.status();
					continue;
				}
				cols = null;
			}
			// per-item lines: "Pkt. 3: Tid: 15 min Deltagere: A, B og C"
			Matcher pk = Pattern.compile("^(?:Pkt\\.?|Punkt)\\s*(\\d+)\\s*:.*?\\b(Deltagere|Deltager|Gæster)\\s*:\\s*(.*)$",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(c);
			if (pk.find()) {
				int item = Integer.parseInt(pk.group(1));
				StringBuilder list = new StringBuilder(pk.group(3));
				int j = i;
				while (j + 1 <= m.regionEnd && !l.blank(j + 1) && !PUNKT.matcher(l.clean.get(j + 1)).find()
						&& attendanceHeading(j + 1) == null) {
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
			// "A; B; C deltog." within an item, "Chefkonsulent Nanna Krogh, Hospitalsenheden Midt, deltog under
			// punkt 2", "… deltog i behandlingen af punkt 2 og 3": guests of those items
			Matcher front = GUEST_SENTENCE_FROM.matcher(c);
			if (front.find() && !c.contains(":")) {
				// "Fra Hospitalsenheden Midt deltog chefkonsulent Nanna Krogh under punkt 2": the organisation first
				List<Integer> items = itemNumbers(front.group(3), m, i);
				guests(m, front.group(2), front.group(1), items, i);
				continue;
			}
			Matcher under = GUEST_SENTENCE_UNDER.matcher(c);
			if (under.find() && !c.contains(":")) {
				// "Under punkt 2 deltog kontorchef Bo Lind, Center for Trafik"
				guests(m, under.group(2), null, itemNumbers(under.group(1), m, i), i);
				continue;
			}
			Matcher deltog = GUEST_SENTENCE.matcher(c);
			if (deltog.find() && !c.contains(":")) {
				List<Integer> items = new ArrayList<>();
				if (deltog.group(2) != null) {
					for (String n : deltog.group(2).split("\\D+")) {
						if (!n.isEmpty()) {
							items.add(Integer.valueOf(n));
						}
					}
				}
				else if (m.currentItemAt(i) != null) {
					items.add(m.currentItemAt(i));
				}
				guests(m, deltog.group(1), null, items, i);
				continue;
			}
			Heading h = attendanceHeading(i);
			if (h == null) {
				continue;
			}
			i = list(m, h, i);
		}
		speakers(m);
		substitutesInProse(m);
		absentInProse(m);
		substitutes(m);
	}

	private static final Pattern GUEST_SENTENCE = Pattern.compile(
			"^(.+?),?\\s+deltog(?:\\s+(?:under|i|ved)\\s+(?:(?:behandlingen|drøftelsen)\\s+af\\s+)?(?:dagsordens)?(?:[Pp]unkt(?:erne)?|[Pp]kt\\.?)\\s*(\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*))?\\s*\\.?$");

	/**
	 * The subject of a guest sentence: names, each optionally with a title before it ("Chefkonsulent Nanna
	 * Krogh", "kontorchef Bo Lind") or after it ("Bo Lind, kontorchef") and the organisation after it
	 * ("…, Hospitalsenheden Midt"). An organisation is never taken for a person.
	 */
	private static final String ITEM_REF = "(?:(?:behandlingen|drøftelsen)\\s+af\\s+)?(?:dagsordens)?(?:[Pp]unkt(?:erne)?|[Pp]kt\\.?)\\s*(\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*)";

	private static final Pattern GUEST_SENTENCE_FROM = Pattern.compile(
			"^[Ff]ra\\s+(\\p{Lu}[^,.]{1,60}?)\\s+deltog\\s+(.+?)(?:\\s+(?:under|i|ved)\\s+" + ITEM_REF + ")?\\s*\\.?$");

	private static final Pattern GUEST_SENTENCE_UNDER = Pattern.compile(
			"^(?:[Uu]nder|[Vv]ed)\\s+" + ITEM_REF + "\\s+deltog\\s+(.+?)\\s*\\.?$");

	private static List<Integer> itemNumbers(String numbers, MeetingAcc m, int line) {
		List<Integer> items = new ArrayList<>();
		if (numbers != null) {
			for (String n : numbers.split("\\D+")) {
				if (!n.isEmpty()) {
					items.add(Integer.valueOf(n));
				}
			}
		}
		else if (m.currentItemAt(line) != null) {
			items.add(m.currentItemAt(line));
		}
		return items;
	}

	private void guests(MeetingAcc m, String subject, String fromOrg, List<Integer> items, int i) {
		Span span = new Span(Lines.no(i), Lines.no(i));
		String person = null;
		String title = null;
		String org = null;
		List<String[]> found = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		for (String clause : subject.split("\\s*[;,]\\s*")) {
			String cl = clause.strip().replaceFirst("^(?:og|samt)\\s+", "");
			// "Center for Økonomi og Personale" is one organisation; "A og B" two people
			parts.addAll(Names.looksLikeOrganisation(cl) ? List.of(cl) : List.of(cl.split("\\s+og\\s+|\\s+samt\\s+")));
		}
		for (String part : parts) {
			String p = part.strip().replaceFirst("[.]$", "").replaceFirst("^(?:fra|fra\\s+\\p{Ll}+)\\s+(?=\\p{Lu})", "").strip();
			if (p.isEmpty()) {
				continue;
			}
			String[] tn = Names.looksLikeOrganisation(p) ? null : Names.titledName(p);
			if (tn != null) {
				if (person != null) {
					found.add(new String[] { person, title, org });
				}
				person = tn[1];
				title = tn[0];
				org = null;
			}
			else if (person != null && title == null && (p.matches("^\\p{Ll}.*") || Names.isTitleWord(p.split(" ")[0]))
					&& !Names.looksLikeOrganisation(p)) {
				title = p;
			}
			else if (person != null && org == null && p.matches("^[\\p{Lu}\\d].{1,60}")) {
				org = p;
			}
		}
		if (person != null) {
			found.add(new String[] { person, title, org });
		}
		if (fromOrg != null && !Names.looksLikeName(fromOrg)) {
			for (String[] g : found) {
				g[2] = g[2] == null ? fromOrg : g[2];
			}
		}
		for (String[] g : found) {
			String who = r.person(g[0], i);
			if (items.isEmpty()) {
				m.guest(who, null, span);
			}
			for (Integer item : items) {
				m.guest(who, item, span);
			}
			AttendanceAcc a = m.attendance.get(who);
			a.title = a.title == null ? g[1] : a.title;
			if (g[2] != null) {
				String orgName = r.org(g[2], i);
				a.onBehalfOf = a.onBehalfOf == null ? orgName : a.onBehalfOf;
				r.affiliation(who, orgName, g[1], span);
			}
		}
	}

	private static final String NAME = "((?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|van|von|de|af|\\p{Lu}\\.)){1,4})";

	private static final String PARTY = "(?:\\s*\\(([^()]{1,40})\\))?";

	private static final String SUB_WORD = "(?:suppleant|stedfortræder)";

	/** Prose substitutes: [pattern, group of the substitute, of its party, of the absent member]. */
	private static final List<Object[]> SUBSTITUTE_SENTENCES = List.of(
			// "Som suppleant for Henrik Vestergård deltog Lise Dam (C)."
			new Object[] { Pattern.compile("\\b(?:[Ss]om\\s+" + SUB_WORD + "\\s+for|[Ii]\\s+stedet\\s+for)\\s+" + NAME + PARTY
					+ ",?\\s+(?:deltog|mødte|var)\\s+(?:\\p{Ll}+\\s+)?" + NAME + PARTY), 3, 4, 1 },
			// "Lise Dam (C) deltog som suppleant for Henrik Vestergård", "… mødte som stedfortræder for …"
			new Object[] { Pattern.compile(NAME + PARTY + ",?\\s+(?:deltog|mødte|var\\s+til\\s+stede)(?:\\s+i\\s+stedet)?\\s+som\\s+"
					+ SUB_WORD + "\\s+for\\s+" + NAME), 1, 2, 3 },
			// "Lise Dam (suppleant for Henrik Vestergård)", "Lise Dam, stedfortræder for Henrik Vestergård"
			new Object[] { Pattern.compile(NAME + PARTY + "\\s*[(,]\\s*(?:som\\s+)?" + SUB_WORD + "\\s+for\\s+" + NAME), 1, 2, 3 },
			// "Henrik Vestergård var fraværende, Lise Dam mødte som stedfortræder"
			new Object[] { Pattern.compile(NAME + PARTY + "\\s+(?:var\\s+fraværende|havde\\s+(?:meldt\\s+)?afbud|var\\s+forhindret)[,;]?\\s+(?:og\\s+)?"
					+ NAME + PARTY + "\\s+(?:deltog|mødte)(?:\\s+i\\s+stedet)?\\s+som\\s+" + SUB_WORD), 3, 4, 1 });

	/** "Som suppleant for X deltog Y (C)": Y is present as suppleant for X, and X is absent. */
	private void substitutesInProse(MeetingAcc m) {
		Lines l = r.lines;
		for (int i = m.line; i <= m.regionEnd; i++) {
			String c = l.clean.get(i);
			if (!Fold.key(c).contains("suppleant") && !Fold.key(c).contains("stedfortreder")) {
				continue;
			}
			for (Object[] s : SUBSTITUTE_SENTENCES) {
				Matcher x = ((Pattern) s[0]).matcher(c);
				if (!x.find()) {
					continue;
				}
				String[] sub = Names.titledName(x.group((Integer) s[1]));
				String[] absent = Names.titledName(x.group((Integer) s[3]));
				if (sub == null || absent == null || Names.sameName(sub[1], absent[1])) {
					continue;
				}
				Span span = new Span(Lines.no(i), Lines.no(i));
				String party = x.group((Integer) s[2]);
				String orgName = party == null || SUB_WORD_KEY.matcher(Fold.key(party)).find() ? null
						: r.org(PARTIES.getOrDefault(party.strip(), party.strip()), i);
				String who = r.person(sub[1], i);
				String whom = r.person(absent[1], i);
				m.attend(who, Status.PRESENT, "suppleant", sub[0], orgName, span);
				AttendanceAcc a = m.attendance.get(who);
				a.status = Status.PRESENT;
				a.role = "suppleant";
				m.substitute(who, whom);
				if (!m.attendance.containsKey(whom)) {
					m.attend(whom, Status.ABSENT, null, null, new Span(Lines.no(i), Lines.no(i)));
				}
				else if (m.attendance.get(whom).status == Status.PRESENT) {
					m.attendance.get(whom).status = Status.ABSENT; // someone stood in for them: they were not there
				}
				r.membership(who, m.forums.get(0), "suppleant", sub[0], orgName, span);
				if (orgName != null) {
					r.affiliation(who, orgName, sub[0], span);
				}
				break;
			}
		}
	}

	private static final Pattern SUB_WORD_KEY = Pattern.compile("suppleant|stedfortreder");

	private static final Pattern ABSENCE = Pattern.compile(
			"(?i)\\b(?:desværre\\s+)?(?:ikke\\s+kunne\\s+deltage|ikke\\s+kunne\\s+være\\s+til\\s+stede|var\\s+forhindret|havde\\s+meldt\\s+afbud|har\\s+meldt\\s+afbud|var\\s+fraværende|deltog\\s+ikke)");

	private static final Pattern NAME_RUN = Pattern
		.compile("\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|van|von|de|af|\\p{Lu}\\.)){1,4}");

	/** "… at Janne Bech Jensen og Jesper Tofte Graabek desværre ikke kunne deltage": absent, unless listed otherwise. */
	private void absentInProse(MeetingAcc m) {
		Lines l = r.lines;
		for (int i = m.headerEnd + 1; i <= m.regionEnd; i++) {
			String c = l.clean.get(i);
			Matcher a = ABSENCE.matcher(c);
			if (!a.find()) {
				continue;
			}
			String before = c.substring(0, a.start());
			int clause = Math.max(before.lastIndexOf(" at "), Math.max(before.lastIndexOf(". "), before.lastIndexOf(": ")));
			String subject = clause >= 0 ? before.substring(clause + 2) : before;
			Matcher n = NAME_RUN.matcher(subject);
			while (n.find()) {
				String[] titled = Names.titledName(n.group());
				String name = titled == null ? n.group() : titled[1];
				if (Names.looksLikeName(name) && !m.attendance.containsKey(r.person(name, i))) {
					m.attend(r.person(name, i), Status.ABSENT, null, null, new Span(Lines.no(i), Lines.no(i)));
				}
			}
		}
	}

	private static int[] columns(String[] cells) {
		int[] cols = { 0, -1, -1 };
		for (int j = 1; j < cells.length; j++) {
			String k = Fold.key(cells[j]);
			if (k.startsWith("stilling") || k.startsWith("titel") || k.startsWith("funktion")) {
				cols[1] = j;
			}
			else if (k.startsWith("repr") || k.startsWith("organisation") || k.startsWith("forvaltning")
					|| k.startsWith("parti") || k.startsWith("for ") || k.startsWith("udpeget")) {
				cols[2] = j;
			}
		}
		return cols;
	}

	private void tableRow(MeetingAcc m, String[] cells, int[] cols, Status status, int i) {
		String name = cells[0].strip();
		if (!Names.looksLikeName(name)) {
			return;
		}
		String title = cols[1] >= 0 && cols[1] < cells.length ? blankToNull(cells[cols[1]].strip()) : null;
		String orgCell = cols[2] >= 0 && cols[2] < cells.length ? cells[cols[2]].strip() : "";
		String role = null;
		String org = orgCell;
		Matcher rm = Pattern.compile("^(.*?),\\s*([\\p{L} ]+)$").matcher(orgCell);
		if (rm.matches() && isRole(rm.group(2))) {
			org = rm.group(1).strip();
			role = Names.lower(rm.group(2).strip());
		}
		if (title != null && isRole(title)) {
			role = role == null ? Names.lower(title) : role;
		}
		String person = r.person(name, i);
		Span span = new Span(Lines.no(i), Lines.no(i));
		String orgName = org.isEmpty() ? null : r.org(unionOf(org), i);
		if (orgName != null && !orgName.equals(org)) {
			r.orgAlias(orgName, org);
		}
		m.attend(person, status, role, title, orgName, span);
		if (status != Status.GUEST) {
			r.membership(person, m.forums.get(0), role, title, orgName, span);
		}
		if (orgName != null) {
			// whom a member represents is the membership's onBehalfOf; it does not make the unit a party to the forum
			r.affiliation(person, orgName, title, span);
		}
	}

	/**
	 * "LO (LFS)", "FTF (DSR)": a member organisation written inside its confederation stands for the member
	 * organisation. A qualifier in lower case ("Driftscentre (ekskl. DSI)") or a list ("AC (DJØF + DM)")
	 * leaves the name as written.
	 */
	static String unionOf(String org) {
		Matcher m = Pattern.compile("^(\\p{Lu}{2,6})\\s*\\(([\\p{Lu}\\d][^()+,]*)\\)$").matcher(org.strip());
		return m.matches() ? m.group(2).strip() : org;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static boolean isRole(String s) {
		String k = Fold.key(s);
		for (String w : ROLE_WORDS) {
			if (Fold.ocrSame(k, w) || k.equals(w + "en")) {
				return true;
			}
		}
		return false;
	}

	/** The list under an attendance heading; returns the last line consumed. */
	private int list(MeetingAcc m, Heading h, int i) {
		Lines l = r.lines;
		int last = i;
		List<int[]> entries = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		if (!h.rest().isEmpty()) {
			StringBuilder b = new StringBuilder(h.rest());
			int j = i;
			// a comma list may wrap onto the next lines
			while (j + 1 <= m.regionEnd && !l.blank(j + 1) && (b.toString().strip().endsWith(",")
					|| b.toString().strip().endsWith(" og") || l.clean.get(j + 1).matches("^\\p{Ll}.*|^\\p{Lu}\\p{Ll}+[,.]?$"))) {
				j++;
				// "Hammer-" at a line end goes on with "Jakobsen": no space
				b.append(b.toString().endsWith("-") ? "" : " ").append(l.clean.get(j));
			}
			for (String e : splitList(b.toString())) {
				if (!texts.isEmpty() && entryName(e) == null
						&& (Names.looksLikeOrganisation(e) || isRole(e) || e.matches("^\\p{Ll}.*"))) {
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
				if (attendanceHeading(j) != null || PUNKT.matcher(c).find() || c.contains("\t")) {
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

	private boolean nextIsNotEntry(int j, MeetingAcc m) {
		int n = r.lines.nextNonBlank(j);
		return n > m.regionEnd || n >= r.lines.size() || entryName(r.lines.clean.get(n)) == null;
	}

	/** The name at the start of a list entry ("Anne Holm, formand", "Ib Lund (A)", "Ida Kær - afbud"), or null. */
	private static String entryName(String c) {
		String n = c.split("\\s*(?:,|\\(|\\s[-–]\\s|\\t|;)\\s*", 2)[0].strip();
		if (Names.looksLikeName(n)) {
			return n;
		}
		// "direktør Anne Holm", "sekretariatschef Bo Lind": a title in lower case before the name
		Matcher titled = Pattern.compile("^(?:\\p{Ll}[\\p{L}\\-.]*\\s+){1,3}(\\p{Lu}.*)$").matcher(n);
		if (titled.matches() && Names.looksLikeName(titled.group(1))) {
			return titled.group(1);
		}
		// "Chefkonsulent Nanna Krogh": a capitalised job title before the name
		String[] t = Names.titledName(n);
		return t == null ? null : t[1];
	}

	/** Danish party letters as lists of elected members write them, "(A)", "(V)". */
	private static final Map<String, String> PARTIES = Map.ofEntries(Map.entry("A", "Socialdemokratiet"),
			Map.entry("B", "Radikale Venstre"), Map.entry("C", "Det Konservative Folkeparti"),
			Map.entry("D", "Nye Borgerlige"), Map.entry("F", "SF - Socialistisk Folkeparti"),
			Map.entry("I", "Liberal Alliance"), Map.entry("K", "Kristendemokraterne"), Map.entry("M", "Moderaterne"),
			Map.entry("O", "Dansk Folkeparti"), Map.entry("V", "Venstre"), Map.entry("Æ", "Danmarksdemokraterne"),
			Map.entry("Ø", "Enhedslisten"), Map.entry("Å", "Alternativet"));

	private void entry(MeetingAcc m, Heading h, String text, int from, int to) {
		String name = entryName(text);
		if (name == null) {
			return;
		}
		String rest = text.substring(text.indexOf(name) + name.length());
		Status status = h.status();
		String role = null;
		String org = null;
		String before = text.substring(0, text.indexOf(name)).strip();
		String title = before.isEmpty() ? null : before;
		String substituteFor = null;
		List<Integer> items = new ArrayList<>();
		for (String part : rest.split("\\s*(?:,|;|\\(|\\)|\\s[-–]\\s)\\s*")) {
			String p = part.strip().replaceFirst("^[-–]\\s*", "");
			if (p.isEmpty()) {
				continue;
			}
			String k = Fold.key(p);
			Matcher under = Pattern.compile("(?i)deltog\\s+(?:under|i|ved)\\s+" + ITEM_REF).matcher(p);
			Matcher sub = Pattern.compile("(?i)(?:suppleant|stedfortræder)\\s+for\\s+(.+)$").matcher(p);
			if (Fold.startsWithWord(k, "afbud") || k.equals("fraverende") || k.equals("ikke til stede")) {
				status = Status.ABSENT;
			}
			else if (under.find()) {
				status = Status.GUEST;
				for (String n : under.group(1).split("\\D+")) {
					if (!n.isEmpty()) {
						items.add(Integer.valueOf(n));
					}
				}
			}
			else if (sub.find()) {
				role = "suppleant";
				substituteFor = Names.looksLikeName(sub.group(1).strip()) ? r.person(sub.group(1).strip(), from) : null;
			}
			else if (isRole(p)) {
				role = role == null ? Names.lower(p) : role;
			}
			else if (title == null && p.matches("^\\p{Ll}.*") || looksLikeTitle(k)) {
				title = title == null ? p : title;
			}
			else if (org == null) {
				// a party letter "(A)" stands for the party
				org = PARTIES.getOrDefault(p, p);
			}
		}
		String person = r.person(name, from);
		Span span = new Span(Lines.no(from), Lines.no(to));
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

	private static boolean looksLikeTitle(String k) {
		for (String w : List.of("chef", "leder", "konsulent", "direktor", "radmand", "borgmester", "dekan", "sekreter",
				"koordinator", "medarbejder", "reprasentant", "reprasentant", "fuldmegtig", "lektor", "professor",
				"studerende", "formand", "radgiver", "assistent", "specialist", "partner", "raadgiver", "tillidsrepr",
				"medlem", "pedagog", "lerer", "forstander", "inspektor", "sygeplejerske", "politiker")) {
			if (k.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/** "Katrine Ring bemærker, ..." at the start of a line: the speaker was at the meeting. */
	private void speakers(MeetingAcc m) {
		Lines l = r.lines;
		Pattern speaker = Pattern.compile(
				"^((?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.|van|von|de|af)){1,4})\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+)?)");
		for (int i = m.headerEnd + 1; i <= m.regionEnd; i++) {
			Matcher s = speaker.matcher(l.clean.get(i));
			if (!s.find()) {
				continue;
			}
			// "Kontorchef Bo Lind orienterede": the person without the title
			String[] name = Names.titledName(s.group(1));
			String verb = Fold.key(s.group(2));
			if (name == null || !speechVerb(verb)) {
				continue;
			}
			m.spoke(r.person(name[1], i), new Span(Lines.no(i), Lines.no(i)));
		}
	}

	private static boolean speechVerb(String verb) {
		for (String v : SPEECH) {
			if (verb.length() >= v.length() && Fold.ocrSame(verb.substring(0, v.length()), v)) {
				return true;
			}
		}
		return false;
	}

	/** A suppleant present for an absent member who represents the same organisation stands in for that member. */
	private void substitutes(MeetingAcc m) {
		for (AttendanceAcc a : m.attendance.values()) {
			if (a.status != Status.PRESENT || a.substituteFor != null || a.onBehalfOf == null
					|| !"suppleant".equals(a.role) && !(a.title != null && isRole(a.title))) {
				continue;
			}
			List<AttendanceAcc> absent = m.attendance.values()
				.stream()
				.filter(b -> b.status == Status.ABSENT && a.onBehalfOf.equals(b.onBehalfOf))
				.toList();
			if (absent.size() == 1) {
				a.substituteFor = absent.get(0).person;
			}
			else if (absent.size() > 1) {
				r.warnings.add(a.person + " is suppleant for " + a.onBehalfOf + " but " + absent.size()
						+ " members of it are absent; substitute not recorded");
			}
		}
	}

	// ---------------------------------------------------------------- agenda

	private void agenda(MeetingAcc m) {
		Lines l = r.lines;
		boolean punktStyle = false;
		for (int i = m.line; i <= m.regionEnd; i++) {
			if (l.clean.get(i).matches("^(?i)(punkt|pkt\\.?)\\s*\\d+\\s*:.*")) {
				punktStyle = true;
				break;
			}
		}
		int lastNumber = 0;
		boolean inToc = false;
		int blankRun = 0;
		for (int i = m.headerEnd + 1; i <= m.regionEnd; i++) {
			String c = l.clean.get(i);
			String k = l.key.get(i);
			if (k.equals("indhold") || k.equals("dagsorden") || k.equals("indholdsfortegnelse")) {
				inToc = k.equals("indhold") || k.equals("indholdsfortegnelse");
				continue;
			}
			blankRun = c.isEmpty() ? blankRun + 1 : 0;
			if (blankRun >= 2) {
				inToc = false; // a table of contents is one block; the body starts after a gap
			}
			Matcher dec = Pattern.compile("^(?i)Beslutning(?:er)?(?:\\s+for\\s+(?:punkt|pkt\\.?)\\s*(\\d+))?\\s*(:)?\\s*(.*)$").matcher(c);
			if (dec.find() && (dec.group(1) != null || dec.group(2) != null || c.length() < 15)) {
				if (inToc) {
					continue;
				}
				Integer n = dec.group(1) != null ? Integer.valueOf(dec.group(1)) : m.currentItemAt(i);
				int end = decisionEnd(m, i);
				int from = l.nextNonBlank(i + 1);
				if (dec.group(1) == null && !dec.group(3).isBlank()) {
					from = i + 1; // "Beslutning: Godkendt." holds the decision itself
					end = Math.max(i, decisionEnd(m, i));
				}
				// skip the repeated item title after "Beslutning for Punkt N: <title>"
				if (dec.group(1) != null) {
					// the title wrapped onto the next line ("lovgivning om tilsyn i dagtilbud (OKJ)", "18. august 2021")
					if (from <= end && l.clean.get(from).length() < 70 && !l.clean.get(from).matches(".*[.!?]$")
							&& (l.clean.get(from).matches("^[\\p{Ll}\\d].*")) && !l.bullet[from]) {
						from = l.nextNonBlank(from + 1);
					}
				}
				StringBuilder text = new StringBuilder(dec.group(1) == null ? dec.group(3).strip() : "");
				for (int j = from; j <= end; j++) {
					if (!l.blank(j) && !l.clean.get(j).matches("^\\d+ / \\d+$")) {
						text.append(text.length() > 0 ? " " : "").append(l.clean.get(j));
					}
				}
				if (n != null && text.length() > 0) {
					m.decision(n, text.length() > 1000 ? text.substring(0, 1000) + " …" : text.toString(),
							new Span(Lines.no(i), Lines.no(end)));
				}
				continue;
			}
			Matcher p = PUNKT.matcher(c);
			if (!p.find()) {
				continue;
			}
			boolean explicit = p.group(1) != null;
			if (!explicit && (punktStyle || c.length() > 120 || !Character.isUpperCase(p.group(3).charAt(0)))) {
				continue;
			}
			int n = Integer.parseInt(explicit ? p.group(1) : p.group(2));
			if (!explicit && n < lastNumber && n != 1) {
				continue;
			}
			if (!explicit && l.bullet[i] && !c.matches("^\\d+\\..*")) {
				continue;
			}
			String title = p.group(3).strip();
			if (title.matches("^(?i)tid\\s*:.*")) {
				continue; // "Pkt. 2: Tid: 10 min" is a time slot, not a title
			}
			if (inToc) {
				title = title.replaceFirst("\\s+\\d{1,3}$", "");
			}
			else {
				int next = i + 1;
				// a title wrapped onto the next line
				if (next <= m.regionEnd && !l.blank(next) && !PUNKT.matcher(l.clean.get(next)).find()
						&& (l.clean.get(next).matches("^\\p{Ll}.*|^\\d{4}$") || title.endsWith("-"))) {
					title = title.endsWith("-") ? title.substring(0, title.length() - 1) + l.clean.get(next)
							: title + " " + l.clean.get(next);
				}
			}
			lastNumber = n;
			m.item(n, title.replaceAll("\\s+", " ").strip(), i);
		}
	}

	private int decisionEnd(MeetingAcc m, int i) {
		Lines l = r.lines;
		int j = i + 1;
		while (j <= m.regionEnd) {
			String c = l.clean.get(j);
			if (PUNKT.matcher(c).find() && (c.matches("^(?i)(punkt|pkt).*") || c.length() < 100 && !l.bullet[j] && c.matches("^\\d{1,2}\\.\\s+\\p{Lu}.*"))
					|| c.matches("^(?i)Beslutning for .*")
					|| c.matches("^(?i)(Punkt|Pkt\\.?)\\s*\\d+\\s*,\\s*Bilag.*")) {
				break;
			}
			j++;
		}
		return l.prevNonBlank(j - 1);
	}

	// ---------------------------------------------------------------- organisation-grouped member tables

	/** Labels that end in a colon and precede a name without being an organisation. Folded. */
	private static final List<String> LABELS = List.of("sagsbehandler", "kontaktperson", "kontakt", "ansvarlig",
			"udarbejdet af", "referent", "modeleder", "ordstyrer", "fra", "til", "cc", "kopi", "afsender", "modtager",
			"underskrevet", "godkendt af", "direkte", "e mail", "mail", "telefon", "emne", "information");

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
	private void orgGroups() {
		Lines l = r.lines;
		String forum = null;
		int lastGroupEnd = -1;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			Matcher h = ORG_HEADING.matcher(c);
			boolean colon = h.matches();
			String orgName = colon ? h.group(1).strip() : c.strip();
			int n = l.nextNonBlank(i + 1);
			if (colon && !orgName.isEmpty() && attendanceHeading(i) == null && !Names.looksLikeName(orgName)
					&& !isPersonEntry(n) && looksLikeOrg(orgName) && orgForums(orgName, i, n)) {
				continue;
			}
			if (orgName.isEmpty() || attendanceHeading(i) != null || Names.looksLikeName(orgName)
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
			if (hk.contains("deltagere") || hk.contains("medlemmer") || LABELS.stream().anyMatch(hk::startsWith)) {
				continue; // "Sagsbehandler:", "Netværket består af følgende mødedeltagere:" are no organisations
			}
			String f = forumAbove(i, lastGroupEnd);
			if (f != null) {
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
	private static String firstColumn(String line) {
		String[] cells = line.split(COLUMN_GAP);
		return cells.length == 0 ? "" : cells[0].strip();
	}

	/** "Samarbejde mellem Københavns Kommune og Aarhus Kommune" as a heading: a forum of the two. */
	private void collaborations() {
		Lines l = r.lines;
		Pattern p = Pattern.compile("^((?:Samarbejde|Partnerskab|Netværk|Forum|Aftale)\\s+(?:mellem|ml\\.)\\s+(.+?)\\s+og\\s+(.+))$");
		for (int i = 0; i < l.size(); i++) {
			String c = firstColumn(l.clean.get(i));
			int end = i;
			int n = l.nextNonBlank(i + 1);
			if (n < l.size() && n - i <= 2 && l.clean.get(n).matches("^\\p{Ll}.*") && c.matches("^(?i)(samarbejde|partnerskab|netværk|forum|aftale)\\s.*")) {
				c = c + " " + firstColumn(l.clean.get(n));
				end = n;
			}
			Matcher m = p.matcher(c);
			if (!m.matches() || c.endsWith(".") || c.length() > 100) {
				continue;
			}
			String a = m.group(2).strip();
			String b = m.group(3).strip();
			if (!orgLike(a) || !orgLike(b)) {
				continue;
			}
			String forum = r.forum(m.group(1), i);
			Span span = new Span(Lines.no(i), Lines.no(end));
			r.participation(r.org(capitaliseWords(a), i), forum, null, "member", span);
			r.participation(r.org(capitaliseWords(b), i), forum, null, "member", span);
		}
	}

	private static boolean orgLike(String s) {
		return s.matches("(?i).*\\b(kommune|region|regionen|universitet|forvaltning(en)?)$") || s.matches("^\\p{Lu}{2,6}$");
	}

	/** "Københavns kommune" -> "Københavns Kommune": the name as organisations write it. */
	private static String capitaliseWords(String s) {
		return s.replaceAll("(?i)\\bkommune\\b", "Kommune").replaceAll("(?i)\\bregion\\b", "Region");
	}

	/**
	 * A MED committee is the works council of one organisation: when a MED forum's minutes name one
	 * organisation acronym far more than any other ("SOF" in HovedMED's minutes), that is its host.
	 */
	private void medHosts() {
		List<String> med = r.forums.values().stream().map(f -> f.name).filter(f -> forumKind(f).equals("med")).toList();
		if (med.isEmpty()) {
			return;
		}
		Set<String> forumWords = new java.util.HashSet<>();
		r.forums.values().forEach(f -> f.aliases.forEach(a -> forumWords.add(a)));
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		Pattern acronym = Pattern.compile("\\b(\\p{Lu}{2,5})\\b");
		for (int i = 0; i < r.lines.size(); i++) {
			Matcher m = acronym.matcher(r.lines.clean.get(i));
			while (m.find()) {
				String a = m.group(1);
				if (forumWords.contains(a) || GENERIC_ACRONYMS.contains(a)) {
					continue;
				}
				counts.merge(a, 1, Integer::sum);
				firstLine.putIfAbsent(a, i);
			}
		}
		List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
		if (ranked.isEmpty() || ranked.get(0).getValue() < 5
				|| ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
			return;
		}
		String host = ranked.get(0).getKey();
		int line = firstLine.get(host);
		for (String f : med) {
			r.participation(r.org(host, line), f, null, "host", new Span(Lines.no(line), Lines.no(line)));
		}
	}

	/** "https://www.kp.dk/strategisk-partnerskab-om-uddannelse/": the forum's page lives on its host's site. */
	private void forumPages() {
		Pattern url = Pattern.compile("https?://(?:www\\.)?([a-z0-9-]+)\\.[a-z.]{2,6}/([a-z0-9-]+)/?");
		for (int i = 0; i < r.lines.size(); i++) {
			Matcher m = url.matcher(r.lines.clean.get(i));
			while (m.find()) {
				String path = m.group(2);
				for (NamedAcc f : List.copyOf(r.forums.values())) {
					if (f.aliases.stream().anyMatch(a -> Fold.slug(a).equals(path))) {
						r.participation(r.org(m.group(1).toUpperCase(java.util.Locale.ROOT), i), f.name, null, "host",
								new Span(Lines.no(i), Lines.no(i)));
					}
				}
			}
		}
	}

	/** Acronyms of Danish minutes that name no organisation. */
	private static final Set<String> GENERIC_ACRONYMS = Set.of("MED", "AMR", "APV", "HR", "IT", "AI", "TR", "PDF", "OK",
			"NB", "EU", "CPR", "ID", "FTE", "HF", "STX", "PA", "CC", "VÆR", "SAL", "TID", "STED", "AF", "OG", "I");

	private static boolean continues(String previous, String next) {
		String p = previous.strip();
		return next.matches("^\\p{Ll}.*") || p.endsWith(",") || p.endsWith("-")
				|| p.matches(".*\\s(og|i|for|af|på|&|med|til)$")
				|| next.matches("^(Kommune|Region|Universitet)\\b.*") && next.length() < 25;
	}

	private static boolean looksLikeOrg(String s) {
		return s.matches("(?i).*\\b(kommune|region|regionen|universitet|jobcenter\\w*|a-kasse|forvaltning\\w*|center|styrelse\\w*|ministerie\\w*|forening\\w*|forbund\\w*|skole\\w*|professionshøjskole\\w*)\\b.*")
				|| s.matches("^[\\p{Lu}]{2,}.*");
	}

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
				Matcher by = Pattern.compile("(?i)\\b(?:af|under)\\s+(.+?):$").matcher(first);
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
			Matcher init = Pattern.compile("\\((?:initieret|igangsat|nedsat|etableret)\\s+a[ft]\\s+([^)]{2,50})\\)").matcher(block);
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
		String role = title != null && isRole(title.split("[ ,]")[0]) ? Names.lower(title.split("[ ,]")[0]) : null;
		r.affiliation(person, org, title, span);
		if (forum != null) {
			r.membership(person, forum, role, title, org, span);
		}
	}

	/** "Netværket består af følgende faste mødedeltagere:" then "- Name, Title, Organisation" lines. */
	private void memberLists() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String k = l.key.get(i);
			if (!l.clean.get(i).endsWith(":") || !(k.contains("deltagere") || k.contains("medlemmer"))
					|| attendanceHeading(i) != null || inAnyMeetingHeader(i)) {
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
				Matcher chair = Pattern.compile("^(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,3})\\s+(har formandskabet|har formandsskabet|varetager sekretariatet|har sekretariatet|er vært)")
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
		for (MeetingAcc m : r.meetings) {
			if (i >= m.line && i <= m.headerEnd + 30) {
				return true;
			}
		}
		return false;
	}

	/** "Kim Lund er Kultur og Fritids repræsentant i styregruppen": a person sitting in a forum for a unit. */
	private void representativeSentences() {
		Lines l = r.lines;
		Pattern p = Pattern.compile(
				"^(.+?)\\s+er\\s+(?:(.+?)s\\s+)?(repræsentant|medlem|formand|næstformand|observatør)\\s+(?:i|af|for)\\s+(?:den\\s+|det\\s+)?(\\p{Lu}[\\p{L}\\- ]{2,60}?)\\s*[.,]?$");
		for (int i = 0; i < l.size(); i++) {
			String text = l.clean.get(i);
			int end = i;
			int n = l.nextNonBlank(i + 1);
			if (n < l.size() && n - i <= 2 && text.matches(".*\\s(i|af|for)$")) {
				text = text + " " + l.clean.get(n);
				end = n;
			}
			Matcher m = p.matcher(text);
			if (!m.matches() || !Names.looksLikeName(m.group(1))) {
				continue;
			}
			Span span = new Span(Lines.no(i), Lines.no(end));
			String person = r.person(m.group(1), i);
			String forum = r.forum(m.group(4).strip(), end);
			String org = m.group(2) == null ? null : r.org(m.group(2).strip(), i);
			String role = m.group(3).equals("repræsentant") || m.group(3).equals("medlem") ? null : m.group(3);
			r.membership(person, forum, role, null, org, span);
			if (org != null) {
				r.affiliation(person, org, null, span);
				r.participation(org, forum, null, "member", span);
			}
		}
	}

	/** Fra / Til / Cc headers of forwarded e-mails name people (addresses are left out). */
	private void emailHeaders() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			if (!c.matches("^Fra:\\s+.*") || i + 1 >= l.size()) {
				continue;
			}
			// an e-mail header is Fra followed closely by Sendt/Dato/Til
			boolean header = false;
			for (int j = i + 1; j < Math.min(l.size(), i + 4); j++) {
				if (l.clean.get(j).matches("^(Sendt|Dato|Til|Date|To|Sent):.*")) {
					header = true;
				}
			}
			if (!header) {
				continue;
			}
			for (int j = i; j < Math.min(l.size(), i + 6); j++) {
				Matcher m = Pattern.compile("^(Fra|Til|Cc|To|From):\\s*(.*)$").matcher(l.clean.get(j));
				if (!m.matches()) {
					continue;
				}
				for (String part : m.group(2).split("\\s*;\\s*")) {
					String name = part.replaceAll("<[^>]*>", "").replaceAll("\\[[^]]*]", "").strip();
					if (Names.looksLikeName(name)) {
						r.person(name, j);
					}
				}
			}
		}
	}

	/** "et partnerskab mellem A, B, C og D": the organisations take part in the partnership. */
	private void partnerships() {
		Lines l = r.lines;
		String title = null;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			if (title == null && c.matches("^(?i)partnerskab(et)?\\s+(om|for)\\s+.{5,80}$") && !c.endsWith(".")) {
				title = c.strip();
			}
		}
		for (int i = 0; i < l.size(); i++) {
			StringBuilder text = new StringBuilder(l.clean.get(i));
			int end = i;
			for (int j = i + 1; j < Math.min(l.size(), i + 4) && !l.blank(j); j++) {
				text.append(' ').append(l.clean.get(j));
				end = j;
			}
			Matcher m = Pattern.compile("(?i)(\\p{L}*partnerskab)\\s+(?:mellem|med)\\s+(.+?\\s+og\\s+[^ ,.]+(?:\\s+\\p{Lu}[\\p{L}]*)?)(?:\\s+om\\b|[.,]|$)")
				.matcher(text.toString());
			if (!m.find() || m.start() > l.clean.get(i).length()) {
				continue;
			}
			List<String> orgs = splitList(m.group(2));
			if (orgs.size() < 2 || !orgs.stream().allMatch(o -> o.matches("^\\p{Lu}.*") && o.length() <= 40)) {
				continue;
			}
			String forumName = title;
			if (forumName == null) {
				Matcher about = Pattern.compile("^\\s*om\\s+([^.,;]{3,60})").matcher(text.substring(m.end(2)));
				forumName = capitalise(m.group(1)) + (about.find() ? " om " + about.group(1).strip() : "");
			}
			String forum = r.forum(forumName, i);
			int lineOfMatch = i;
			for (String o : orgs) {
				r.participation(r.org(o.replaceFirst("’s\\b|'s\\b", "s"), lineOfMatch), forum, null, "member",
						new Span(Lines.no(i), Lines.no(end)));
			}
			i = end;
		}
	}

	/** Forums named with their acronym, "Strategisk Partnerskab om Uddannelse (SPU)", and in the title, "KKR Hovedstadens taskforce for …". */
	private void namedForums() {
		Lines l = r.lines;
		Pattern acronym = Pattern.compile("(\\p{Lu}[\\p{L}]+(?:\\s+[\\p{L}]+){0,6})\\s+\\((\\p{Lu}{2,6})\\)");
		for (int i = 0; i < l.size(); i++) {
			Matcher m = acronym.matcher(l.clean.get(i));
			while (m.find()) {
				String name = m.group(1);
				Matcher kind = FORUM_WORD.matcher(name);
				if (!kind.find()) {
					continue;
				}
				// start the name at the first capitalised word of the phrase that holds the forum word
				String[] words = name.split("\\s+");
				int start = 0;
				for (int w = 0; w < words.length; w++) {
					if (Character.isUpperCase(words[w].charAt(0))) {
						start = w;
						break;
					}
				}
				String f = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
				r.forumAlias(r.forum(f, i), m.group(2));
			}
		}
		// the title of a notat about one forum
		if (r.meetings.isEmpty()) {
			int a = l.nextNonBlank(0);
			if (a < l.size()) {
				String t = l.clean.get(a);
				int b = l.nextNonBlank(a + 1);
				if (b < l.size() && b - a == 1 && !t.endsWith(".")) {
					t = t + " " + l.clean.get(b);
				}
				Matcher m = Pattern.compile("(?i)\\b(?:i|for|om)\\s+((\\p{Lu}[\\p{L} ]*?)s\\s+(taskforce|følgegruppe|styregruppe|arbejdsgruppe|netværk|partnerskab|forum|udvalg)\\b.*)$")
					.matcher(t);
				if (m.find()) {
					String forum = r.forum(m.group(1).strip(), a);
					String owner = m.group(2).strip();
					if (FORUM_WORD.matcher(owner).find()) {
						// "KKR Hovedstadens taskforce": a body set up by a council is part of it
						r.forumParent(forum, r.forum(owner, a));
					}
					else {
						r.participation(r.org(owner, a), forum, null, "host", new Span(Lines.no(a), Lines.no(b)));
					}
				}
			}
		}
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	// ---------------------------------------------------------------- initiatives

	private void initiatives() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			if (c.length() > 160) {
				continue;
			}
			Matcher code = CODE_TITLE.matcher(c);
			if (code.matches() && !c.matches("^(?i)(punkt|pkt|tid|sag|fra|til|cc).*")) {
				String title = code.group(2).strip();
				List<String> aliases = new ArrayList<>();
				Matcher q = Pattern.compile("\\(\\s*[\"“”]([^\"“”]+)[\"“”]\\s*\\)").matcher(title);
				if (q.find()) {
					aliases.add(q.group(1).strip());
					title = (title.substring(0, q.start()) + title.substring(q.end())).strip();
				}
				String codeText = normaliseCode(code.group(1));
				// a code says which proposal, not what kind: the kind stays unknown unless written
				r.initiative(title, null, codeText, aliases, i, i);
				continue;
			}
			Matcher pre = Pattern.compile("^(\\p{L}+forslag|Budgetnotat)\\s*:\\s*(.+)$").matcher(c);
			if (pre.matches() && initiativeKind(pre.group(1)) != null) {
				String title = pre.group(2).strip();
				int end = i;
				if (title.endsWith("-") && i + 1 < l.size()) {
					title = title.substring(0, title.length() - 1) + l.clean.get(i + 1).strip();
					end = i + 1;
				}
				r.initiative(title, initiativeKind(pre.group(1)), null, List.of(), i, end);
				continue;
			}
			Matcher pk = PAREN_KIND.matcher(c);
			if (pk.matches()) {
				String kind = initiativeKind(pk.group(2));
				if (kind == null) {
					continue;
				}
				String title = pk.group(1).strip();
				int from = i;
				if (title.isEmpty()) {
					from = l.prevNonBlank(i - 1);
					if (from < 0) {
						continue;
					}
					title = l.clean.get(from);
				}
				title = title.replaceFirst("^(?i)(?:punkt|pkt\\.?)\\s*\\d+\\s*[:.]?\\s*|^\\d{1,2}\\.\\s+", "").strip();
				if (title.length() < 4 || title.length() > 140 || title.endsWith(".")) {
					continue;
				}
				r.initiative(title, kind, null, List.of(), from, i);
			}
		}
		// "Partnerskab om sundhedsuddannelser med VIA University College og Aarhus Kommune": an item about a
		// partnership with named organisations; the partnership is an initiative they take part in
		for (MeetingAcc m : r.meetings) {
			for (ItemAcc item : m.items.values()) {
				Matcher pm = PARTNERSHIP_TITLE.matcher(item.title);
				if (!pm.find()) {
					continue;
				}
				List<String> orgs = splitList(pm.group(1).replaceFirst("\\s*\\([^)]*\\)\\s*$", ""));
				if (orgs.size() < 2 || !orgs.stream().allMatch(o -> o.matches("^[\\p{Lu}\\d].{1,60}"))) {
					continue;
				}
				String title = item.title.strip().replaceFirst("[.]$", "");
				r.initiative(title, "partnership", null, List.of(), item.line, item.line);
				String name = r.initiatives.get(Fold.key(title)) != null ? r.initiatives.get(Fold.key(title)).name : title;
				item.initiatives.add(name);
				for (String o : orgs) {
					r.participation(r.org(o, item.line), null, name, "partner", new Span(Lines.no(item.line), Lines.no(item.line)));
				}
			}
		}
		// items that mention an initiative by code or by name concern it
		for (MeetingAcc m : r.meetings) {
			for (ItemAcc item : m.items.values()) {
				int end = item.end(m);
				for (int i = item.line; i <= end; i++) {
					Matcher cm = CODE.matcher(l.clean.get(i));
					while (cm.find()) {
						InitiativeAcc in = r.initiativeByCode(normaliseCode(cm.group(1)));
						if (in != null) {
							item.initiatives.add(in.name);
						}
					}
					for (InitiativeAcc in : r.initiatives.values()) {
						if (in.line >= item.line && in.line <= end) {
							item.initiatives.add(in.name);
						}
					}
				}
			}
		}
	}

	private static final Pattern PARTNERSHIP_TITLE = Pattern.compile(
			"^(?:[\\p{L}-]*[Pp]artnerskab(?:et|saftale|saftalen)?|[Ss]amarbejdsaftale(?:n)?)\\b.*?\\s+(?:med|mellem)\\s+(\\p{Lu}.+?\\s+og\\s+\\p{Lu}.+?)\\s*\\.?$");

	private static String initiativeKind(String word) {
		String k = Fold.key(word);
		for (String kind : INITIATIVE_KINDS) {
			if (Fold.ocrSame(k, kind) || k.length() >= 5 && Math.abs(k.length() - kind.length()) <= 1
					&& editDistance(k, kind) <= (kind.length() <= 6 ? 2 : 2)) {
				return kind.equals("udlob") ? "udløb" : kind.replace("anlegs", "anlægs");
			}
		}
		return null;
	}

	/** Budget codes as written and as OCR garbles them (TVO01, UD/S101): letters then digits, O read as 0. */
	static String normaliseCode(String code) {
		Matcher m = Pattern.compile("^(.*?)([0-9O]+)$").matcher(code);
		if (!m.matches()) {
			return code;
		}
		String letters = m.group(1);
		String digits = m.group(2).replace('O', '0');
		// a code has two or three digits; a leading extra zero is an O read twice (TVO01 -> TV01)
		if (digits.length() == 3 && digits.startsWith("00")) {
			digits = digits.substring(1);
		}
		return letters + digits;
	}

	/** A key under which UD/SI01 and its OCR form UD/S101 meet. */
	static String codeKey(String code) {
		return normaliseCode(code).replace('I', '1').replace('L', '1').replace('O', '0');
	}

	static int editDistance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) || Fold.ocrSame("" + a.charAt(i - 1), "" + b.charAt(j - 1)) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

	// ---------------------------------------------------------------- initials

	/** "OKJ præsenterede", "(HvB følger op)", "TM godkendte": initials of a person named in the same document. */
	private void initials() {
		Map<String, Set<String>> owners = new HashMap<>();
		for (PersonAcc p : r.people.values()) {
			for (String ini : Names.initials(p.name)) {
				owners.computeIfAbsent(ini, x -> new LinkedHashSet<>()).add(p.name);
			}
		}
		Pattern token = Pattern.compile("(?<![\\p{L}\\d/])(\\p{Lu}(?:[\\p{Lu}]|v(?=\\p{Lu})){1,3})(?![\\p{L}\\d/])");
		for (int i = 0; i < r.lines.size(); i++) {
			Matcher m = token.matcher(r.lines.clean.get(i));
			while (m.find()) {
				Set<String> who = owners.get(m.group(1));
				if (who == null) {
					continue;
				}
				if (who.size() > 1) {
					// prefer the one who attends the meeting the line belongs to
					Set<String> attending = new LinkedHashSet<>();
					for (MeetingAcc mt : r.meetings) {
						if (i >= mt.line && i <= mt.regionEnd) {
							who.stream().filter(mt.attendance::containsKey).forEach(attending::add);
						}
					}
					if (attending.size() == 1) {
						who = attending;
					}
				}
				if (who.size() == 1) {
					r.people.get(Fold.key(who.iterator().next())).initials.add(m.group(1));
				}
				else if (r.ambiguousInitials.add(m.group(1))) {
					r.warnings.add("initials " + m.group(1) + " (line " + Lines.no(i) + ") fit " + String.join(", ", who)
							+ "; not attributed");
				}
			}
		}
	}

	// ---------------------------------------------------------------- lists

	/** "A, B og C" / "A; B; C" / "A og B" -> [A, B, C]. */
	static List<String> splitList(String s) {
		List<String> out = new ArrayList<>();
		for (String part : s.split("\\s*[;,]\\s*|\\s+og\\s+|\\s+samt\\s+")) {
			String p = part.strip().replaceFirst("[.]$", "").strip();
			if (!p.isEmpty()) {
				out.add(p);
			}
		}
		return out;
	}

	private static String cutParenthetical(String s) {
		return s.replaceAll("\\([^)]*\\)?", "").strip();
	}

	// ================================================================ accumulation

	private static final class PersonAcc {

		String name;

		final Set<String> aliases = new LinkedHashSet<>();

		final Set<String> initials = new LinkedHashSet<>();

		final int line;

		PersonAcc(String name, int line) {
			this.name = name;
			this.line = line;
			aliases.add(name);
		}
	}

	private static final class NamedAcc {

		final String name;

		final Set<String> aliases = new LinkedHashSet<>();

		final int line;

		String parent;

		NamedAcc(String name, int line) {
			this.name = name;
			this.line = line;
			aliases.add(name);
		}
	}

	private static final class InitiativeAcc {

		final String name;

		final String kind;

		final String code;

		final Set<String> aliases = new LinkedHashSet<>();

		final int line;

		final int end;

		InitiativeAcc(String name, String kind, String code, int line, int end) {
			this.name = name;
			this.kind = kind;
			this.code = code;
			this.line = line;
			this.end = end;
			aliases.add(name);
		}
	}

	private static final class AttendanceAcc {

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

	private static final class ItemAcc {

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

		int end(MeetingAcc m) {
			int next = m.regionEnd;
			for (ItemAcc o : m.items.values()) {
				if (o.line > line && o.line - 1 < next) {
					next = o.line - 1;
				}
			}
			return next;
		}
	}

	private final class MeetingAcc {

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

		MeetingAcc(String title, List<String> forums, LocalDate date, int line) {
			this.title = title;
			this.forums = forums;
			this.date = date;
			this.line = line;
		}

		void attend(String person, Status status, String role, String org, Span span) {
			attend(person, status, role, null, org, span);
		}

		void attend(String person, Status status, String role, String title, String org, Span span) {
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
				if (title.length() > it.title.length() && !r.lines.clean.get(it.line).matches(".*\\s\\d{1,3}$")
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
	}

	private final class Run {

		final Lines lines;

		final String title;

		String kind;

		LocalDate date;

		List<String> caseNumbers = List.of();

		final List<String> caseHandlers = new ArrayList<>();

		final List<String> warnings = new ArrayList<>();

		final Map<String, PersonAcc> people = new LinkedHashMap<>();

		final Map<String, NamedAcc> orgs = new LinkedHashMap<>();

		final Map<String, NamedAcc> forums = new LinkedHashMap<>();

		final Map<String, InitiativeAcc> initiatives = new LinkedHashMap<>();

		final List<MeetingAcc> meetings = new ArrayList<>();

		final List<Membership> memberships = new ArrayList<>();

		final List<Affiliation> affiliations = new ArrayList<>();

		final List<Participation> participations = new ArrayList<>();

		final Set<String> ambiguousInitials = new LinkedHashSet<>();

		Run(Lines lines, String title) {
			this.lines = lines;
			this.title = title;
		}

		String person(String name, int line) {
			String n = Names.display(name);
			String k = Fold.key(n);
			PersonAcc p = people.get(k);
			if (p == null) {
				for (PersonAcc q : people.values()) {
					if (Names.sameName(q.name, n)) {
						q.aliases.add(n);
						return q.name;
					}
				}
				p = new PersonAcc(n, line);
				people.put(k, p);
			}
			return p.name;
		}

		String org(String name, int line) {
			String n = name.strip().replaceFirst("[:,]$", "").strip();
			String sorted = sortedKey(n);
			for (NamedAcc o : orgs.values()) {
				// "UC VIA" and "VIA UC" are one organisation
				if (sortedKey(o.name).equals(sorted) && !Fold.key(o.name).equals(Fold.key(n))) {
					o.aliases.add(n);
					return o.name;
				}
			}
			return named(orgs, n, line);
		}

		private static String sortedKey(String s) {
			return String.join(" ", new java.util.TreeSet<>(List.of(Fold.key(s).split(" "))));
		}

		String forum(String name, int line) {
			return named(forums, name, line);
		}

		void orgAlias(String org, String alias) {
			orgs.get(Fold.key(org)).aliases.add(alias);
		}

		void forumAlias(String forum, String alias) {
			forums.get(Fold.key(forum)).aliases.add(alias);
		}

		void forumParent(String forum, String parent) {
			forums.get(Fold.key(forum)).parent = parent;
		}

		private String named(Map<String, NamedAcc> map, String name, int line) {
			String n = name.replaceAll("\\s+", " ").strip();
			String k = Fold.key(n);
			NamedAcc a = map.get(k);
			if (a == null) {
				for (NamedAcc b : map.values()) {
					if (b.aliases.stream().anyMatch(x -> Fold.key(x).equals(k))) {
						return b.name;
					}
				}
				a = new NamedAcc(n, line);
				map.put(k, a);
			}
			return a.name;
		}

		void initiative(String title, String kind, String code, List<String> aliases, int line, int end) {
			String t = title.replaceAll("\\s+", " ").strip();
			InitiativeAcc existing = code != null ? initiativeByCode(code) : initiatives.get(Fold.key(t));
			if (existing == null) {
				for (InitiativeAcc in : initiatives.values()) {
					if (Fold.key(in.name).equals(Fold.key(t)) || ocrSameText(in.name, t)) {
						existing = in;
					}
				}
			}
			if (existing != null) {
				existing.aliases.add(t);
				existing.aliases.addAll(aliases);
				return;
			}
			InitiativeAcc in = new InitiativeAcc(t, kind, code, line, end);
			in.aliases.addAll(aliases);
			initiatives.put(Fold.key(t), in);
		}

		InitiativeAcc initiativeByCode(String code) {
			for (InitiativeAcc in : initiatives.values()) {
				if (in.code != null && codeKey(in.code).equals(codeKey(code))) {
					return in;
				}
			}
			return null;
		}

		MeetingAcc meeting(String title, List<String> forumNames, LocalDate date, int line) {
			List<String> fs = new ArrayList<>();
			for (String f : forumNames) {
				fs.add(forum(f, line));
			}
			if (fs.isEmpty()) {
				fs.add(forum(title, line));
			}
			MeetingAcc m = new MeetingAcc(title, fs, date, line);
			meetings.add(m);
			return m;
		}

		void membership(String person, String forum, String role, String title, String org, Span span) {
			memberships.add(new Membership(person, forum, role, title, org, span));
		}

		void affiliation(String person, String org, String title, Span span) {
			affiliations.add(new Affiliation(person, org, title, span));
		}

		void participation(String org, String forum, String initiative, String role, Span span) {
			participations.add(new Participation(org, forum, initiative, role, span));
		}

		Extraction finish() {
			Map<String, String> merged = consolidatePeople();
			List<PersonX> ps = new ArrayList<>();
			for (PersonAcc p : people.values()) {
				if (merged.containsKey(p.name)) {
					continue;
				}
				ps.add(new PersonX(p.name, List.copyOf(p.aliases), List.copyOf(p.initials),
						new Span(Lines.no(p.line), Lines.no(p.line))));
			}
			List<MeetingX> ms = new ArrayList<>();
			List<Attendance> att = new ArrayList<>();
			for (MeetingAcc m : meetings) {
				String key = meetingKey(m);
				List<AgendaItemX> items = new ArrayList<>();
				int order = 0;
				List<ItemAcc> sorted = new ArrayList<>(m.items.values());
				sorted.sort(java.util.Comparator.comparingInt(x -> x.line));
				for (ItemAcc it : sorted) {
					items.add(new AgendaItemX(it.number, it.title, it.decision, order++, List.copyOf(it.initiatives),
							new Span(Lines.no(it.line), Lines.no(Math.max(it.line, it.end(m))))));
				}
				ms.add(new MeetingX(key, m.title, m.forums, m.date, m.start, m.end, m.location, items,
						new Span(Lines.no(m.line), Lines.no(Math.max(m.line, m.headerEnd)))));
				Map<String, AttendanceAcc> byPerson = new LinkedHashMap<>();
				for (AttendanceAcc a : m.attendance.values()) {
					String who = merged.getOrDefault(a.person, a.person);
					AttendanceAcc prev = byPerson.get(who);
					if (prev == null || prev.status == Status.PRESENT && a.status == Status.ABSENT && prev.onBehalfOf == null) {
						byPerson.put(who, a);
					}
				}
				for (var e : byPerson.entrySet()) {
					AttendanceAcc a = e.getValue();
					att.add(new Attendance(e.getKey(), key, a.status, a.role, a.title, a.onBehalfOf,
							a.substituteFor == null ? null : merged.getOrDefault(a.substituteFor, a.substituteFor),
							List.copyOf(a.items), a.span));
				}
			}
			List<Membership> mem = memberships.stream()
				.map(x -> new Membership(merged.getOrDefault(x.person(), x.person()), x.forum(), x.role(), x.title(),
						x.onBehalfOf(), x.span()))
				.toList();
			List<Affiliation> aff = affiliations.stream()
				.map(x -> new Affiliation(merged.getOrDefault(x.person(), x.person()), x.organisation(), x.title(), x.span()))
				.toList();
			List<String> handlers = caseHandlers.stream().map(h -> merged.getOrDefault(h, h)).distinct().toList();
			return new Extraction(new DocumentInfo(kind, title, date, List.copyOf(caseNumbers), handlers), ms, ps,
					named(orgs, "org"), namedForums(), initiativesX(), att, dedupe(mem), dedupe(aff),
					dedupe(participations), List.copyOf(warnings));
		}

		private String meetingKey(MeetingAcc m) {
			return Fold.slug(m.forums.get(0)) + "-" + (m.date != null ? m.date.toString() : "undated-" + Lines.no(m.line));
		}

		/** Short forms ("Ole Kiil") are the person of the unique longer form ("Ole Kiil Jacobsen") in the same document. */
		private Map<String, String> consolidatePeople() {
			Map<String, String> merged = new HashMap<>();
			List<PersonAcc> all = new ArrayList<>(people.values());
			for (PersonAcc p : all) {
				List<PersonAcc> longer = all.stream()
					.filter(q -> q != p && Names.isShortFormOf(p.name, q.name))
					.toList();
				if (longer.size() == 1) {
					PersonAcc target = longer.get(0);
					while (merged.containsKey(target.name)) {
						target = people.get(Fold.key(merged.get(target.name)));
					}
					target.aliases.addAll(p.aliases);
					target.initials.addAll(p.initials);
					merged.put(p.name, target.name);
				}
				else if (longer.size() > 1) {
					warnings.add("'" + p.name + "' could be any of " + String.join(", ", longer.stream().map(q -> q.name).toList())
							+ "; kept apart");
				}
			}
			return merged;
		}

		private List<OrgX> named(Map<String, NamedAcc> map, String what) {
			List<OrgX> out = new ArrayList<>();
			for (NamedAcc a : map.values()) {
				List<String> aliases = new ArrayList<>(a.aliases);
				// the party letter the lists write ("Ø") stays findable as a name of the party
				PARTIES.forEach((letter, party) -> {
					if (party.equals(a.name) && !aliases.contains(letter)) {
						aliases.add(letter);
					}
				});
				out.add(new OrgX(a.name, orgKind(a.name), List.copyOf(aliases), new Span(Lines.no(a.line), Lines.no(a.line))));
			}
			return out;
		}

		private List<ForumX> namedForums() {
			List<ForumX> out = new ArrayList<>();
			for (NamedAcc a : forums.values()) {
				out.add(new ForumX(a.name, forumKind(a.name), List.copyOf(a.aliases), a.parent,
						new Span(Lines.no(a.line), Lines.no(a.line))));
			}
			return out;
		}

		private List<InitiativeX> initiativesX() {
			List<InitiativeX> out = new ArrayList<>();
			for (InitiativeAcc a : initiatives.values()) {
				out.add(new InitiativeX(a.name, a.kind, a.code, List.copyOf(a.aliases),
						new Span(Lines.no(a.line), Lines.no(a.end))));
			}
			return out;
		}

		private static <T> List<T> dedupe(Collection<T> in) {
			return List.copyOf(new LinkedHashSet<>(in));
		}
	}

	private static boolean ocrSameText(String a, String b) {
		String x = Fold.key(a);
		String y = Fold.key(b);
		return x.length() > 8 && Fold.ocrSame(x, y);
	}

	static String orgKind(String name) {
		if (PARTIES.containsValue(name)) {
			return "party";
		}
		String k = Fold.key(name);
		if (k.endsWith("kommune")) {
			return "kommune";
		}
		if (k.startsWith("region") || k.endsWith("regionen")) {
			return "region";
		}
		if (k.contains("universitet") || k.matches(".*\\buc\\b.*") || k.contains("professionshojskole")) {
			return "education";
		}
		if (k.contains("forvaltning") || k.endsWith("mbu") || k.equals("sof")) {
			return "forvaltning";
		}
		if (k.startsWith("center") || k.contains("centre")) {
			return "centre";
		}
		if (k.contains("bupl") || k.contains("foa") || k.startsWith("lo") || k.startsWith("ftf") || k.contains("dsr")
				|| k.contains("forbund") || k.contains("hk")) {
			return "union";
		}
		return "other";
	}

	static String forumKind(String name) {
		String k = Fold.key(name);
		if (name.matches(".*(MED\\b|HMU\\b|MED-).*") || k.contains("med udvalg")) {
			return "med";
		}
		if (k.contains("partnerskab")) {
			return "partnership";
		}
		if (k.contains("taskforce")) {
			return "taskforce";
		}
		if (k.contains("netverk")) {
			return "network";
		}
		if (k.contains("arbejdsgruppe") || k.contains("folgegruppe") || k.contains("styregruppe")) {
			return "working-group";
		}
		if (k.contains("udvalg")) {
			return "committee";
		}
		if (k.contains("radmandsmode") || k.endsWith("mode")) {
			return "meeting-series";
		}
		if (k.contains("rad") || k.startsWith("kkr") || k.contains("byrad")) {
			return "council";
		}
		return "other";
	}
}
