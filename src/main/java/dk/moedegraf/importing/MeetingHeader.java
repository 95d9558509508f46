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
			+ "\\bMED\\b|LAMU|HMU|forum|komité|repræsentantskab|taskforce|gruppen?)[\\p{L}\\-]*$");

	private static final Pattern FORUM_WORD = Pattern.compile("(?iu)udvalg|råd|bestyrelse|\\bMED\\b|LAMU|HMU|AMU|forum|komit|"
			+ "repræsentantskab|taskforce|gruppe|generalforsamling");

	private static final Pattern PLACE = Pattern.compile("(?iu)(?:mødested|sted)\\s*:?\\s*\\n?\\s*([^\\n]{3,80})|"
			+ "kl\\.?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[-–]\\s*\\d{1,2}[:.]\\d{2})?,?\\s+(?:i|på)\\s+([^\\n(]{3,80}?)(?=\\s*[(\\n]|$)");

	static MeetingHeader read(String text) {
		String head = text.substring(0, Math.min(text.length(), HEAD));
		LocalDate date = Dates.first(head);
		LocalTime[] times = null;
		Matcher t = Pattern.compile("(?iu)kl\\.?\\s*(\\d{1,2}[:.]\\d{2}(?:\\s*[-–]\\s*\\d{1,2}[:.]\\d{2})?)").matcher(head);
		if (t.find()) {
			times = Dates.times(t.group(1));
		}
		String location = null;
		Matcher p = PLACE.matcher(head);
		if (p.find()) {
			location = (p.group(1) != null ? p.group(1) : p.group(2)).strip();
		}
		return new MeetingHeader(forum(head), date, times == null ? null : times[0], times == null ? null : times[1],
				location);
	}

	static String forum(String head) {
		int lines = 0;
		for (String line : head.split("\n")) {
			String l = line.strip();
			if (l.isEmpty()) {
				continue;
			}
			if (++lines > 15) {
				break;
			}
			String first = l.split("\\s+[-–|]\\s+")[0].strip();
			if (FORUM_LINE.matcher(first).matches() && first.length() > 3) {
				return first;
			}
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
		return null;
	}
}
