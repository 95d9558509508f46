package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list written surname first, one entry per line or between semicolons: "Lund, Ole (A); Holm, Eva Marie
 * (V)" is turned round in place to "Ole Lund  (A); Eva Marie Holm  (V)" before its entries are read. The
 * text keeps its length (the comma becomes a space), so every name still cites its line. Only when two or
 * more entries of the list have that shape (or the list is that one entry) and the words after the comma
 * start with a given name: "Ole Lund, Dansk Industri" and "Holm, Eva" inside a comma list stay as written. A role or a
 * title after a comma is the entry's ("Lund, Ole (A), formand").
 */
final class SurnameFirst {

	private SurnameFirst() {
	}

	/** One entry: surname words, a comma, given names or initials (then, checked apart, a party or a note). */
	private static final Pattern ENTRY = Pattern.compile("(?m)(?<=^|[;•·▪]|^[ \\t]{0,8}[-*][ \\t])([ \\t]*)"
			+ "(\\p{Lu}[\\p{L}'’\\-]+(?:[ \\t]\\p{Lu}[\\p{L}'’\\-]+){0,2}),[ \\t](\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*(?:[ \\t](?:\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*|\\p{Lu}\\.)){0,2})"
			+ "(?![\\p{L}])");

	/** What may follow the given names up to the entry's end: a note in brackets, a party, nothing. */
	private static final Pattern ENTRY_REST = Pattern.compile("[ \\t]*(?:\\([^()\\n]*\\))?[ \\t]*([^;\\n•·▪(]*?)[ \\t]*(?:\\([^()\\n]*\\))?[. \\t]*(?=[;\\n•·▪]|$)");

	/** "Afbud: Krog, Ida (A)": the list is this one entry, so its comma cannot separate two people. */
	private static boolean alone(String body, int[] entry) {
		String rest = body.substring(0, entry[0]) + body.substring(entry[1]);
		return REST_OF_ALONE.matcher(rest).matches();
	}

	private static final Pattern REST_OF_ALONE = Pattern.compile("\\s*(?:\\([^()]*\\)|\\p{Lu}{1,3})?[.\\s]*");

	/** ", formand", ", A", ", Borgmester" after the given names: a note of the entry, not a second person's name. */
	private static boolean roleAfterComma(String rest) {
		if (!rest.startsWith(",")) {
			return false;
		}
		String note = rest.substring(1).strip();
		return Vocabulary.isParty(note) || Vocabulary.isRole(note) || NameLexicon.isTitle(note.split("\\s+", 2)[0]);
	}

	static String turn(String body) {
		Matcher m = ENTRY.matcher(body);
		List<int[]> found = new ArrayList<>(); // start of surname, end of given names
		List<String> turned = new ArrayList<>();
		while (m.find()) {
			String surname = m.group(2);
			List<String> givenWords = new ArrayList<>(List.of(m.group(3).split("\\s")));
			int end = m.end(3);
			while (givenWords.size() > 1 && Vocabulary.isParty(givenWords.get(givenWords.size() - 1))) {
				end -= givenWords.remove(givenWords.size() - 1).length() + 1; // "Ane Siumut": the party, not a name
			}
			String given = String.join(" ", givenWords);
			Matcher rest = ENTRY_REST.matcher(body).region(end, body.length());
			if (!rest.lookingAt() || !rest.group(1).isEmpty() && !Vocabulary.isParty(rest.group(1)) && !roleAfterComma(rest.group(1))) {
				continue;
			}
			String first = surname.split("\\s", 2)[0];
			if (!NameLexicon.isGivenName(given.split("\\s", 2)[0]) || NameLexicon.isGivenName(first) && !NameLexicon.isSurname(first)
					|| !PersonNames.looksLikePersonName(given + " " + surname)) {
				continue;
			}
			found.add(new int[] { m.start(2), end });
			turned.add(given + " " + surname + " ");
		}
		if (found.isEmpty() || found.size() == 1 && !alone(body, found.get(0))) {
			return body;
		}
		StringBuilder b = new StringBuilder(body);
		for (int i = found.size() - 1; i >= 0; i--) {
			b.replace(found.get(i)[0], found.get(i)[1], turned.get(i)); // same length: ", " became " " + a trailing space
		}
		return b.toString();
	}
}
