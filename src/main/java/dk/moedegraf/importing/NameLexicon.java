package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of names, from knowledge of names rather than lists of anyone's people (a whole name's shape is
 * {@link PersonNames}): Danish and Greenlandic given names and frequent surnames from the public name
 * statistics (sources named in each list under {@code src/main/resources/importing/names/}), the shapes of
 * Danish surnames, name particles and initials, and the words that are NOT names (titles, organisations,
 * places, weekdays, months, the headings and sentence words of minutes).
 * <p>
 * All lookups compare {@link Fold#key folded} words, so "Søren", "Soeren" and "Soren" are one name; a
 * given name is also found when OCR read its ø as g or its æ as a ("Sgren", "Bjarne"→ no change).
 * <p>
 * Debian's {@code wdanish} word list was used only while building: a test (NameLexiconDictionaryTest)
 * reads {@code /usr/share/dict/danish} when it is installed and checks which listed names are also
 * ordinary Danish words; nothing of that GPL list is shipped.
 */
final class NameLexicon {

	private NameLexicon() {
	}

	/** A word list of one kind: exact folded words plus endings ("-chef") and stems ("~sekretariat"). */
	private record WordList(Set<String> words, List<String> endings, List<String> stems) {

		static WordList load(String file) {
			Set<String> words = new HashSet<>();
			List<String> endings = new ArrayList<>();
			List<String> stems = new ArrayList<>();
			String path = "/importing/names/" + file;
			try (InputStream in = NameLexicon.class.getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("missing resource " + path);
				}
				BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					String t = line.strip();
					if (t.isEmpty() || t.startsWith("#")) {
						continue;
					}
					if (t.startsWith("-")) {
						endings.add(Fold.key(t.substring(1)));
					}
					else if (t.startsWith("~")) {
						stems.add(Fold.key(t.substring(1)));
					}
					else {
						words.add(Fold.key(t));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return new WordList(Set.copyOf(words), List.copyOf(endings), List.copyOf(stems));
		}

		boolean has(String key) {
			return words.contains(key);
		}

		/** The key is listed, ends with a listed ending (longer than the ending) or holds a listed stem. */
		boolean covers(String key) {
			if (words.contains(key)) {
				return true;
			}
			for (String e : endings) {
				if (key.endsWith(e) && (key.length() == e.length() || key.length() > e.length() + 1)) {
					return true;
				}
			}
			for (String s : stems) {
				if (key.contains(s)) {
					return true;
				}
			}
			return false;
		}
	}

	/** Loaded once, on first use, by the class loader's lazy holder idiom. */
	private static final class Lists {
		static final WordList GIVEN = merge(WordList.load("given-da.txt"), WordList.load("given-kl.txt"));
		static final WordList SURNAMES = WordList.load("surnames.txt");
		static final WordList TITLES = WordList.load("titles.txt");
		static final WordList ORGANISATIONS = WordList.load("organisations.txt");
		static final WordList PLACES = WordList.load("places.txt");
		static final WordList WORDS = WordList.load("words.txt");

		private static WordList merge(WordList a, WordList b) {
			Set<String> all = new HashSet<>(a.words());
			all.addAll(b.words());
			return new WordList(Set.copyOf(all), List.of(), List.of());
		}
	}

	/** Sizes of the lists, for the report and a test that they loaded. */
	static int[] sizes() {
		return new int[] { Lists.GIVEN.words().size(), Lists.SURNAMES.words().size(), Lists.TITLES.words().size()
				+ Lists.TITLES.endings().size(), Lists.ORGANISATIONS.words().size(), Lists.PLACES.words().size(),
				Lists.WORDS.words().size() };
	}

	static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "la", "le", "af", "du", "di",
			"da", "del", "dos", "das", "ter", "ten", "el", "al", "bin", "ibn", "zu", "av");

	/**
	 * Endings of Danish and Nordic surnames: patronymics (-sen, -son), farm and place names (-gaard, -gård,
	 * -strup, -holm, -berg, -lund, -bjerg, -skov, -dal, -høj, -bæk, -toft …) and German ones common in
	 * Denmark (-mann, -feldt). Folded, so -gaard and -gård are one ending.
	 */
	private static final List<String> SURNAME_ENDINGS = List.of("gard", "strup", "trup", "rup", "holm", "berg", "borg",
			"lund", "bjerg", "skov", "dal", "dahl", "hoj", "bek", "toft", "kjer", "vad", "sted", "mose", "hauge", "gren",
			"qvist", "kvist", "strom", "mann", "feldt", "feld", "thal", "stein", "torp", "drup", "lev", "by", "sky",
			"ski", "schmidt");

	/** The patronymic endings: "…sen", "…ssen", "…sson", "…sdatter". */
	private static final Pattern PATRONYMIC = Pattern.compile("(.{2,}?)(?:sen|son|sdottir|sdatter)");

	/**
	 * Stems that make a -sen word an ordinary noun in its definite form rather than a patronymic:
	 * "Befrielsen", "Konsekvensen", "Kassen", "Posen", "Vejledningen" … (checked against Debian's wdanish
	 * while building: without this, one in a hundred dictionary nouns read as a surname).
	 */
	private static final Pattern NOUN_STEM = Pattern.compile(".*(?:else|els|ning|hed|ion|ens|ans|(?<!i)as|es|is|os|us|ys|ks|ps|ts|rs|ls|ms|ns)");

	/** A capitalised name word, possibly hyphenated ("Anne-Marie", "Lynge-Hansen", "O'Brien"). */
	private static final Pattern NAME_WORD = Pattern
			.compile("\\p{Lu}[\\p{Ll}'’]*\\p{Ll}(?:-\\p{Lu}[\\p{Ll}'’]*\\p{Ll})*");

	/** The same in capitals ("HANSEN", "ANNE-MARIE"); read as the capitalised word. */
	private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})*");

	/** Initials as minutes write them: "A.", "A.B.", "A.-B.", "Chr.", "Th.". */
	private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|(?:Chr|Th|Kr|Fr|Wm|Joh)\\.");

	// ---- one word --------------------------------------------------------------------------------------

	/**
	 * A Danish or Greenlandic given name, capitalised ("Søren", "SØREN", "Anne-Marie"), also when OCR read
	 * ø as g or o, æ as ae, ee or a, å as aa or a. A word written in lower case is not a name here ("hans").
	 */
	static boolean isGivenName(String word) {
		String w = capitalised(word);
		if (w == null) {
			return false;
		}
		for (String part : w.split("-")) {
			if (!givenKey(Fold.key(part))) {
				return false;
			}
		}
		return true;
	}

	private static boolean givenKey(String k) {
		if (k.length() < 2) {
			return false;
		}
		if (Lists.GIVEN.has(k)) {
			return true;
		}
		// OCR: one letter misread, as Fold.nameSame allows (ø→g, å→4, l→i/1); æ as ae/ee and å as aa are folded already
		for (int i = 0; i < k.length(); i++) {
			char c = k.charAt(i);
			String with = switch (c) {
				case 'g' -> "o";
				case '4' -> "a";
				case 'i', '1' -> "l";
				case 'l' -> "i";
				case '0' -> "o";
				default -> null;
			};
			if (with != null && Lists.GIVEN.has(k.substring(0, i) + with + k.substring(i + 1))) {
				return k.length() >= 4; // a short word one letter from a name is more often another word
			}
		}
		return false;
	}

	/**
	 * A surname: a frequent one from the statistics, or one of the Danish surname shapes (-sen, -gaard,
	 * -strup, -holm, -berg, -lund, -bjerg, -skov, -dal, -høj …) that is not a place, title or
	 * organisation word; a hyphenated double surname when each part is a surname or name
	 * ("Schou-Hansen", "Lynge-Larsen").
	 */
	static boolean isSurname(String word) {
		String w = capitalised(word);
		if (w == null) {
			return false;
		}
		String[] parts = w.split("-");
		if (parts.length > 1) {
			boolean anySurname = false;
			for (String p : parts) {
				boolean s = surnameWord(p);
				if (!s && !isGivenName(p) && !unknownNameWord(p)) {
					return false;
				}
				anySurname |= s;
			}
			return anySurname;
		}
		return surnameWord(w);
	}

	private static boolean surnameWord(String w) {
		String k = Fold.key(w);
		if (k.length() < 2) {
			return false;
		}
		if (Lists.SURNAMES.has(k)) {
			return true;
		}
		if (notNameKey(k) || Lists.GIVEN.has(k)) {
			return false;
		}
		Matcher patronymic = PATRONYMIC.matcher(k);
		if (patronymic.matches()) {
			return patronymicStem(k) || !NOUN_STEM.matcher(k.substring(0, k.length() - 2)).matches()
					&& !NOUN_STEM.matcher(patronymic.group(1)).matches();
		}
		for (String e : SURNAME_ENDINGS) {
			if (k.endsWith(e) && k.length() >= e.length() + 2) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A patronymic on a given name: "Pedersen" (Peder), "Hansen" (Hans), "Rasmussen" (Rasmus), "Olesen"
	 * (Ole), "Olsen" (Ol-e), "Mathiassen", "Karlsdatter".
	 */
	private static boolean patronymicStem(String k) {
		Matcher m = PATRONYMIC.matcher(k);
		if (!m.matches()) {
			return false;
		}
		String stem = m.group(1);
		String withoutEn = k.endsWith("sen") ? k.substring(0, k.length() - 2) : stem;
		return Lists.GIVEN.has(stem) || Lists.GIVEN.has(withoutEn) || Lists.GIVEN.has(stem + "e")
				|| stem.endsWith("s") && Lists.GIVEN.has(stem.substring(0, stem.length() - 1));
	}

	/** A name particle: van, von, de, af, la, du, bin … (as written inside a name, lower case). */
	static boolean isParticle(String word) {
		return word != null && PARTICLES.contains(word.toLowerCase(Locale.ROOT));
	}

	/** An initial: "A.", "A.B.", "A.-B.", and the abbreviations "Chr.", "Th.". */
	static boolean isInitial(String word) {
		return word != null && INITIAL.matcher(word).matches();
	}

	/** A title or role word: "formand", "Næstformand", "Afdelingschef", "referent", "Adm.". */
	static boolean isTitle(String word) {
		String k = Fold.key(word);
		if (k.isEmpty() || k.contains(" ")) {
			return false;
		}
		// a known name is never read as a title by its ending alone ("Ingemand"?), only by an exact entry
		if (Lists.TITLES.has(k)) {
			return true;
		}
		return !isKnownName(k) && Lists.TITLES.covers(k);
	}

	/** A word of an organisation's name: "Kommune", "Regionsrådet", "A/S", "Direktionssekretariatet", "IA". */
	static boolean isOrganisationWord(String word) {
		if (word == null) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,;:]+$", "");
		if (lower.contains("/") && Lists.ORGANISATIONS.has(lower.replace("/", " "))) {
			return true;
		}
		String k = Fold.key(word);
		if (k.isEmpty() || k.contains(" ")) {
			return Lists.ORGANISATIONS.has(k);
		}
		if (Lists.ORGANISATIONS.has(k)) {
			return true;
		}
		return !isKnownName(k) && Lists.ORGANISATIONS.covers(k);
	}

	/** A place: region, municipality, town, country or street ("Aarhus", "Nuuk", "Vesthimmerlands", "Nørregade"). */
	static boolean isPlace(String word) {
		String k = Fold.key(word);
		return Lists.PLACES.covers(k) && !Lists.SURNAMES.has(k);
	}

	/**
	 * A word that is never part of a person's name: title, organisation word, place, weekday, month, or a
	 * heading or sentence word of minutes ("Dagsordenen", "Godkendt", "Beslutning"). Known given names
	 * and surnames win ("Maj", "Jan", "Lund" are names).
	 */
	static boolean isNonNameWord(String word) {
		String k = Fold.key(word);
		if (k.isEmpty()) {
			return false;
		}
		if (isKnownName(k)) {
			return false;
		}
		return notNameKey(k) || isTitle(word) || isOrganisationWord(word);
	}

	private static boolean notNameKey(String k) {
		return Lists.WORDS.has(k) || Lists.PLACES.covers(k) && !Lists.SURNAMES.has(k) || Lists.TITLES.has(k)
				|| Lists.ORGANISATIONS.has(k);
	}

	private static boolean isKnownName(String k) {
		return Lists.GIVEN.has(k) || Lists.SURNAMES.has(k);
	}

	/** A capitalised word the lists do not know and that is no known non-name word ("Tetzlaff"). */
	private static boolean unknownNameWord(String w) {
		return NAME_WORD.matcher(w).matches() && !isNonNameWord(w);
	}

	/** The word as a capitalised name word ("SØREN" → "Søren"), or null when it has no name's shape. */
	static String capitalised(String word) {
		if (word == null) {
			return null;
		}
		String w = word.strip();
		if (NAME_WORD.matcher(w).matches()) {
			return w;
		}
		if (CAPS_WORD.matcher(w).matches() && w.replace("-", "").length() > 3) {
			return titleCased(w);
		}
		return null;
	}

	/** "SCHOU-HANSEN" → "Schou-Hansen": each part's first letter kept, the rest in lower case. */
	static String titleCased(String word) {
		StringBuilder b = new StringBuilder(word.length());
		boolean start = true;
		for (char c : word.toCharArray()) {
			b.append(start ? c : Character.toLowerCase(c));
			start = c == '-';
		}
		return b.toString();
	}

	static boolean listedOrPatronymic(String w) {
		for (String part : w.split("-")) {
			String k = Fold.key(part);
			if (Lists.SURNAMES.has(k) || PATRONYMIC.matcher(k).matches() && surnameWord(part)) {
				return true;
			}
		}
		return false;
	}
}
