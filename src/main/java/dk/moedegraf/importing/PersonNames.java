package dk.moedegraf.importing;

import static dk.moedegraf.importing.NameLexicon.PARTICLES;
import static dk.moedegraf.importing.NameLexicon.capitalised;
import static dk.moedegraf.importing.NameLexicon.isGivenName;
import static dk.moedegraf.importing.NameLexicon.isInitial;
import static dk.moedegraf.importing.NameLexicon.isNonNameWord;
import static dk.moedegraf.importing.NameLexicon.isPlace;
import static dk.moedegraf.importing.NameLexicon.isSurname;
import static dk.moedegraf.importing.NameLexicon.listedOrPatronymic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a whole person's name, read word by word with the {@link NameLexicon}: whether two to five
 * words are one name, the order of a surname-first entry, and where the names of a flattened run
 * ("Uffe Bro Ninka Lodahl Per Hansen") start and end.
 */
final class PersonNames {

	private PersonNames() {
	}

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
