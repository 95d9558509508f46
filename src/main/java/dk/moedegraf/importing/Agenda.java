package dk.moedegraf.importing;

import static dk.moedegraf.importing.Vocabulary.ITEM_HEADING;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;

/**
 * Agenda items ("Punkt 3: Budget 2026", "3. Budget 2026", a table of contents with page numbers) and their
 * decisions ("Beslutning: Godkendt.", "Beslutning for punkt 3:" then the text up to the next item).
 */
final class Agenda {

	private final Draft r;

	Agenda(Draft r) {
		this.r = r;
	}

	private static final Pattern DECISION = Pattern.compile("^(?i)Beslutning(?:er)?(?:\\s+for\\s+(?:punkt|pkt\\.?)\\s*(\\d+))?\\s*(:)?\\s*(.*)$");

	void agenda(MeetingDraft m) {
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
			Matcher dec = DECISION.matcher(c);
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
			Matcher p = ITEM_HEADING.matcher(c);
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
				if (next <= m.regionEnd && !l.blank(next) && !ITEM_HEADING.matcher(l.clean.get(next)).find()
						&& (l.clean.get(next).matches("^\\p{Ll}.*|^\\d{4}$") || title.endsWith("-"))) {
					title = title.endsWith("-") ? title.substring(0, title.length() - 1) + l.clean.get(next)
							: title + " " + l.clean.get(next);
				}
			}
			lastNumber = n;
			m.item(n, title.replaceAll("\\s+", " ").strip(), i);
		}
	}

	private int decisionEnd(MeetingDraft m, int i) {
		Lines l = r.lines;
		int j = i + 1;
		while (j <= m.regionEnd) {
			String c = l.clean.get(j);
			if (ITEM_HEADING.matcher(c).find() && (c.matches("^(?i)(punkt|pkt).*") || c.length() < 100 && !l.bullet[j] && c.matches("^\\d{1,2}\\.\\s+\\p{Lu}.*"))
					|| c.matches("^(?i)Beslutning for .*")
					|| c.matches("^(?i)(Punkt|Pkt\\.?)\\s*\\d+\\s*,\\s*Bilag.*")) {
				break;
			}
			j++;
		}
		return l.prevNonBlank(j - 1);
	}
}
