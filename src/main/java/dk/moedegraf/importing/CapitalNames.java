package dk.moedegraf.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written in capitals are read as names: "ANNE SCHOU-HANSEN (A)" → "Anne Schou-Hansen (A)". Only a run of two
 * to four words in capitals that starts with a given name, every other word a name or a word that is no title,
 * organisation, place or other word of the language, or a particle between them ("OLE VAN DER BERG"): headings ("TIL STEDE", "MEDLEMMER AF RÅDET"), acronyms ("LO", "FOA") and
 * names of places and bodies in capitals ("NIELS BOHR INSTITUTTET") stay as written. Within one line, so every fact
 * still cites its line.
 */
final class CapitalNames {

	private CapitalNames() {
	}

	private static final String WORD = "\\p{Lu}{2,}(?:-\\p{Lu}{2,})*";

	private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d.])" + WORD + "(?:[ \\t]+" + WORD + "){1,3}(?![\\p{L}\\d])");

	private static final Pattern TWO_CAPITALS = Pattern.compile("\\p{Lu}{2}");

	static String read(String line) {
		if (!TWO_CAPITALS.matcher(line).find()) {
			return line;
		}
		return RUN.matcher(line).replaceAll(run -> Matcher.quoteReplacement(asName(run.group())));
	}

	/** The run as a name, or as written when it is not one. */
	private static String asName(String run) {
		String[] words = run.split("[ \\t]+");
		String[] cased = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			cased[i] = NameLexicon.titleCased(words[i]);
		}
		if (!NameLexicon.isGivenName(cased[0])) {
			return run;
		}
		for (int i = 1; i < cased.length; i++) {
			if (i < cased.length - 1 && NameLexicon.isParticle(cased[i])) {
				cased[i] = cased[i].toLowerCase(Locale.ROOT);
			}
			else if (!nameWord(cased[i])) {
				return run;
			}
		}
		// the words in place, the spaces between them as written
		StringBuilder out = new StringBuilder(run.length());
		int at = 0;
		for (int i = 0; i < words.length; i++) {
			int start = run.indexOf(words[i], at);
			out.append(run, at, start).append(cased[i]);
			at = start + words[i].length();
		}
		return out.append(run.substring(at)).toString();
	}

	/** A known name, or an unknown word that is no title, organisation, place or other word of the language. */
	private static boolean nameWord(String word) {
		return NameLexicon.isGivenName(word) || NameLexicon.isSurname(word)
				|| !NameLexicon.isTitle(word) && !NameLexicon.isOrganisationWord(word) && !NameLexicon.isPlace(word)
						&& !NameLexicon.isNonNameWord(word);
	}
}
