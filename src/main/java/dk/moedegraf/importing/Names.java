package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person's name looks like in Danish minutes, and when two written forms are the same name. */
final class Names {

	private Names() {
	}

	/**
	 * Capitalised words that start sentences, headings and addresses rather than names. Folded keys.
	 * A person's first word is never one of these.
	 */
	private static final Set<String> NOT_FIRST = Set.of("der", "det", "den", "de", "dette", "disse", "hun", "han", "man", "vi", "jeg", "i", "her", "hvis",
			"nar", "som", "og", "men", "for", "til", "fra", "med", "ved", "pa", "om", "af", "efter", "under",
			"over", "kere", "venlig", "hilsen", "forum", "punkt", "pkt", "bilag", "tid", "sted", "dato",
			"referat", "dagsorden", "notat", "afbud", "deltagere", "ingen", "alle", "flere", "nogle",
			"enkelte", "station", "scenarie", "side", "emne", "sag", "sagsbehandler", "direkte", "telefon",
			"mobil", "mail", "sendt", "cc", "kopi", "indhold", "information", "beslutning", "beslutninger",
			"indstilling", "eventuelt", "meddelelser", "godkendelse", "status", "opfolgning", "orientering",
			"ny", "nyt", "nye", "samlet", "feles", "strategisk", "region", "kommune", "kobenhavns",
			"kobenhavn", "arhus", "aarhus", "born", "unge", "center", "centret", "ledersiden",
			"medarbejdersiden", "hovedmed", "lokalmed", "udvalget", "byradet", "radmanden", "direktionen",
			"socialudvalget", "et", "en", "ikke", "samtidig", "endelig", "derudover", "sidst", "desuden",
			"ift", "pba", "pga", "hele", "mode", "moder", "modet", "arbejdsgruppe", "arbejdsgruppen",
			"formand", "formanden", "nestformand", "direktor", "radmand", "borgmester", "kontorchef",
			"forvaltningschef", "dir", "tlf", "e", "o", "alliancen", "partnerskab", "partnerskabet",
			"netverket", "taskforcen", "case", "projektbeskrivelse", "vedhaftede", "vedhftede", "baggrund",
			"formal", "tidsplan", "lokale", "fortsatte", "lobende", "afsluttende", "midtvejsmode",
			"opstartsmode", "erfaringsseminar", "medlemmer", "gester", "observatorer", "sekretariat",
			"referent", "stilling", "navn", "reprasentant", "organisation", "aftale", "samarbejde",
			"samarbejdsfora", "fremtidig", "rekruttering", "uddannelse", "budget", "kl", "hvorfor", "hvordan",
			"hvad", "hvilke", "hvem", "tak", "kommunen", "regionen", "staten", "danske", "sundhed", "social",
			"teknik", "miljo", "kultur", "okonomi", "innovationsforslag", "investeringsforslag",
			"budgetforslag", "budgetnotat", "udlob", "dialogmode", "rammesetter", "opsummering", "sagsnummer",
			"dokumentnummer", "mellem", "ml", "via", "ja", "nej", "se", "jf", "fx", "bl", "mv", "dvs", "evt", "ca", "nr", "st",
			"sal", "radhuset", "teams", "online", "virtuelt", "onsdag", "mandag", "tirsdag", "torsdag",
			"fredag", "lordag", "sondag", "januar", "februar", "marts", "april", "maj", "juni", "juli",
			"august", "september", "oktober", "november", "december", "bernstorffsgade");

	/** Words that end organisation and place names rather than personal names. Folded keys. */
	private static final Set<String> NOT_LAST = Set.of("kommune", "kommunes", "region", "regionen", "universitet", "forum", "udvalg", "udvalget",
			"forvaltning", "forvaltningen", "center", "gruppe", "gruppen", "afdeling", "sekretariat",
			"sekretariatet", "skole", "skolen", "hus", "huset", "netverk", "netverket", "partnerskab", "a",
			"kasse", "jobcenter", "jobcenteret", "unge", "born", "uddannelse", "dagtilbud", "fritid",
			"forebyggelse", "administration", "personale", "ostjylland", "midtjylland", "hovedstaden",
			"sjelland", "syddanmark", "nordjylland", "v", "k", "o", "n", "s", "c", "j", "sv", "nv");

