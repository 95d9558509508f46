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
 * What a person's name looks like, from knowledge of names rather than lists of anyone's people: Danish
 * and Greenlandic given names and frequent surnames from the public name statistics (sources named in
 * each list under {@code src/main/resources/importing/names/}), the shapes of Danish surnames, name
 * particles and initials, and the words that are NOT names (titles, organisations, places, weekdays,
 * months, the headings and sentence words of minutes).
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

	private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "la", "le", "af", "du", "di",
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
	private static String capitalised(String word) {
		if (word == null) {
			return null;
		}
		String w = word.strip();
		if (NAME_WORD.matcher(w).matches()) {
			return w;
		}
		if (CAPS_WORD.matcher(w).matches() && w.replace("-", "").length() > 3) {
			StringBuilder b = new StringBuilder(w.length());
			boolean start = true;
			for (char c : w.toCharArray()) {
				b.append(start ? c : Character.toLowerCase(c));
				start = c == '-';
			}
			return b.toString();
		}
		return null;
	}

	// ---- a whole name ------------------------------------------------------------------------------------

	/** How one token of a candidate name reads. */
	enum Kind {
		/** a given name that is not also a frequent surname */
		GIVEN,
		/** a frequent surname or a patronymic (-sen, -son) that is not also a given name */
		SURNAME,
		/** only shaped like a surname (-gaard, -holm, -lund …), not listed */
		SHAPED,
		/** both (a given name used as surname, or the reverse) */
		EITHER,
		/** an initial, "A." */
		INITIAL,
		/** a lower-case particle, "van" */
		PARTICLE,
		/** a capitalised word the lexicon does not know ("Tetzlaff") */
		UNKNOWN,
		/** a town that is also a surname in a two-word name ("Per Nyborg"), never elsewhere */
		PLACE,
		/** not part of any name: lower-case word, title, organisation, place, date, number, punctuation */
		OTHER
	}

	static Kind kind(String token) {
		if (token == null || token.isBlank()) {
			return Kind.OTHER;
		}
		if (isInitial(token)) {
			return Kind.INITIAL;
		}
		if (PARTICLES.contains(token)) {
			return Kind.PARTICLE;
		}
		String w = capitalised(token);
		if (w == null) {
			return Kind.OTHER;
		}
		boolean given = isGivenName(w);
		boolean surname = isSurname(w);
		if (given && surname) {
			return Kind.EITHER;
		}
		if (given) {
			return Kind.GIVEN;
		}
		if (surname) {
			return listedOrPatronymic(w) ? Kind.SURNAME : Kind.SHAPED;
		}
		if (isPlace(w) && !w.contains("-")) {
			return Kind.PLACE;
		}
		return isNonNameWord(w) ? Kind.OTHER : Kind.UNKNOWN;
	}

	/**
	 * Two to five words that read as one person's name: a given name or an initial first (or an unknown
	 * first word before a known surname, "Uju Petersen"), then given names, initials, particles and
	 * surnames, and no word that is a title, organisation, place, weekday, month, date or sentence word.
	 * Refuses "Mandag Den", "Formanden Indstiller", "Region Midtjylland", "Anne" (one word).
	 * <p>
	 * Surname-first with a comma ("Hansen, Ane", "Lynge Hansen, Ane Marie") is accepted when the part
	 * after the comma starts with a given name: lists in that order exist and the comma marks the swap;
	 * {@link #givenNameFirst} turns it round. Without a comma "Hansen Ane" is refused: a given name after
	 * a surname starts the next person in a flattened list.
	 */
	static boolean looksLikePersonName(String candidate) {
		if (candidate == null) {
			return false;
		}
		String c = candidate.strip().replaceAll("\\s+", " ");
		int comma = c.indexOf(',');
		if (comma >= 0) {
			String swapped = swapSurnameFirst(c);
			return swapped != null && looksLikePersonName(swapped);
		}
		String[] t = c.split(" ");
		if (t.length < 2 || t.length > 5) {
			return false;
		}
		Kind[] k = new Kind[t.length];
		for (int i = 0; i < t.length; i++) {
			k[i] = kind(t[i]);
		}
		return validName(k, 0, t.length, false);
	}

	/**
	 * Tokens [from, to) of kinds k form one name. {@code afterName}: the span follows another name in the
	 * same flattened run, so an unknown first word may start it ("… Uffe Bro Ninka Lodahl …").
	 */
	static boolean validName(Kind[] k, int from, int to, boolean afterName) {
		int n = to - from;
		if (n < 2 || n > 5) {
			return false;
		}
		Kind first = k[from];
		Kind last = k[to - 1];
		if (last == Kind.PLACE && n == 2 && first == Kind.GIVEN) {
			return true; // towns are surnames too (Nyborg, Skive); "Anne Hansen Aarhus" is a name and a town
		}
		if (last == Kind.PARTICLE || last == Kind.INITIAL && n > 2 || last == Kind.OTHER) {
			return false;
		}
		boolean firstOk = first == Kind.GIVEN || first == Kind.EITHER
				|| first == Kind.INITIAL && (knownSurname(last) || last == Kind.SHAPED)
				|| first == Kind.UNKNOWN && last != Kind.INITIAL && (afterName
						|| (knownSurname(last) || k[from + 1] == Kind.INITIAL) && noGivenAfterFirst(k, from, to));
		if (!firstOk) {
			return false;
		}
		if (first == Kind.UNKNOWN && last == Kind.UNKNOWN && containsInitial(k, from, to)) {
			return false; // "Venner E. Budget": an agenda letter between two words
		}
		// a name is mostly known words: at most two unknown ones, and an unknown first word in a short name
		// beside a known word ("Uju Pedersen", "Ninni Lodahl Gjessing"), else a run of nouns would chain
		int unknown = 0;
		int initials = 0;
		for (int i = from; i < to; i++) {
			unknown += k[i] == Kind.UNKNOWN ? 1 : 0;
			initials += k[i] == Kind.INITIAL ? 1 : 0;
		}
		// initials are no nouns: "Emilly L. K. Pedersen" is three words of a name
		if (unknown > 2 || first == Kind.UNKNOWN && (n - initials > 3 || unknown == n)) {
			return false;
		}
		boolean surnamePart = false;
		int words = 0;
		for (int i = from; i < to; i++) {
			Kind x = k[i];
			switch (x) {
				case OTHER:
				case PLACE:
					return false;
				case PARTICLE:
					if (i == from) {
						return false;
					}
					surnamePart = true;
					break;
				case GIVEN:
					// a given name after the surname part starts the next person
					if (surnamePart) {
						return false;
					}
					words++;
					break;
				case SURNAME:
				case SHAPED:
				case UNKNOWN:
					if (i > from) {
						surnamePart = true;
					}
					words++;
					break;
				case EITHER:
					words++;
					break;
				case INITIAL:
					break;
			}
		}
		return words >= 2 || words == 1 && first == Kind.INITIAL || words == 1 && last == Kind.INITIAL && n == 2;
	}

	/**
	 * An unknown first word followed by a given name is more often a word before the name ("Standard Karen
	 * Holm") than a first name, unless another name just ended before it.
	 */
	private static boolean noGivenAfterFirst(Kind[] k, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			if (k[i] == Kind.GIVEN) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsInitial(Kind[] k, int from, int to) {
		for (int i = from; i < to; i++) {
			if (k[i] == Kind.INITIAL) {
				return true;
			}
		}
		return false;
	}

	private static boolean listedOrPatronymic(String w) {
		for (String part : w.split("-")) {
			String k = Fold.key(part);
			if (Lists.SURNAMES.has(k) || PATRONYMIC.matcher(k).matches() && surnameWord(part)) {
				return true;
			}
		}
		return false;
	}

	private static boolean knownSurname(Kind k) {
		return k == Kind.SURNAME || k == Kind.EITHER;
	}

	/**
	 * "Hansen, Ane" → "Ane Hansen"; "Lynge Hansen, Ane Marie" → "Ane Marie Lynge Hansen"; a name already
	 * given-name-first, or anything else, is returned as it was (trimmed).
	 */
	static String givenNameFirst(String candidate) {
		if (candidate == null) {
			return null;
		}
		String c = candidate.strip().replaceAll("\\s+", " ");
		String swapped = swapSurnameFirst(c);
		return swapped != null && looksLikePersonName(swapped) ? swapped : c;
	}

	private static String swapSurnameFirst(String c) {
		int comma = c.indexOf(',');
		if (comma < 0 || c.indexOf(',', comma + 1) >= 0) {
			return null;
		}
		String surname = c.substring(0, comma).strip();
		String given = c.substring(comma + 1).strip();
		if (surname.isEmpty() || given.isEmpty()) {
			return null;
		}
		String[] s = surname.split(" ");
		String[] g = given.split(" ");
		Kind g0 = kind(g[0]);
		if (g0 != Kind.GIVEN && g0 != Kind.EITHER && g0 != Kind.INITIAL) {
			return null;
		}
		for (String w : s) {
			Kind x = kind(w);
			if (x != Kind.SURNAME && x != Kind.SHAPED && x != Kind.EITHER && x != Kind.UNKNOWN && x != Kind.PARTICLE) {
				return null;
			}
		}
		return given + " " + surname;
	}

	// ---- names run together ------------------------------------------------------------------------------

	/** Where a list breaks for sure: punctuation, brackets, dashes with spaces, "og", "samt", "&", line ends. */
	private static final Pattern HARD_BREAK = Pattern
			.compile("[,;:()\\[\\]{}\"“”/|\\n]+|\\s[-–—]+\\s|\\s(?:og|samt|eller|&)\\s|^[-–—]\\s|\\s[-–—]$");

	/** Prefixes after which a capital inside a word belongs to the surname ("McDonald", "DeLuca", "MacKenzie"). */
	private static final Set<String> INNER_CAPITAL_PREFIXES = Set.of("mc", "mac", "de", "di", "da", "la", "le", "van", "von",
			"du", "st");

	/**
	 * The personal names in a stretch of flattened text, in order: "Anne Hansen Peter Jensen Mette Bøgh Lund"
	 * → [Anne Hansen, Peter Jensen, Mette Bøgh Lund]; glued "Anne HansenPeter Jensen" → [Anne Hansen,
	 * Peter Jensen]; "Ane Marie Kjær" stays whole; titles, party letters and organisation words around the
	 * names ("(A)", ", V", "Region Nordjylland", "formand") separate names and are left out.
	 * <p>
	 * A name is two to five words; a one-word mention ("Anne") is not returned, nor is a surname-first
	 * entry ("Hansen, Ane": the comma splits it; use {@link #givenNameFirst} on comma entries). Inside a
	 * run the rule that separates people is Danish word order: given names first, then the surname part,
	 * so a given name after a surname starts the next person. Each run is segmented by a small dynamic
	 * programme that prefers names ending in a known surname, two or three words long.
	 */
	static List<String> splitRunTogether(String text) {
		List<String> out = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		for (String chunk : HARD_BREAK.split(unglue(text))) {
			List<String> tokens = new ArrayList<>();
			for (String w : chunk.strip().split("\\s+")) {
				if (!w.isEmpty()) {
					tokens.add(stripEndPunctuation(w));
				}
			}
			segment(tokens, out);
		}
		return out;
	}

	/** "HansenPeter" → "Hansen Peter": a capital after two small letters starts a new word, but not after "Mc". */
	static String unglue(String text) {
		StringBuilder b = new StringBuilder(text.length() + 8);
		int wordStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isLetter(c)) {
				wordStart = i + 1;
			}
			else if (Character.isUpperCase(c) && i >= 2 && Character.isLowerCase(text.charAt(i - 1))
					&& Character.isLowerCase(text.charAt(i - 2)) && i + 1 < text.length()
					&& Character.isLowerCase(text.charAt(i + 1))
					&& !INNER_CAPITAL_PREFIXES.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
				b.append(' ');
				wordStart = i;
			}
			b.append(c);
		}
		return b.toString();
	}

	private static String stripEndPunctuation(String w) {
		if (isInitial(w)) {
			return w;
		}
		return w.replaceAll("[.!?'’\\-–—]+$", "");
	}

	/** Best split of one run of tokens into names; appends the names found. */
	private static void segment(List<String> tokens, List<String> out) {
		int n = tokens.size();
		if (n < 2) {
			return;
		}
		Kind[] k = new Kind[n];
		for (int i = 0; i < n; i++) {
			k[i] = kind(tokens.get(i));
		}
		// score[i][s]: best score of tokens [0, i); s = 1 when the last piece was a name ending at i
		double[][] score = new double[n + 1][2];
		int[][] from = new int[n + 1][2];
		int[][] fromState = new int[n + 1][2];
		for (double[] row : score) {
			java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
		}
		score[0][0] = 0;
		for (int i = 1; i <= n; i++) {
			// skip token i-1: a word that could have been a name costs a little
			double skipCost = k[i - 1] == Kind.OTHER || k[i - 1] == Kind.PARTICLE ? 0 : 1;
			for (int s = 0; s < 2; s++) {
				double v = score[i - 1][s] - skipCost;
				if (v > score[i][0]) {
					score[i][0] = v;
					from[i][0] = i - 1;
					fromState[i][0] = s;
				}
			}
			for (int len = 2; len <= 5 && len <= i; len++) {
				int j = i - len;
				for (int s = 0; s < 2; s++) {
					if (score[j][s] == Double.NEGATIVE_INFINITY || !validName(k, j, i, s == 1)) {
						continue;
					}
					double v = score[j][s] + nameScore(k, j, i);
					if (v > score[i][1]) {
						score[i][1] = v;
						from[i][1] = j;
						fromState[i][1] = s;
					}
				}
			}
		}
		List<String> found = new ArrayList<>();
		int i = n;
		int s = score[n][1] > score[n][0] ? 1 : 0;
		while (i > 0) {
			int j = from[i][s];
			if (s == 1) {
				found.add(0, String.join(" ", tokens.subList(j, i)));
			}
			s = fromState[i][s];
			i = j;
		}
		out.addAll(found);
	}

	/** Longer names and unknown first words are less likely; a known surname at the end more. */
	private static double nameScore(Kind[] k, int from, int to) {
		int n = to - from;
		double v = n;
		if (knownSurname(k[to - 1]) || k[to - 1] == Kind.SHAPED) {
			v += 1;
		}
		if (n == 4) {
			v -= 1;
		}
		else if (n == 5) {
			v -= 2.5;
		}
		if (k[from] == Kind.UNKNOWN || k[from] == Kind.INITIAL) {
			v -= 1.5;
		}
		// "… Gjessing Asger Andersen": a given name second after an unknown word starts the next person,
		// unless a known surname ended the person before ("Kim Dahl Nuka Marie Karlsen")
		if (k[from] == Kind.UNKNOWN && k[from + 1] == Kind.GIVEN && !(from > 0 && knownSurname(k[from - 1]))) {
			v -= 1;
		}
		// "Kim Dahl Nuka Marie Karlsen": an unknown word after a surname and before a given name is the
		// next person's first given name, not this one's last surname
		if (to < k.length && k[to] == Kind.GIVEN && k[to - 1] == Kind.UNKNOWN && n > 2 && knownSurname(k[to - 2])) {
			v -= 2;
		}
		return v;
	}
}
