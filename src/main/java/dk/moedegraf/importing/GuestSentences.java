package dk.moedegraf.importing;

import static dk.moedegraf.importing.Vocabulary.ITEM_REF;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.MeetingDraft.AttendanceAcc;

/**
 * Guests named in a sentence: "Chefkonsulent Nanna Krogh, Hospitalsenheden Midt, deltog under punkt 2", "Fra
 * Center for Trafik deltog kontorchef Bo Lind", "Under punkt 2 deltog …": the names without their job titles, the
 * organisation apart, guests of those items (or of the item the line stands in).
 */
final class GuestSentences {

	private final Draft r;

	GuestSentences(Draft r) {
		this.r = r;
	}

	/**
	 * A guest sentence at line i of the meeting: "A; B; C deltog." within an item, "Chefkonsulent Nanna Krogh,
	 * Hospitalsenheden Midt, deltog under punkt 2", "… deltog i behandlingen af punkt 2 og 3" (guests of those
	 * items), "Fra Hospitalsenheden Midt deltog …" (the organisation first), "Under punkt 2 deltog …". False
	 * when the line is none; a line with a colon is a heading or a label, never a guest sentence.
	 */
	boolean read(MeetingDraft m, String c, int i) {
		if (c.contains(":")) {
			return false;
		}
		Matcher front = GUEST_SENTENCE_FROM.matcher(c);
		if (front.find()) {
			guests(m, front.group(2), front.group(1), itemNumbers(front.group(3), m, i), i);
			return true;
		}
		Matcher under = GUEST_SENTENCE_UNDER.matcher(c);
		if (under.find()) {
			guests(m, under.group(2), null, itemNumbers(under.group(1), m, i), i);
			return true;
		}
		Matcher deltog = GUEST_SENTENCE.matcher(c);
		if (deltog.find()) {
			guests(m, deltog.group(1), null, itemNumbers(deltog.group(2), m, i), i);
			return true;
		}
		return false;
	}

	private static final Pattern GUEST_SENTENCE = Pattern.compile(
			"^(.+?),?\\s+deltog(?:\\s+(?:under|i|ved)\\s+(?:(?:behandlingen|drøftelsen)\\s+af\\s+)?(?:dagsordens)?(?:[Pp]unkt(?:erne)?|[Pp]kt\\.?)\\s*(\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*))?\\s*\\.?$");

	private static final Pattern GUEST_SENTENCE_FROM = Pattern.compile(
			"^[Ff]ra\\s+(\\p{Lu}[^,.]{1,60}?)\\s+deltog\\s+(.+?)(?:\\s+(?:under|i|ved)\\s+" + ITEM_REF + ")?\\s*\\.?$");

	private static final Pattern GUEST_SENTENCE_UNDER = Pattern.compile(
			"^(?:[Uu]nder|[Vv]ed)\\s+" + ITEM_REF + "\\s+deltog\\s+(.+?)\\s*\\.?$");

	private static List<Integer> itemNumbers(String numbers, MeetingDraft m, int line) {
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

	/**
	 * The subject of a guest sentence: names, each optionally with a title before it ("Chefkonsulent Nanna
	 * Krogh", "kontorchef Bo Lind") or after it ("Bo Lind, kontorchef") and the organisation after it
	 * ("…, Hospitalsenheden Midt"). An organisation is never taken for a person.
	 */
	private void guests(MeetingDraft m, String subject, String fromOrg, List<Integer> items, int i) {
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
			else if (person != null && title == null && (p.matches("^\\p{Ll}.*") || Names.isTitleWord(p.split(" ", 2)[0]))
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
}