	private static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\p{Lu}\\.");

	/** Two to six words shaped like a Danish personal name: capitalised words, particles, initials ("S."). */
	static boolean looksLikeName(String s) {
		if (s == null) {
			return false;
		}
		String[] t = s.strip().split("\\s+");
		if (t.length < 2 || t.length > 6) {
			return false;
		}
		int words = 0;
		for (int i = 0; i < t.length; i++) {
			String w = t[i];
			boolean edge = i == 0 || i == t.length - 1;
			if (NameLexicon.isParticle(w) && !edge) {
				continue;
			}
			if (!TOKEN.matcher(w).matches()) {
				return false;
			}
			if (w.endsWith(".")) {
				if (edge) {
					return false;
				}
				continue;
			}
			words++;
		}
		String first = Fold.key(t[0]);
		String last = Fold.key(t[t.length - 1]);
		return words >= 2 && !NOT_FIRST.contains(first) && !NOT_LAST.contains(last) && !NOT_FIRST.contains(last)
				&& !isTitleWord(t[0]) && !looksLikeOrganisation(s)
				&& java.util.Arrays.stream(t).noneMatch(w -> collectiveEnding(Fold.key(w)));
	}

	/** One word that is a job title, in either case: "Chefkonsulent", "overlæge", "Direktør" ({@link NameLexicon#isTitle}). */
	static boolean isTitleWord(String word) {
		return NameLexicon.isTitle(word.replaceFirst("[.:,]$", ""));
	}

	/** Word stems of bodies and units; a text with one of them names an organisation, never a person. */
	private static final List<String> ORG_STEMS = List.of("hospital", "sygehus", "sekretariat", "forvaltning", "kommune",
			"region", "afdeling", "center", "centret", "centre", "klinik", "institut", "styrelse", "ministeri",
			"universitet", "college", "akademi", "fonden", "selskab", "forening", "forbund", "direktion", "enheden");

