package dk.moedegraf.importing;

import static dk.moedegraf.importing.MinutesParser.splitList;

import dk.moedegraf.names.Fold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document as a whole: its kind (referat, dagsorden, notat …) from the first lines, case numbers
 * ("Sagsnr. 23-004512"), case handlers ("Sagsbehandler: Ane Bo"), a letter's addressees ("Kære Ole Lund,
 * Eva Holm") and the date the document carries at its top ("12-06-2024" on a line of its own).
 */
final class DocumentHeader {

	private final Draft r;

	DocumentHeader(Draft r) {
		this.r = r;
	}

	private static final Pattern CASE_LABEL = Pattern.compile(
			"(?:S?agsnummer|Sagsnr\\.?|Sag\\s*:|Dokumentnummer|Journalnummer|J\\.\\s?nr\\.?)(?:\\s*[|iI]\\s+([A-Za-z][\\w-]{0,8}))?",
			Pattern.UNICODE_CASE);

	private static final Pattern CASE_VALUE = Pattern
		.compile("(\\d{2,4}\\s?[-/]\\s?\\d{2,}(?:-\\d+)?|\\d{6,})\\s*$");

	private static final Pattern DATE_ALONE = Pattern.compile("\\s(\\d{1,2}-\\d{2}-\\d{4})$");

	private static final Pattern NAME_AT_END = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|van|von|de)){1,3})\\s*$");

	void documentInfo() {
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
					Matcher tail = NAME_AT_END
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
				Matcher alone = DATE_ALONE.matcher(c);
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
}
