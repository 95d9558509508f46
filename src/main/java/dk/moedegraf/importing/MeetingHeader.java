package dk.moedegraf.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a document records, read from its first lines when the layout rules found none: the forum
 * ("Referat af møde i Børne- og Skoleudvalget", "Referat af LAMU-møde", a line "Kommunalbestyrelsen"), the
 * first date, the time and the place ("kl. 14:00 i Rådhuset, lokale 2", "Mødested: Byrådssalen").
 */
record MeetingHeader(String forum, LocalDate date, LocalTime start, LocalTime end, String location) {

	private static final int HEAD = 1500;

	/** "Referat af møde i Børne- og Skoleudvalget den 6. maj" → "Børne- og Skoleudvalget". */
	private static final Pattern MEETING_OF = Pattern.compile("(?iu)\\b(?:møde|mødet|rådsmøde)\\s+(?:i|for)\\s+(?:det\\s+|den\\s+)?"
			+ "(\\p{Lu}[^\\n.,:]*?)(?:s\\s+møde)?(?=\\s+(?:den|d\\.|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|kl\\.?|afholdt|\\d)(?![\\p{L}])|[.,:\\n]|$)");

	/** "Referat af LAMU-møde", "kredsbestyrelsesmøde tirsdag" → the forum word before "møde". */
	private static final Pattern WORD_MEETING = Pattern.compile("(?u)(?<![\\p{L}])([\\p{L}]{3,}?)(?:s?-?)møde(?![\\p{L}])");

	/** A forum's name as a line or before " - ": "Regionsrådet - Referat", "Kommunalbestyrelsen", "MED-udvalget". */
	private static final Pattern FORUM_LINE = Pattern.compile("(?iu)^[\\p{L}\\- ]{0,50}(?:udvalg|råd|rådet|bestyrelse|bestyrelsen|"
			+ "\\bMED\\b|LAMU|HMU|forum|komité|repræsentantskab|task\\s?force|gruppen?)[\\p{L}\\-]*"
			// "INTEGRATIONSRÅDET I VESTBY KOMMUNE", "Skolebestyrelsen ved Vestby Skole": the forum and whose it is
			+ "(?:\\s+(?:i|for|ved|på)\\s+(?-i:\\p{Lu})[\\p{L}\\-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\-]*){0,3})?$");

