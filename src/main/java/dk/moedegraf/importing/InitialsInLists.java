package dk.moedegraf.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists written in initials ("Til stede: OL, EH, PR", "Afbud: KB", "Referent: KB") where the minutes name each
 * person in full elsewhere with the initials in brackets ("Ole Lund (OL), Vestby Kommune"): the initials are
 * written out as the name before the list is read. Only a list of initials alone: a list that names a person in
 * full keeps what stands beside the names ("Ole Lund, KL" is KL the organisation, whoever else is "(KL)"). Initials
 * two people share are left as written. The lines stay where they are, so every fact still cites its line.
 */
final class InitialsInLists {

	private InitialsInLists() {
	}

	/** Initials in brackets: "(OL)", "(EvH)"; group 1. */
	private static final Pattern BRACKETED = Pattern.compile("(?u)\\((\\p{Lu}[\\p{Lu}\\p{Ll}]{1,3})\\)");

	/** One item of a list: initials, perhaps with a note in brackets after them. */
	private static final Pattern ITEM = Pattern.compile("(?u)(\\p{Lu}[\\p{Lu}v]{1,3})(?:\\s*\\([^()\\n]*\\))?");

	private static final Pattern TOKEN = Pattern.compile("(?u)(?<![\\p{L}\\d])(\\p{Lu}[\\p{Lu}v]{1,3})(?![\\p{L}\\d])");

	private static final Pattern SEPARATOR = Pattern.compile("(?u)\\s*(?:[,;\\n]|\\s(?:og|samt)\\s)\\s*");

	static String expand(String text) {
		Map<String, String> names = definitions(text);
		if (names.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text);
		int shift = 0;
		for (ListSections.Section s : ListSections.find(text)) {
			String body = text.substring(s.start(), s.end());
			int run = initialsRun(body, names);
			if (run <= 0) {
				continue;
			}
			Matcher token = TOKEN.matcher(body).region(0, run);
			StringBuilder written = new StringBuilder();
			int last = 0;
			while (token.find()) {
				written.append(body, last, token.start()).append(names.getOrDefault(token.group(1), token.group()));
				last = token.end();
			}
			written.append(body, last, body.length());
			out.replace(s.start() + shift, s.end() + shift, written.toString());
			shift += written.length() - body.length();
		}
		return out.toString();
	}

	/**
	 * Where the list's leading items written in initials end, or -1: every item from the first is initials the
	 * minutes define, up to a line's end (what follows on a later line, a sentence or another list, stays as it is).
	 */
	private static int initialsRun(String body, Map<String, String> names) {
		Matcher sep = SEPARATOR.matcher(body);
		int from = body.length() - body.stripLeading().length();
		int end = -1;
		while (from < body.length()) {
			int to = sep.find(from) ? sep.start() : body.length();
			String item = body.substring(from, to).strip().replaceFirst("[.]$", "");
			Matcher m = ITEM.matcher(item);
			if (!item.isEmpty() && !(m.matches() && names.containsKey(m.group(1)))) {
				// an item of another kind on the same line as the initials: a mixed list, left as written
				return end >= 0 && body.substring(end, from).contains("\n") ? end : -1;
			}
			end = item.isEmpty() ? end : to;
			if (to == body.length()) {
				break;
			}
			from = sep.end();
		}
		return end;
	}

	/** Initials to the one name they stand for in the text; initials two names share are left out. */
	private static Map<String, String> definitions(String text) {
		Map<String, String> names = new HashMap<>();
		java.util.Set<String> shared = new java.util.HashSet<>();
		Matcher m = BRACKETED.matcher(text);
		while (m.find()) {
			// the name is the last words before the bracket on its line whose initials these are: "Per Ravn (PR)"
			String[] words = text.substring(text.lastIndexOf('\n', m.start()) + 1, m.start()).strip().split("[\\s,]+");
			String ini = m.group(1);
			for (int n = 2; n <= Math.min(4, words.length); n++) {
				String name = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
				if (Names.initials(name).contains(ini) && PersonNames.looksLikePersonName(name)) {
					String before = names.putIfAbsent(ini, name);
					if (before != null && !before.equals(name)) {
						shared.add(ini);
					}
					break;
				}
			}
		}
		names.keySet().removeAll(shared);
		return names;
	}
}
