package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document as numbered lines, each in three forms: raw (the evidence), clean (markdown, HTML
 * and bullet marks stripped, split words re-joined) and key (folded for matching).
 */
final class Lines {

	/** Bullets as PDF-to-text and OCR render them: •, -, –, *, o, e, ¢ and the private-use glyphs of Symbol fonts. */
	private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦‣●○■□►➢✓¢\\uE000-\\uF8FF]\\s*|[*\\-–]\\s+|[oe]\\s+(?=\\p{Lu}))");

	private static final Pattern MARKUP = Pattern.compile("</?(?:b|i|u|p|strong|em|br|span|div)\\s*/?>|\\*\\*|__|^#{1,6}\\s*");

	/** "repræ- sentant", "Grou- lef": a word split by a hyphen and a space, unless the hyphen is a real suspension ("efter- og"). */
	private static final Pattern SPLIT_WORD = Pattern.compile("(\\p{L})- (?!og\\b|eller\\b|til\\b|samt\\b)(\\p{Ll})");

	final List<String> raw;
	final List<String> clean;
	final List<String> key;
	final boolean[] bullet;

	Lines(String text) {
		String[] parts = text.split("\n", -1);
		raw = List.of(parts);
		clean = new ArrayList<>(parts.length);
		key = new ArrayList<>(parts.length);
		bullet = new boolean[parts.length];
		for (int i = 0; i < parts.length; i++) {
			String c = parts[i].replace('\u00A0', ' ').strip();
			c = MARKUP.matcher(c).replaceAll("").strip();
			// emphasis markers around a whole line (*Visitation:*)
			c = c.replaceAll("^[*_]+|[*_]+$", "").strip();
			var m = BULLET.matcher(c);
			if (c.length() > 2 && m.find()) {
				bullet[i] = true;
				c = c.substring(m.end()).strip();
			}
			c = SPLIT_WORD.matcher(c).replaceAll("$1$2");
			clean.add(c);
			key.add(Fold.key(c));
		}
	}

	int size() {
		return raw.size();
	}

	/** 1-based line number of index i. */
	static int no(int i) {
		return i + 1;
	}

	boolean blank(int i) {
		return clean.get(i).isEmpty();
	}

	/** Index of the next non-blank line at or after i, or size(). */
	int nextNonBlank(int i) {
		while (i < size() && blank(i)) {
			i++;
		}
		return i;
	}

	int prevNonBlank(int i) {
		while (i >= 0 && blank(i)) {
			i--;
		}
		return i;
	}
}
