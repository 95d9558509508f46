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

	/**
	 * Bullets as they reach the lines: •, ·, ▪, -, –, *, ✓ and ¢ (OCR's •). Other shapes, symbol fonts' private-use
	 * glyphs and a lone o or e are • by then ({@link Reflow#asPrinted}).
	 */
	private static final Pattern BULLET = Pattern.compile("^(?:[•·▪✓¢]\\s*|[*\\-–]\\s+)");

	private static final Pattern MARKUP = Pattern.compile("</?(?:b|i|u|p|strong|em|br|span|div)\\s*/?>|\\*\\*|__|^#{1,6}\\s*");

	/** "repræ- sentant", "Grou- lef": a word split by a hyphen and a space, unless the hyphen is a real suspension ("efter- og"). */
	private static final Pattern SPLIT_WORD = Pattern.compile("(\\p{L})- (?!og\\b|eller\\b|til\\b|samt\\b)(\\p{Ll})");

	/** Lead characters that UTF-8's 0xC3 (the first byte of æ, ø, å, é …) becomes when read as DOS or Windows text. */
	private static final Pattern MOJIBAKE = Pattern.compile("[├Ã][\\u0080-\\u2FFF]");

	private static final List<java.nio.charset.Charset> MISREAD_AS = java.util.stream.Stream
		.of("IBM852", "IBM850", "windows-1252", "ISO-8859-1")
		.filter(java.nio.charset.Charset::isSupported)
		.map(java.nio.charset.Charset::forName)
		.toList();

	/**
	 * UTF-8 text that was read as a DOS or Windows code page on its way: "Regionsr├ądet", "KÃ¸benhavn". Each pair
	 * that encodes back to the two bytes of one UTF-8 letter is that letter; the line count stays as it was.
	 */
	static String repairEncoding(String text) {
		if (text.indexOf('├') < 0 && text.indexOf('Ã') < 0) {
			return text;
		}
		return MOJIBAKE.matcher(text).replaceAll(m -> {
			for (java.nio.charset.Charset cs : MISREAD_AS) {
				byte[] b = m.group().getBytes(cs);
				if (b.length == 2 && (b[0] & 0xFF) == 0xC3 && (b[1] & 0xC0) == 0x80) {
					return java.util.regex.Matcher.quoteReplacement(new String(b, java.nio.charset.StandardCharsets.UTF_8));
				}
			}
			return java.util.regex.Matcher.quoteReplacement(m.group());
		});
	}

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
			String c = parts[i].strip();
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