	/** "Ny formand valgt i skolebestyrelsen": a news headline names a forum but is none. */
	private static boolean headline(String line) {
		for (String w : line.split("[\\s\\-]+")) {
			if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.matches("og|for|i|af|på|med|under|til|ved")
					&& !FORUM_WORD.matcher(w).find()) {
				return true;
			}
		}
		return false;
	}

	/** A table row's first cell that names a person, known names or not ("Gurpreet Singh Bhatia⇥Erhvervsrådet"). */
	private static boolean personCell(String cell) {
		return PersonNames.looksLikePersonName(cell) || cell.matches("(?:\\p{Lu}\\p{Ll}+[ -]){1,3}\\p{Lu}\\p{Ll}+")
				&& !FORUM_WORD.matcher(cell).find() && !Names.looksLikeOrganisation(cell);
	}

	/** "Udvalg" alone on a line is the label of a field, its value follows. */
	private static final Pattern LABEL = Pattern.compile("(?iu)udvalg|råd|bestyrelse|forum|gruppe");

	private static final Pattern FORUM_WORD = Pattern.compile("(?iu)udvalg|råd|bestyrelse|\\bMED\\b|LAMU|HMU|AMU|forum|komit|"
			+ "repræsentantskab|task\\s?force|gruppe|generalforsamling");

	private static final Pattern PLACE = Pattern.compile("(?iu)(?:(?<![^\\n])[ \\t]*(?:mødested|sted)(?![\\p{L}])[ \\t]*:?"
			+ "|(?<![\\p{L}])(?:mødested|sted)(?:[ \\t]*:|(?=[ \\t]*\\n)))"
			// "Sted: Rådhuset", "Sted⏎Rådhuset", "Møde i Akademisk Råd STED⏎Frandsensalen": a label; "det rette sted, inden …" is none
			+ "\\s*\\n?\\s*([^\\n]{3,80})|"
			+ "(?:afholdes|afholdt|holdes|holdt)\\s+(?:i|på)\\s+([^\\n]{3,80}?)(?=\\s+kl\\b|\\s+den\\b|[.\\n]|$)|"
			+ "kl\\.?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[-–]\\s*\\d{1,2}[:.]\\d{2})?,?\\s+(?:i|på)\\s+([^\\n(]{3,80}?)(?=\\s*[(\\n]|(?<=\\p{L})\\.\\s+\\p{Lu}\\p{Ll}|$)|"
			// "den 31. maj 2031 i Naturhuset, Skovvej 13, 2450 København SV Tilstede: …"
			+ "\\d{4},?\\s+(?:i|på)\\s+((?-i:\\p{Lu})[^\\n]{2,100}?)(?=\\s+(?:Tilstede|Til\\s+stede|Deltagere|Afbud|Fraværende|Mødt|"
			+ "Dagsorden|Referat)(?![\\p{L}])|\\n|$)|"
			// "Referat kredsbestyrelsesmøde tirsdag 4. juni hos Heidi Holm": at someone's home
			+ "møde[^\\n]{0,60}?\\s(hos[ \\t]+\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}[\\p{Ll}\\-]+){1,3})|"
			// "06-11-2018 kl. 13:00\nMødelokale A, Ullasvej 23, 3700 Rønne": an address on the line under date and time
			+ "(?m)^[^\\n]{0,30}\\d{1,2}[:.]\\d{2}[^\\n]{0,12}\\n[ \\t]*([^\\n]{0,50}?(?:\\p{L}\\s\\d{1,3}[a-zA-Z]?,|\\b\\d{4}\\s+\\p{Lu}\\p{Ll})[^\\n]{0,50})$");

	private static final Pattern TIME = Pattern.compile("(?iu)(?:kl\\.?\\s*|(?<=\\d{4})\\s+)(\\d{1,2}[:.]\\d{2}(?:\\s*[-–]\\s*\\d{1,2}[:.]\\d{2})?)");

	static MeetingHeader read(String text) {
		String head = text.substring(0, Math.min(text.length(), HEAD));
		LocalDate date = meetingDate(head);
		LocalTime[] times = null;
		Matcher t = TIME.matcher(head);
		if (t.find()) {
			times = Dates.times(t.group(1));
		}
		String location = null;
		Matcher p = PLACE.matcher(head);
		Matcher town = MEETING_IN_TOWN.matcher(head);
		if (!p.find() && town.find() && !FORUM_WORD.matcher(town.group(1)).find()) {
			location = town.group(1);
		}
		else {
			// the first place given, or a later one that also has the house number ("Lundtoftegade 87")
			p.reset();
			while (p.find()) {
				String place = null;
				for (int g = 1; g <= p.groupCount() && place == null; g++) {
					// "Sted:⇥Borgerhuset, Vestergade 2" read as the address under the date: without its label
					place = p.group(g) == null ? null : untilAgenda(p.group(g)).strip().replaceFirst("(?iu)^(?:mødested|sted)\\s*:\\s*", "");
				}
				if (place != null && !place.isEmpty() && (location == null || !location.matches(".*\\d.*") && place.matches(".*\\d.*")
						&& place.startsWith(location))) {
					location = place;
				}
			}
		}
		String forum = forum(head, text);
		return new MeetingHeader(forum == null ? null : beforeLabel(forum), date, times == null ? null : times[0], times == null ? null : times[1],
				location == null ? null : beforeLabel(location).replaceFirst("(?<=\\p{Ll}{3})\\.$", "")); // a sentence's full stop
	}

	/** "Lundtoftegade 87 1. Godkendelse af dagsorden": flattened text runs on into the agenda. */
	private static String untilAgenda(String place) {
		Matcher m = Vocabulary.LIST_END.matcher(place);
		return m.find() ? place.substring(0, m.start()) : place;
	}

	/** A form's next label run onto a value: "Naturrådet STED", "Skovvej 1 STARTTIDSPUNKT". */
	private static final Pattern NEXT_LABEL = Pattern.compile("(?u)\\s+\\p{Lu}{4,}(?![\\p{L}]).*$");

	private static String beforeLabel(String value) {
		return value.equals(value.toUpperCase(java.util.Locale.ROOT)) ? value : NEXT_LABEL.matcher(value).replaceFirst("");
	}

	/** "… afholdte partnermøde 9 i Göteborg d. 5. september": a town between the meeting and its date. */
	private static final Pattern MEETING_IN_TOWN = Pattern.compile("(?u)møde(?:\\s+\\d{1,3})?\\s+i\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(?:d\\.|den)\\s");

	/** "Godkendelse af referat fra rådsmødet den 25. marts": the date of the earlier meeting whose minutes are approved. */
	private static final Pattern EARLIER_MINUTES = Pattern.compile("(?u)(?:godkendelse\\s+af\\s+referat|referat(?:et)?\\s+fra\\s+(?:det\\s+)?"
			+ "(?:sidste\\s+|forrige\\s+|seneste\\s+)?\\p{L}*mødet)[^.]{0,20}$");

	/** "Næste møde: Tirsdag d. 12.11.2031": the date of a meeting still to come. */
	private static final Pattern NEXT_MEETING = Pattern.compile("(?u)(?:næste|kommende|følgende)\\s+(?:\\p{L}*møde|gang)");

	/** A date in the line that names the meeting ("Referat fra møde i REKU den 31. maj 2031"), else the first. */
	private static LocalDate meetingDate(String head) {
		Matcher m = Dates.DATE.matcher(head);
		while (m.find()) {
			String before = head.substring(Math.max(0, m.start() - 120), m.start());
			int line = before.lastIndexOf('\n');
			String own = before.substring(line + 1).toLowerCase(java.util.Locale.ROOT);
			if (own.contains("møde") && !EARLIER_MINUTES.matcher(own).find() && !NEXT_MEETING.matcher(own).find() && Dates.of(m) != null) {
				return Dates.of(m);
			}
		}
		return Dates.first(head);
	}

	/** "Medlemmerne af KL's bestyrelse i valgperioden 2030-2034 er:" names the forum of the list. */
	private static final Pattern MEMBERS_OF = Pattern.compile(
			"(?iu)medlemmer(?:ne)?\\s+(?:af|i)\\s+([^:\\n]{3,60}?)(?:\\s+i\\s+(?:valgperioden|perioden)[^:\\n]*)?\\s+er\\s*:");

	/** "Medlemmer af Vestby Handicapråd 2030-2033" heading a page: the forum whose members it lists; group 1. */
	private static final Pattern MEMBER_PAGE = Pattern.compile(
			"(?ium)^[ \\t]*medlemmer(?:ne)?\\s+(?:af|i)\\s+([^:\\n\\t,]{2,60}?)(?:,?\\s+(?:(?:valg)?perioden?\\s+)?\\d{4}(?:\\s*[-–/]\\s*\\d{2,4})?)?[ \\t]*:?[ \\t]*$");

	/** "Ældrerådets medlemmer", "Bestyrelsens medlemmer" on a line of its own: the members of that forum. */
	private static final Pattern FORUMS_MEMBERS = Pattern.compile(
			"(?um)^[ \\t]*((?=\\p{Lu})\\p{L}*?(?iu:rådet|udvalget|bestyrelsen))s\\s+medlemmer[ \\t]*:?[ \\t]*$");

	/** "Dagsorden. Frie Lærerforening Hovedbestyrelsen": a line ending in a forum's name. */
	private static final Pattern FORUM_AT_END = Pattern.compile("(?u)((?:\\p{Lu}[\\p{L}\\-]*[ ]+){0,4}\\p{Lu}[\\p{L}\\-]*"
			+ "(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|repræsentantskab|repræsentantskabet))\\s*$");

	/** "REFERAT AF GENERALFORSAMLINGEN DEN 3. MARTS 2031": minutes of a forum's meeting named by the forum. */
	private static final Pattern MINUTES_OF = Pattern.compile("(?iu)\\A\\s*(?:referat|protokol)\\s+(?:af|fra)\\s+(?:den\\s+)?((?:ordinære\\s+|ekstraordinære\\s+)?"
			+ "\\p{L}*(?:generalforsamling|repræsentantskabsmøde|årsmøde|landsmøde|bestyrelsesmøde)(?:en|et)?)(?![\\p{L}])");

	/** A first line "Partnermøde 9" / "Netværksmøde nr. 3": meetings of a series, the series is the forum. */
	private static final Pattern SERIES_TITLE = Pattern.compile("(?u)\\A\\s*(\\p{Lu}\\p{Ll}{3,}møde)(?:\\s+(?:nr\\.\\s*)?\\d{1,3})?\\s*\\n");

	/** "Formanden indstiller til Amager Lokaludvalg, at …": the forum a proposal goes to is the meeting's. */
	private static final Pattern PROPOSES_TO = Pattern.compile("(?u)indstiller\\s+til\\s+(\\p{Lu}[^,\\n.]{0,60}?"
			+ "(?:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen))(?![\\p{L}])");

	/** "valgt som ny formand for skolebestyrelsen på Vestby Gymnasium": the forum a seat is in. */
	private static final Pattern SEAT_IN = Pattern.compile("(?iu)(?:formand|næstformand|medlem(?:mer)?)\\s+(?:for|af|i)\\s+"
			+ "(\\p{L}*(?:bestyrelsen|udvalget|rådet)(?:\\s+(?:på|for|i|ved)\\s+(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)?)");

	/** The first forum a text names as a noun: "Bestyrelsen fik …", "Udvalget besluttede …". */
	private static final Pattern FORUM_NOUN = Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}\\p{Ll}*(?:udvalget|rådet|bestyrelsen)"
			+ "|Udvalget|Rådet|Bestyrelsen)(?![\\p{L}])");

	/** The forum: in the first lines, else where the text names it. */
	static String forum(String head) {
		return forum(head, head);
	}

	static String forum(String head, String text) {
		int lines = 0;
		for (String line : head.split("\n")) {
			String l = line.strip();
			if (l.isEmpty()) {
				continue;
			}
			if (++lines > 15) {
				break;
			}
			String first = l.split("\\s+[-–|]\\s+", 2)[0].strip();
			if (FORUM_LINE.matcher(first).matches() && !LABEL.matcher(first).matches() && !headline(first)) {
				return first;
			}
		}
		for (String line : head.split("\n")) {
			Matcher e = FORUM_AT_END.matcher(line.strip());
			// a table's row of a person ("Ole Lund⇥Vestby Byråd") is no heading
			if (e.find() && !line.contains(",") && !(line.indexOf('\t') >= 0 && personCell(line.split("\t", 2)[0].strip()))) {
				return e.group(1).strip();
			}
		}
		Matcher of = MEMBERS_OF.matcher(text);
		if (of.find()) {
			return of.group(1).strip();
		}
		Matcher page = MEMBER_PAGE.matcher(head);
		if (page.find() && FORUM_WORD.matcher(page.group(1)).find()) {
			String f = page.group(1).strip(); // "Medlemmer af skolebestyrelsen" names the forum Skolebestyrelsen
			return Character.toUpperCase(f.charAt(0)) + f.substring(1);
		}
		Matcher whose = FORUMS_MEMBERS.matcher(head);
		if (whose.find()) {
			return whose.group(1);
		}
		Matcher m = MEETING_OF.matcher(head);
		while (m.find()) {
			if (FORUM_WORD.matcher(m.group(1)).find() || m.group(1).split("\\s+").length <= 5) {
				return m.group(1).strip();
			}
		}
		Matcher w = WORD_MEETING.matcher(head);
		while (w.find()) {
			String f = w.group(1);
			if (FORUM_WORD.matcher(f).find() || f.equals(f.toUpperCase())) {
				return Character.toUpperCase(f.charAt(0)) + f.substring(1);
			}
		}
		Matcher assembly = MINUTES_OF.matcher(head);
		if (assembly.find()) {
			return assembly.group(1);
		}
		Matcher series = SERIES_TITLE.matcher(head);
		if (series.find()) {
			return series.group(1);
		}
		Matcher to = PROPOSES_TO.matcher(text);
		if (to.find()) {
			return to.group(1).strip();
		}
		Matcher seat = SEAT_IN.matcher(text);
		if (seat.find()) {
			return seat.group(1);
		}
		Matcher named = FORUM_NOUN.matcher(text);
		if (named.find()) {
			return named.group(1);
		}
		Matcher compound = MEMBERS_WORD.matcher(text);
		return compound.find() ? definite(compound.group(1)) : null;
	}

	/** "afbud fra 3 kommunalbestyrelsesmedlemmer": the members' forum is the kommunalbestyrelse. */
	private static final Pattern MEMBERS_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(\\p{L}*(?:bestyrelse|udvalg|råd))s?medlem");

	/** "kommunalbestyrelse" → "Kommunalbestyrelsen", "udvalg" → "Udvalget", "byråd" → "Byrådet". */
	private static String definite(String forum) {
		String f = Character.toUpperCase(forum.charAt(0)) + forum.substring(1).toLowerCase(java.util.Locale.ROOT);
		return f + (f.endsWith("e") ? "n" : "et");
	}
}
