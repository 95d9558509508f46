package dk.moedegraf.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written in capitals are read as names: "ANNE SCHOU-HANSEN (A)" → "Anne Schou-Hansen (A)". Only a run of two
 * to four words in capitals whose words, in ordinary case, read as a name's ("OLE VAN DER BERG" → "Ole van der
 * Berg"): headings ("TIL STEDE", "MEDLEMMER AF RÅDET"), acronyms ("LO", "FOA") and
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

	/**
	 * The run as a name, else as written. Its words are read as any name's ({@link PersonNames#kind}): a given name
	 * first, then names, particles and words the lexicon does not know, no title, organisation, place or sentence
	 * word. Looser than {@link PersonNames#looksLikePersonName}, which must also keep two names of a flattened run
	 * apart: a run of capitals between ordinary words is one name or none.
	 */
	private static String asName(String run) {
		String[] words = run.split("[ \\t]+");
		String[] cased = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			cased[i] = NameLexicon.isParticle(words[i]) ? words[i].toLowerCase(Locale.ROOT) : NameLexicon.titleCased(words[i]);
			PersonNames.Kind kind = PersonNames.kind(cased[i]);
			boolean fits = i == 0 ? kind == PersonNames.Kind.GIVEN || kind == PersonNames.Kind.EITHER
					: kind == PersonNames.Kind.PARTICLE ? i < words.length - 1
					: kind != PersonNames.Kind.INITIAL && kind != PersonNames.Kind.PLACE && kind != PersonNames.Kind.OTHER;
			if (!fits) {
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
}