	/** "Hospitalsenheden Midt", "Center for Sundhed", "Regionssekretariatet": the text names an organisation. */
	static boolean looksLikeOrganisation(String s) {
		if (s == null) {
			return false;
		}
		for (String w : s.strip().split("[\\s\\-]+")) {
			String k = Fold.key(w);
			if (isTitleWord(w)) {
				continue; // "Afdelingschef", "Centerleder": a person's title
			}
			if (k.endsWith("enhed")) {
				return true;
			}
			for (String stem : ORG_STEMS) {
				if (k.contains(stem)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A name after leading title words, "Chefkonsulent Nanna Krogh" -> [Chefkonsulent, Nanna Krogh],
	 * "konstitueret direktør Bo Lind" -> [konstitueret direktør, Bo Lind]; a plain name -> [null, name]; else null.
	 */
	static String[] titledName(String s) {
		if (s == null) {
			return null;
		}
		String t = display(s);
		if (looksLikeName(t)) {
			return new String[] { null, t };
		}
		String[] w = t.split(" ");
		boolean title = false;
		for (int i = 0; i < Math.min(3, w.length - 2); i++) {
			boolean lower = Character.isLowerCase(w[i].charAt(0));
			if (!lower && !isTitleWord(w[i])) {
				return null;
			}
			title |= isTitleWord(w[i]);
			String rest = String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, w.length));
			if (title && looksLikeName(rest)) {
				return new String[] { String.join(" ", java.util.Arrays.copyOfRange(w, 0, i + 1)), rest };
			}
		}
		return null;
	}

	/** Compound nouns for bodies and efforts ("Rekrutteringsindsats", "Styregruppe") end no personal name. */
	private static boolean collectiveEnding(String lastKey) {
		for (String end : List.of("gade", "vej", "plads", "torv", "strede", "alle", "parken")) {
			// a compound ending in a street word is an address ("Grøndalsvej"); the bare word may be a surname (Gade)
			if (lastKey.endsWith(end) && lastKey.length() > end.length() + 2) {
				return true;
			}
		}
		for (String end : List.of("indsats", "gruppe", "gruppen", "forum", "udvalg", "udvalget", "netverk", "samarbejde",
				"partnerskab", "kommune", "center", "centret", "skole", "skolen", "uddannelse", "forening", "forbund",
				"sekretariat", "afdeling", "forvaltning", "ministeriet", "styrelsen", "radet", "mode", "moder",
				"projekt", "initiativ", "strategi", "politik", "omrade", "tilbud")) {
			if (lastKey.endsWith(end)) {
				return true;
			}
		}
		return false;
	}

	/** The words of a name as keys, e.g. "Lisbeth S. Andersen" -> [lisbeth, s, andersen]. */
	static List<String> words(String name) {
		List<String> out = new ArrayList<>();
		for (String w : name.strip().split("\\s+")) {
			String k = Fold.key(w).replace(" ", "");
			if (!k.isEmpty()) {
				out.add(k);
			}
		}
		return out;
	}

	/** Initials as minutes use them: first letters of each word and of each part of a double name; particles lower case (HvB). */
	static List<String> initials(String name) {
		StringBuilder all = new StringBuilder();
		StringBuilder hyphen = new StringBuilder();
		for (String w : name.strip().split("\\s+")) {
			if (NameLexicon.isParticle(w)) {
				all.append(w.charAt(0));
				hyphen.append(w.charAt(0));
				continue;
			}
			String[] parts = w.split("-");
			all.append(Character.toUpperCase(w.charAt(0)));
			for (String p : parts) {
				if (!p.isEmpty()) {
					hyphen.append(Character.toUpperCase(p.charAt(0)));
				}
			}
		}
		List<String> out = new ArrayList<>();
		out.add(all.toString());
		if (!hyphen.toString().equals(all.toString())) {
			out.add(hyphen.toString());
		}
		return out;
	}

	/** Same person's name as written twice: equal after folding, OCR confusions, or a doubled-letter typo. */
	static boolean sameName(String a, String b) {
		List<String> x = words(a);
		List<String> y = words(b);
		if (x.size() != y.size()) {
			return false;
		}
		for (int i = 0; i < x.size(); i++) {
			if (!wordSame(x.get(i), y.get(i))) {
				return false;
			}
		}
		return true;
	}

	static boolean wordSame(String a, String b) {
		return Fold.nameSame(a, b) || Fold.doubledLetterTypo(a, b);
	}

	/**
	 * The shorter name is the longer one with middle or last names left out ("Ole Kiil" for "Ole Kiil
	 * Jacobsen", "Tine Kock" for "Tine Kock Nielsen", "Lisbeth S. Andersen" for "Lisbeth Schmidt
	 * Andersen"): same first name, the other words in order, an initial standing for a word. Never
	 * true for a shared surname alone.
	 */
	static boolean isShortFormOf(String shorter, String longer) {
		List<String> s = words(shorter);
		List<String> l = words(longer);
		boolean initial = s.stream().anyMatch(w -> w.length() == 1);
		if (s.size() < 2 || s.size() > l.size() || s.size() == l.size() && !initial || !wordSame(s.get(0), l.get(0))
				|| sameName(shorter, longer)) {
			return false;
		}
		int j = 1;
		for (int i = 1; i < s.size(); i++) {
			String w = s.get(i);
			boolean found = false;
			while (j < l.size()) {
				String v = l.get(j++);
				if (w.length() == 1 ? v.startsWith(w) : wordSame(w, v)) {
					found = true;
					break;
				}
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

	static String display(String name) {
		return name.strip().replaceAll("\\s+", " ");
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}
}
