package dk.moedegraf.search;

import java.util.Arrays;
import java.util.List;

import dk.moedegraf.names.Fold;

/**
 * The OCR-tolerant form of a name, used on both sides of a search. Minutes reach us through OCR and
 * keyboards without Danish letters, so København arrives as Kobenhavn, Kgbenhavn or Koebenhavn, Søberg
 * as Sgberg, Århus as Arhus or Aarhus, særligt as seerligt. It is the resolver's fold ({@link Fold#key})
 * with each word's letters in the resolver's classes ({@link Fold#letters}): one fold for resolving and searching,
 * so what an import takes for one name a search finds as one. The cost is a few extra candidates
 * (i read as l, g as ø), which the ranking sorts below exact matches.
 */
public final class Skeleton {

	private Skeleton() {
	}

	public static String of(String text) {
		return String.join(" ", tokens(text));
	}

	public static List<String> tokens(String text) {
		String k = Fold.key(text);
		return k.isEmpty() ? List.of() : Arrays.stream(k.split(" ")).map(Fold::letters).toList();
	}
}
