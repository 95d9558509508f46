package dk.moedegraf.names;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folding for MATCHING only: the original text is always kept as evidence. Danish letters and the
 * ways OCR mangles them (ø read as g, æ as ee or a, å as a or 4) must compare equal, so both sides of
 * every comparison go through {@link #key} and then {@link #ocrSame}. One fold for the whole app: the
 * importer's resolver, the resolution keys ({@link NameKeys}) and search's skeleton all use it, so a name
 * an editor writes is found by an import and by a search alike.
 */
public final class Fold {

	private Fold() {
	}

	/**
	 * Resolution compares every written form with every name in the graph, so the same strings are
	 * folded again and again; a bounded memo keeps that cheap.
	 */
	private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	/** Lower case, accents and Danish letters folded, OCR doublings (ae/ee, aa) collapsed, only letters, digits and single spaces. */
	public static String key(String s) {
		if (s == null) {
			return "";
		}
		String cached = KEYS.get(s);
		if (cached != null) {
			return cached;
		}
		if (KEYS.size() > 200_000) {
			KEYS.clear();
		}
		String k = fold(s);
		if (s.length() < 200) {
			KEYS.put(s, k);
		}
		return k;
	}

	private static String fold(String s) {
		String letters = s.strip();
		if (letters.length() <= 3 && !letters.isEmpty() && letters.chars().allMatch(Character::isUpperCase)
				&& letters.chars().anyMatch(c -> c == 'Æ' || c == 'Ø' || c == 'Å')) {
			// a party letter or short acronym: Ø (Enhedslisten) is not O (Dansk Folkeparti), Å not A
			return letters.toLowerCase(Locale.ROOT);
		}
		String t = s.toLowerCase(Locale.ROOT).replace("æ", "e").replace("ø", "o").replace("å", "a");
		t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		t = t.replace("ae", "e").replace("ee", "e").replace("aa", "a").replace("oe", "o");
		StringBuilder b = new StringBuilder(t.length());
		boolean space = false;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (space && b.length() > 0) {
					b.append(' ');
				}
				b.append(c);
				space = false;
			}
			else if (c != '-' && c != '\'' && c != '’' && c != '.') {
				space = true;
			}
			else if (c == '-' || c == '.') {
				// hyphenated and abbreviated names compare on their letters; a hyphen still separates initials
				space = c == '.' ? true : space;
			}
		}
		return b.toString();
	}

	/** The words of a name, each folded ("Hans-Erik" is one word, as the resolver compares them). */
	public static List<String> words(String name) {
		return Arrays.stream(name.strip().split("\\s+")).map(w -> key(w).replace(" ", "")).filter(w -> !w.isEmpty()).toList();
	}

	/** The slug used in ids: folded, spaces to hyphens. Stable across re-imports because the input is. */
	public static String slug(String s) {
		String t = s == null ? "" : s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return t.length() > 60 ? t.substring(0, 60).replaceAll("-+$", "") : t;
	}

	/**
	 * Equal after folding, or equal but for letters OCR confuses (g/o for ø, 4/a for å, i/l, 1/l, 1/i, 0/o,
	 * s/o). Both arguments are already {@link #key}s.
	 */
	public static boolean ocrSame(String a, String b) {
		return same(a, b, true);
	}

	/** Like {@link #ocrSame} but only with the confusions seen inside names (ø read as g, å as 4, l as i or 1). */
	public static boolean nameSame(String a, String b) {
		return same(a, b, false);
	}

	private static boolean same(String a, String b, boolean broad) {
		if (a.equals(b)) {
			return true;
		}
		if (a.length() != b.length()) {
			return false;
		}
		int diffs = 0;
		for (int i = 0; i < a.length(); i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (!confusable(x, y, broad)) {
					return false;
				}
				diffs++;
			}
		}
		// a word that differs in most of its letters is another word, however confusable the letters
		return diffs * 3 <= a.length();
	}

	/**
	 * One letter per class of letters {@link #nameSame} lets stand for each other, runs of one letter
	 * collapsed (a doubled-letter typo): two words that are the same word to the resolver have the same skeleton,
	 * so an index on it finds every candidate (and a few more, which the resolver then rejects).
	 */
	public static String nameSkeleton(String word) {
		StringBuilder b = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = letterClass(word.charAt(i), false);
			if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
				b.append(c);
			}
		}
		return b.toString();
	}

	/**
	 * Like {@link #nameSkeleton} with nothing collapsed, for search: a query word is matched as a prefix,
	 * so "Kiil" must not shrink to "ki" (every Ki… and Kl… name); a doubled letter is the fuzzy match's job.
	 */
	public static String letters(String key) {
		StringBuilder b = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			b.append(letterClass(key.charAt(i), false));
		}
		return b.toString();
	}

	/** Like {@link #nameSkeleton} for {@link #ocrSame} (which keeps the length): one letter per broad class, nothing collapsed. */
	public static String ocrSkeleton(String key) {
		StringBuilder b = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			b.append(letterClass(key.charAt(i), true));
		}
		return b.toString();
	}

	/** The classes {@link #confusable} links (its pairs, closed under "confusable with a confusable"). */
	private static char letterClass(char c, boolean broad) {
		return switch (c) {
			case 'i', 'l', '1' -> 'i';
			case 'g', 'o', '0' -> 'o';
			case 'a', '4' -> broad ? 'o' : 'a';
			case 's', 'e', 'c' -> broad ? 'o' : c;
			default -> c;
		};
	}

	private static boolean confusable(char x, char y, boolean broad) {
		String pair = "" + (char) Math.min(x, y) + (char) Math.max(x, y);
		return switch (pair) {
			case "go", "4a", "il", "1l", "1i", "0o" -> true;
			// in keywords ø also comes out as s or e, and æ as a; too loose for telling names apart
			case "os", "eo", "ce", "ae", "ao" -> broad;
			default -> false;
		};
	}

	/** True when {@code text} (a key) starts with {@code keyword} (a key), OCR-tolerantly, at a word boundary. */
	public static boolean startsWithWord(String text, String keyword) {
		if (text.length() < keyword.length()) {
			return false;
		}
		if (text.length() > keyword.length() && Character.isLetterOrDigit(text.charAt(keyword.length()))) {
			return false;
		}
		return ocrSame(text.substring(0, keyword.length()), keyword);
	}

	/** Same word but for one letter typed twice or once too many ("Birgittte"): a typo, not another name. */
	public static boolean doubledLetterTypo(String a, String b) {
		if (Math.abs(a.length() - b.length()) != 1) {
			return false;
		}
		String longer = a.length() > b.length() ? a : b;
		String shorter = longer == a ? b : a;
		for (int i = 0; i < longer.length(); i++) {
			if (i > 0 && longer.charAt(i) == longer.charAt(i - 1)
					&& (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
				return true;
			}
		}
		return false;
	}
}
