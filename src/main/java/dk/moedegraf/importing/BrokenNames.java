package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A name broken at a line end in a list, as PDF-to-text wraps a paragraph: "…, Kim Overvad, Lene⏎Warner Thorup
 * Boel, …" or "…, Ask Vest⏎Christiansen, …". The line break inside the name reads as a space (the text keeps its
 * length, so every name still cites its line). Only where one side cannot be a name by itself: the line's last
 * entry or the next line's first is one word, given names only ("Anne Sofie", "Forbundssekretær Poul") or
 * surnames only ("Vest Christiansen"); and the two together read as one person's name. A list run on without
 * commas breaks the same way after a note in brackets ("Ida Krog (A) Ane Marie⏎M. Andersen (S)"). Left alone:
 * one entry per line ("Eva Holm (V)⏎Ole Lund (A)", "Eva Holm⏎Ole Lund": no comma or note before the name), an
 * entry ended by its comma, a label on the next line ("Afbud: …"), and a list written surname first (turned
 * round before this, {@link SurnameFirst}).
 */
final class BrokenNames {

	private BrokenNames() {
	}

	static String join(String body) {
		if (body.indexOf('\n') < 0) {
			return body;
		}
		char[] out = body.toCharArray();
		int lineStart = 0;
		for (int nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', lineStart)) {
			int nextEnd = body.indexOf('\n', nl + 1);
			if (brokenAt(body.substring(lineStart, nl), body.substring(nl + 1, nextEnd < 0 ? body.length() : nextEnd))) {
				out[nl] = ' ';
			}
			lineStart = nl + 1;
		}
		return new String(out);
	}

	private static boolean brokenAt(String line, String next) {
		String l = line.stripTrailing();
		// the last entry starts after a comma, or after a note in brackets where the list runs on without commas
		int comma = Math.max(Math.max(l.lastIndexOf(','), l.lastIndexOf(';')), l.lastIndexOf(')'));
		if (comma < 0 || comma == l.length() - 1 || l.lastIndexOf('(') > comma) {
			return false;
		}
		String n = next.strip();
		int end = 0;
		while (end < n.length() && ",;(:".indexOf(n.charAt(end)) < 0) {
			end++;
		}
		if (end < n.length() && n.charAt(end) == ':') {
			return false; // "Afbud: …" starts something new
		}
		List<String> tail = nameWordsAtEnd(l.substring(comma + 1).strip().split("\\s+"));
		List<String> head = new ArrayList<>();
		for (String w : n.substring(0, end).strip().split("\\s+")) {
			if (w.equals("og") || w.equals("samt") || w.equals("-") || w.equals("–")) {
				break;
			}
			head.add(w);
		}
		if (tail.isEmpty() || head.isEmpty() || head.get(0).isEmpty() || head.size() > 4 || tail.size() + head.size() > 5
				|| head.stream().anyMatch(w -> is(w, PersonNames.Kind.OTHER))) {
			return false;
		}
		// one side cannot be a person by itself: one word, given names only, or surnames only
		boolean partial = tail.size() == 1 || head.size() == 1
				|| tail.stream().allMatch(w -> is(w, PersonNames.Kind.GIVEN, PersonNames.Kind.EITHER, PersonNames.Kind.INITIAL))
				|| head.stream().allMatch(w -> is(w, PersonNames.Kind.SURNAME, PersonNames.Kind.SHAPED));
		return partial && PersonNames.looksLikePersonName(String.join(" ", tail) + " " + String.join(" ", head));
	}

	/** The words of an entry's end that may be part of a name, after any title before them ("Forbundssekretær Poul"). */
	private static List<String> nameWordsAtEnd(String[] words) {
		List<String> out = new ArrayList<>();
		for (int i = words.length - 1; i >= 0 && out.size() < 4; i--) {
			if (is(words[i], PersonNames.Kind.OTHER) || words[i].isEmpty()) {
				break;
			}
			out.add(0, words[i]);
		}
		return out;
	}

	private static boolean is(String word, PersonNames.Kind... kinds) {
		PersonNames.Kind k = PersonNames.kind(word);
		for (PersonNames.Kind kind : kinds) {
			if (k == kind) {
				return true;
			}
		}
		return false;
	}
}
