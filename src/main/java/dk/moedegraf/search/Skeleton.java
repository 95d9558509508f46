package dk.moedegraf.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The OCR-tolerant form of a name, used on both sides of a search. Minutes reach us through OCR and
 * keyboards without Danish letters, so København arrives as Kobenhavn, Kgbenhavn or Kobenhavn, Søberg
 * as Sgberg, Århus as Arhus or Aarhus, særligt as seerligt. Mapping every member of each confusable
 * group to one letter makes all of these the same word; the cost is a few extra candidates, which the
 * ranking sorts below exact matches.
 */
public final class Skeleton {

	private Skeleton() {
	}

	public static String of(String text) {
		String s = text.toLowerCase(Locale.ROOT)
				.replace("æ", "a").replace("ä", "a").replace("å", "a")
				.replace("ø", "o").replace("ö", "o").replace("0", "o");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		s = s.replaceAll("[^a-z0-9]+", " ");
		// OCR confusions: ø read as g, å as 4, æ as ee or ae; aa is the old spelling of å.
		s = s.replace('g', 'o').replace('4', 'a').replace("ee", "a").replace("ae", "a").replace("aa", "a");
		return s.strip().replaceAll(" +", " ");
	}

	public static List<String> tokens(String text) {
		String s = of(text);
		return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
	}
}
