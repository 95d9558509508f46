package dk.moedegraf.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of Danish minutes the attendance rules share, compiled once: the headings of member and
 * attendance lists and what each says about the people under it, party letters (Danish and Greenlandic),
 * role words, and the words that end a list. A new heading or party goes here, not into a rule.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	/** What a list heading says about the people under it. */
	enum ListKind {
		MEMBER, PRESENT, ABSENT, GUEST
	}

	/**
	 * A heading, what it says, and the role it gives (referent, mødeleder …) or null; {@code colonOnly}: a
	 * heading only with a colon ("Bestyrelsen: Ole Lund, Eva Holm"), a word of prose without.
	 */
	record Heading(Pattern pattern, ListKind kind, String role, boolean colonOnly) {
	}

	private static Heading h(String regex, ListKind kind, String role) {
		return h(regex, kind, role, false);
	}

	private static Heading h(String regex, ListKind kind, String role, boolean colonOnly) {
		return new Heading(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])"), kind, role, colonOnly);
	}

	/** Longest first, so that "Fraværende med afbud" wins over "Fraværende". */
	static final List<Heading> HEADINGS = List.of(
			h("fraværende\\s+(?:med|uden)\\s+afbud", ListKind.ABSENT, null),
			h("(?:der\\s+(?:er|var)\\s+)?(?:meldt\\s+)?afbud\\s+fra", ListKind.ABSENT, null),
			h("fraværende|afbud|udeblev|forfald|ikke\\s+til\\s+stede|ikke\\s+mødt", ListKind.ABSENT, null),
			h("i\\s+mødet\\s+deltog(?:\\s+følgende)?|i\\s+mødet\\s+deltager|til\\s*stede\\s+var|til\\s*stede|mødt\\s+var"
					+ "|(?:møde)?deltagere|deltager|fremmødte|tilstedeværende|mødt|telefonisk|deltog\\s+(?:pr\\.\\s+)?telefon(?:isk)?",
					ListKind.PRESENT, null),
			// "Vi havde deltagelse af vores taskforce, som er:"
			h("deltagelses?\\s+af", ListKind.PRESENT, null, true),
			h("mødeleder|dirigent|ordstyrer", ListKind.PRESENT, "mødeleder"),
			h("suppleanter|stedfortrædere", ListKind.PRESENT, "suppleant"),
			h("(?:desuden|endvidere|derudover|herudover)\\s+deltog|fra\\s+(?:administrationen|forvaltningen|sekretariatet|ledelsen|direktionen)"
					+ "(?:\\s+deltog)?|særligt\\s+indkaldt|gæster|gæst|embedsmænd|tilforordnede|observatører|tolke?",
					ListKind.GUEST, null),
			h("referent|protokolfører|sekretær|sekretariatet|sekretariat", ListKind.GUEST, "referent"),
			h("(?:hoved|kreds|skole|organisations)?bestyrelsen|udvalget|rådet", ListKind.PRESENT, null, true),
			h("medlemmerne\\s+(?:af|i)\\s+[^:\\n]{2,60}?\\s+er|oversigt\\s+over\\s+[^:\\n]{0,40}medlemmer|medlemmer|"
					+ "bestyrelsesmedlemmer|udvalgsmedlemmer|\\p{L}*(?:bestyrelsen|udvalget|rådet)\\s+består\\s+af",
					ListKind.MEMBER, null));

	/** Where a list ends in flattened text: agenda and case words that no name list holds. */
	static final Pattern LIST_END = Pattern.compile("(?u)(?<![\\p{L}])(?:Dagsorden(?:en)?|DAGSORDEN|Bemærkninger|"
			+ "Sagsfremstilling|Beslutning|Indstilling|Indholdsfortegnelse|Referat|REFERAT|PKT\\.|Pkt\\.|Punkt|Ad\\s+punkt|"
			+ "Mødeform|Mødet\\s|Godkendelse|Orientering|Meddelelser|Sagsnr|Bilag|FORTEGNELSE|Luk\\s+alle)(?![\\p{L}])"
			+ "|(?<=\\s|^)(?<!(?:punkt|pkt\\.?)\\s)\\d{1,2}[.)]\\s+(?=\\p{Lu}\\p{Ll})|(?<=\\s|^)(?<!(?:punkt|pkt\\.?)\\s)\\d{1,2}\\)\\s");

	/** Party labels as lists write them, Danish letters and Greenlandic parties. */
	private static final Set<String> PARTIES = Set.of("a", "b", "c", "d", "f", "i", "k", "m", "o", "v", "ø", "å", "æ", "ia",
			"s", "sam", "pn", "n", "nq", "sa", "lg", "siumut", "atassut", "naleraq", "demokraatit", "inuit ataqatigiit",
			"partii naleraq", "nunatta qitornai", "samarbejdspartiet", "løsgænger", "uden for partierne", "ufp", "el", "df",
			"sf", "rv", "kd", "ka", "dd", "nb", "sp", "ø-listen");

	/** "A", "IA", "Siumut", "løsgænger": a party label as minutes write it after a name. */
	static boolean isParty(String s) {
		String k = s.strip().replaceAll("^[(]+|[)]+$", "").strip().toLowerCase(Locale.ROOT);
		return PARTIES.contains(k);
	}

	/** Role words written beside a name: "(formand)", ", næstformand", "(referent)". */
	private static final Pattern ROLE = Pattern.compile("(?iu)^(?:\\d\\.\\s*)?(?:formand|næstformand|forperson|"
			+ "næstforperson|viceformand|borgmester|viceborgmester|\\d\\.\\s*viceborgmester|referent|sekretær|protokolfører|kasserer|"
			+ "mødeleder|dirigent|observatør|suppleant|stedfortræder|menigt\\s+medlem|medlem|tilforordnet|tolk|"
			+ "[\\p{L}]*repræsentant|tr|amr|tillidsrepræsentant|gæst|oplægsholder|konstitueret\\s+\\p{L}+)"
			+ "(?:en|et|er|ne)?(?![\\p{L}]).*");

	static boolean isRole(String s) {
		return ROLE.matcher(s.strip()).matches();
	}

	/** The role word of a role phrase, lower case: "Næstformand (fra punkt 3)" → "næstformand". */
	static String role(String s) {
		String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("^\\d\\.\\s*", "");
		String w = k.split("[\\s,(]+")[0].replaceFirst("(?<=formand|referent|sekretær|suppleant)(?:en|et)$", "");
		return w.isEmpty() ? null : w;
	}

	/** "suppleant for X", "stedfortræder for X", "i stedet for X": the absent member's name, else null. */
	static final Pattern SUBSTITUTE_FOR = Pattern.compile(
			"(?iu)(?:suppleant|stedfortræder|vikar|substitut)\\s+for\\s+(.+)|i\\s+stedet\\s+for\\s+(.+)");

	/** The lower-case nouns for a body of an organisation: "Friluftsrådets bestyrelse", "KL's sekretariat". */
	private static final Pattern BODY_WORD = Pattern.compile("(?iu)(?:hoved)?(?:bestyrelse|sekretariat|udvalg|råd|"
			+ "repræsentantskab|direktion|ledelse|forvaltning|administration|afdeling|kreds)(?:en|et|s)?");

	static boolean isBodyWord(String w) {
		return BODY_WORD.matcher(w).matches();
	}

	/** "deltog fra punkt 3", "gik kl. 15", "deltog under punkt 4": partial attendance, still present. */
	static final Pattern PARTIAL = Pattern.compile("(?iu)(?:fra|til|under)\\s+(?:punkt|pkt\\.?)|gik\\s+kl|kom\\s+kl|deltog\\s+(?:under|fra|på)");
}
