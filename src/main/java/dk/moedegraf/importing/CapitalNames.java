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
		return read(line, false);
	}

	/**
	 * With {@code namesInCapitals} (the document writes names it knows in capitals), a run whose words the lexicon
	 * does not know is a name too where a list holds it: after a colon, comma or bullet, before a comma, a bracket,
	 * "og" or the line's end ("TIL STEDE: ANNE HOLM, FARGANA ISMAILOVA").
	 */
	/** "Karen BRØNDUM", "Søren K. MUNK", "Rikke LYNGBY-HANSEN": given names as usual, the surname in capitals. */
	private static final Pattern SURNAME_IN_CAPITALS = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)((?:[ \\t]+(?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.))*)[ \\t]+"
			+ "(\\p{Lu}{3,}(?:-\\p{Lu}{2,})?)(?![\\p{L}])");

	static String read(String written, boolean namesInCapitals) {
		if (!TWO_CAPITALS.matcher(written).find()) {
			return written;
		}
		String line = SURNAME_IN_CAPITALS.matcher(written).replaceAll(m -> {
			String surname = NameLexicon.titleCased(m.group(3));
			PersonNames.Kind kind = PersonNames.kind(surname);
			// a surname the lexicon knows, or a long word ("VINKEL"); "CMSB", "DSI" after a name are units' acronyms
			boolean name = NameLexicon.isGivenName(m.group(1)) && !NameLexicon.isOrganisationWord(m.group(3))
					&& (kind == PersonNames.Kind.SURNAME || kind == PersonNames.Kind.EITHER || kind == PersonNames.Kind.GIVEN
							|| (kind == PersonNames.Kind.SHAPED || kind == PersonNames.Kind.UNKNOWN) && surname.length() >= 5);
			return Matcher.quoteReplacement(name ? m.group().substring(0, m.start(3) - m.start()) + surname : m.group());
		});
		return RUN.matcher(line).replaceAll(run -> {
			String name = asName(run.group());
			if (name.equals(run.group()) && namesInCapitals && inList(line, run.start(), run.end())) {
				name = asUnknownName(run.group());
			}
			return Matcher.quoteReplacement(name);
		});
	}

	private static final Pattern LIST_BEFORE = Pattern.compile("(?:^|[,:;•·▪\\-–]|\\d[.)]|[ \\t]og)[ \\t]*$");

	private static final Pattern LIST_AFTER = Pattern.compile("^(?:[ \\t]*(?:[,;(]|$)|[ \\t]+og[ \\t]|\\t|\\.[ \\t]*$)");

	private static boolean inList(String line, int start, int end) {
		return LIST_BEFORE.matcher(line.substring(0, start)).find() && LIST_AFTER.matcher(line.substring(end)).find();
	}

	/** The run as a name of words the lexicon does not know ("FARGANA ISMAILOVA"), else as written. */
	private static String asUnknownName(String run) {
		String[] words = run.split("[ \\t]+");
		boolean unknown = false;
		for (int i = 0; i < words.length; i++) {
			PersonNames.Kind kind = PersonNames.kind(NameLexicon.titleCased(words[i]));
			if (kind == PersonNames.Kind.OTHER || kind == PersonNames.Kind.PLACE || kind == PersonNames.Kind.INITIAL
					|| kind == PersonNames.Kind.PARTICLE && (i == 0 || i == words.length - 1)) {
				return run;
			}
			unknown |= kind == PersonNames.Kind.UNKNOWN;
		}
		if (!unknown) {
			return run;
		}
		String[] cased = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			cased[i] = NameLexicon.isParticle(words[i]) ? words[i].toLowerCase(Locale.ROOT) : NameLexicon.titleCased(words[i]);
		}
		return inPlace(run, words, cased);
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
		return inPlace(run, words, cased);
	}

	/** The run with each word replaced by its cased form, the spaces between them as written. */
	private static String inPlace(String run, String[] words, String[] cased) {
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
