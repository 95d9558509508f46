package dk.moedegraf.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and times in the forms Danish minutes write them. */
final class Dates {

	private Dates() {
	}

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("jan", 1),
			Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("marts", 3), Map.entry("mar", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("jun", 6),
			Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
			Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
			Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
			Map.entry("dec", 12),
			// English month names: web pages of Danish (and Greenlandic) bodies print dates with them
			Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("may", 5),
			Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10));

	/** 17-08-2021, 17.08.2021, 17/8 2021, 2021-08-17, 24. april 2026, 4 februar 2026, 24. APRIL 2026, "Dato: 17.08.21". */
	static final Pattern DATE = Pattern.compile(
			"(?<!\\d)(?:(\\d{1,2})[-./](\\d{1,2})[-./ ](\\d{4})|(\\d{4})[-.](\\d{2})[-.](\\d{2})|(\\d{1,2})\\.?\\s*(januar|february|februar|january|marts|march|april|maj|may|juni|june|juli|july|august|september|oktober|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?\\s+(\\d{4})|(\\d{1,2})\\.?\\s*[-–]\\s*\\d{1,2}\\.?\\s*(januar|february|februar|january|marts|march|april|maj|may|juni|june|juli|july|august|september|oktober|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?\\s+(\\d{4})"
			// "Dato: 12.03.31", "torsdag d. 10.09.15": a year in two digits, only where a label says it is a date
			+ "|(?<![\\p{L}])(?:dato|mødedato|tid|tidspunkt|mødetid|mødetidspunkt|den|d\\.|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\s*:?\\s*(\\d{1,2})[-./](\\d{1,2})[-./](\\d{2})(?![\\d:]|\\.\\d))(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "4. marts", "den 4 marts" with no year after it. */
	static final Pattern YEARLESS = Pattern.compile("(?iu)(?<![\\d.])\\d{1,2}\\.?\\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|"
			+ "oktober|november|december)(?!\\s*\\d|\\p{L})");

	/** kl. 11:30, kl. 10.00-12.00, 08:00 - 10:00, 11.45-13.15. */
	static final Pattern TIME_RANGE = Pattern
		.compile("(?<![\\d.])(\\d{1,2})[:.](\\d{2})(?:\\s*(?:-|–|til)\\s*(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2}))?(?![\\d.])");

	static LocalDate first(String s) {
		Matcher m = DATE.matcher(s);
		while (m.find()) {
			LocalDate d = of(m);
			if (d != null) {
				return d;
			}
		}
		return null;
	}

	static LocalDate of(Matcher m) {
		try {
			if (m.group(1) != null) {
				return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
			if (m.group(4) != null) {
				return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
						Integer.parseInt(m.group(6)));
			}
			if (m.group(13) != null) {
				int yy = Integer.parseInt(m.group(15));
				return LocalDate.of(yy < 50 ? 2000 + yy : 1900 + yy, Integer.parseInt(m.group(14)), Integer.parseInt(m.group(13)));
			}
			// "5. – 6. september 2031": a meeting over two days is dated by its first
			int g = m.group(7) != null ? 7 : 10;
			Integer month = MONTHS.get(m.group(g + 1).toLowerCase(java.util.Locale.ROOT).replace(".", ""));
			return month == null ? null
					: LocalDate.of(Integer.parseInt(m.group(g + 2)), month, Integer.parseInt(m.group(g)));
		}
		catch (DateTimeException | NumberFormatException e) {
			return null;
		}
	}

	/** Start and end time from a line that holds a time, or null; end may be null. */
	static LocalTime[] times(String s) {
		// dates contain dotted numbers too (17.08.2021): take times only outside dates
		String withoutDates = DATE.matcher(s).replaceAll(" ");
		Matcher m = TIME_RANGE.matcher(withoutDates);
		while (m.find()) {
			LocalTime a = time(m.group(1), m.group(2));
			if (a == null) {
				continue;
			}
			LocalTime b = m.group(3) == null ? null : time(m.group(3), m.group(4));
			return new LocalTime[] { a, b };
		}
		return null;
	}

	private static LocalTime time(String h, String m) {
		int hh = Integer.parseInt(h);
		int mm = Integer.parseInt(m);
		return hh < 24 && mm < 60 ? LocalTime.of(hh, mm) : null;
	}
}
