package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Status;

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
		return new Heading(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + asScanned(regex) + ")(?![\\p{L}])"), kind, role, colonOnly);
	}

	/** A heading as a scan or an old typewriter spells it: "Fravaerende", "Fremmoedte", "Tilstedevaerende". */
	private static String asScanned(String regex) {
		return regex.replace("æ", "(?:æ|ae)").replace("ø", "(?:ø|oe)").replace("å", "(?:å|aa)");
	}

	/** The words before whom the people after them sit for: "Fra KL:", "for FOA Vestby:", "På vegne af KL:", "Repræsentanter for DH:". */
	static final String ON_BEHALF_OF = "(?:[Ff]ra|[Ff]or|[Pp]å\\s+vegne\\s+af|[Rr]epræsentant(?:er)?\\s+(?:for|fra))";

	/** The offices whose people attend as officials: "fra forvaltningen", "Fra administrationen deltog". */
	static final String OFFICES = "(?:administrationen|forvaltningen|sekretariatet|ledelsen|direktionen)";

	/** Longest first, so that "Fraværende med afbud" wins over "Fraværende". */
	static final List<Heading> HEADINGS = List.of(
			h("fraværende\\s+(?:med|uden)\\s+afbud", ListKind.ABSENT, null),
			// "Afbud med stedfortræder: Carl Eg (O) - Dan Fisk (O)": after the dash, who came in the member's place
			h("(?:afbud|fravær(?:ende)?)\\s+(?:med|uden)\\s+(?:stedfortræder|suppleant)(?:e|er|en)?", ListKind.ABSENT, null),
			// "Medlemmer med afbud:" before "medlemmer" reads them as members who came
			h("(?:medlemmer|deltagere)\\s+(?:med\\s+afbud|fraværende|ikke\\s+til\\s+stede)", ListKind.ABSENT, null),
			h("(?:der\\s+(?:er|var)\\s+)?(?:meldt\\s+)?afbud\\s+fra", ListKind.ABSENT, null),
			// "Deltog ikke:" before "deltog" can read it as a list of who came
			h("(?:deltog|mødte|deltager)\\s+ikke|ikke\\s+(?:deltagende|deltaget)", ListKind.ABSENT, null),
			// "Fraværende var Karen Bech og Jens Krog.": the heading with its verb, as "Til stede var"
			h("fraværende\\s+var|fraværende|fravær|afbud|udeblev|forfald|ikke\\s+til\\s*stede|ikke\\s+tilstedeværende|ikke\\s+mødt", ListKind.ABSENT, null),
			// "Tilstedeværende bestyrelsesmedlemmer:", "Fremmødte medlemmer:": who came, before the members' word reads them as members
			h("(?:tilstedeværende|fremmødte|deltagende|mødte)\\s+\\p{L}*medlemmer", ListKind.PRESENT, null),
			// minutes in English (universities, international boards): "Present:", "Apologies:", "Also present:"
			h("absent|apologies|not\\s+present|regrets", ListKind.ABSENT, null, true),
			h("also\\s+present|in\\s+attendance|guests?|observers?", ListKind.GUEST, null, true),
			h("present|attendees|participants|attending", ListKind.PRESENT, null, true),
			h("minutes(?:\\s+taken\\s+by)?|minute\\s+taker|secretary", ListKind.GUEST, "referent", true),
			h("chair(?:man|person|woman)?", ListKind.PRESENT, "formand", true),
			// "Øvrige deltagere:" lists who came besides the members, before "deltagere" reads them as members
			h("(?:øvrige|andre)\\s+(?:deltagere|fremmødte)", ListKind.GUEST, null),
			h("øvrige|andre\\s+deltagere", ListKind.GUEST, null, true),
			// "Til stede fra forvaltningen:": officials, not members
			h("(?:til\\s*stede|deltagere|deltog)\\s+fra\\s+(?:administrationen|forvaltningen|sekretariatet|direktionen)", ListKind.GUEST, null),
			// "Deltagere fra BUPL:": who came, for the organisation named (ListRules reads it)
			h("(?:til\\s*stede|deltagere|deltog|mødt)\\s+fra\\s+(?-i:\\p{Lu})[^:\\n]{0,60}?(?=[ \\t]*:)", ListKind.PRESENT, null),
			h("i\\s+mødet\\s+deltog(?:\\s+(?:følgende|desuden|også|endvidere))?|i\\s+mødet\\s+deltager|følgende\\s+(?:deltog|deltager|mødte|var\\s+til\\s*stede)"
					+ "|til\\s*stede\\s+var|til\\s*stede|mødt\\s+var"
					+ "|(?:møde)?deltagere|deltagerliste|deltagende|deltager|fremmødte|tilstedeværende|mødt|telefonisk"
					+ "|deltog\\s+(?:pr\\.\\s+)?telefon(?:isk)?",
					ListKind.PRESENT, null),
			// "Vi havde deltagelse af vores taskforce, som er:"
			h("deltagelses?\\s+af", ListKind.PRESENT, null, true),
			h("mødeleder|dirigent|ordstyrer", ListKind.PRESENT, "mødeleder"),
			h("suppleanter|stedfortrædere", ListKind.PRESENT, "suppleant"),
			// "Stedfortræder: Per Ravn (V)" opening a line under the members: one who stood in. Inside a line ("og 1.
			// suppleant: Per Ravn") it is an entry's, and "Stedfortræder: Per Ravn for Ida Krog" the substitute rules read whole
			h("(?<![^\\n])[ \\t]*(?-i:S)(?:uppleant|tedfortræder)(?=\\s*:(?![^\\n]*\\sfor\\s))", ListKind.PRESENT, "suppleant", true),
			h("(?:desuden|endvidere|derudover|herudover)\\s+deltog|som\\s+gæst(?:er)?\\s+deltog|fra\\s+" + OFFICES
					+ "(?:\\s+deltog)?|særligt\\s+indkaldt|gæster|gæst|embedsmænd|tilforordnede|observatører|tolke?",
					ListKind.GUEST, null),
			// "Referent var Lone Sand." before "referent" alone, which a lower-case word after does not head
			h("referent\\s+var|referent\\s+er", ListKind.GUEST, "referent"),
			h("referent|protokolfører|sekretær|sekretariatet|sekretariat", ListKind.GUEST, "referent"),
			// "Deltog: Ole Lund, Eva Holm" with its colon, after the headings that hold the word ("Desuden deltog:");
			// without a colon, "deltog" is a sentence's verb
			h("deltog", ListKind.PRESENT, null, true),
			// "Bestyrelsen (for Foreningen Nordlys) består af:" before "Bestyrelsen:" reads it as who came
			h("\\p{L}*(?:bestyrelsen|udvalget|rådet)(?:\\s+(?:for|i|på|ved)\\s+[^:\\n]{2,60}?)?\\s+består\\s+af", ListKind.MEMBER, null),
			// a table's header "Medlem⇥Suppleant⇥Udpeget af", "Navn⇥Organisation" with no column of who came: a table of members
			h("(?<![^\\n])[ \\t]*(?:medlem|navn)(?=\\t[^\\n]*(?:udpeget|repræsentant\\s+for|repræsenterer|indstillet|organisation|valgt\\s+(?:af|blandt)|valgperiode))"
					+ "(?![^\\n]*(?:fremmøde|til\\s*stede|tilstede|afbud|deltog|mødt|fraværende|status))", ListKind.MEMBER, null),
			// "Medlemmer udpeget af Vestby Byråd: Ole Lund, Kim Overvad": members, for whom the heading names (ListRules reads it)
			h("(?:medlemmer|repræsentanter)\\s+(?:udpeget|valgt|indstillet|udnævnt)\\s+(?:af|fra)\\s+(?-i:\\p{Lu})[^:\\n]{0,60}?(?=[ \\t]*:)",
					ListKind.MEMBER, null),
			h("\\p{L}{0,20}bestyrelsen|udvalget|rådet", ListKind.PRESENT, null, true),
			// "Forældrerepræsentanter: Ida Krog, Per Ravn" / "Medarbejderrepræsentanter: …": the members by the group they sit for
			h("\\p{L}{3,}repræsentanter", ListKind.MEMBER, null, true),
			// "Indkaldt:" / "Mødeindkaldte:": who was called; the afbud say who of them did not come
			h("(?:møde)?indkaldte?|indbudte", ListKind.MEMBER, null, true),
			h("medlemmerne\\s+(?:af|i)\\s+[^:\\n]{2,60}?\\s+er|medlemmer\\s+(?:af|i)\\s+[^:\\n,]{1,60}?(?:,?\\s+(?:valgperioden?|perioden?)\\s+\\d{4}\\s*[-–]\\s*\\d{2,4})?(?=[ \\t]*:?[ \\t]*(?:\\n|$))|oversigt\\s+over\\s+[^:\\n]{0,40}medlemmer|(?-i:\\p{Lu})\\p{L}+(?:et|en)s\\s+medlemmer|medlemmer|"
					+ "bestyrelsesmedlemmer|udvalgsmedlemmer",
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

	/**
	 * A municipality or a region by its name ("Vestby Kommune", "Kommuneqarfik Sermersooq", "Region Midtjylland"): beside a
	 * party in a body of municipalities ("Borgmester Ole Lund (V), Vestby Kommune") the one the member sits there for.
	 */
	static boolean isAuthority(String organisation) {
		return organisation != null && AUTHORITY.matcher(organisation).matches();
	}

	private static final Pattern AUTHORITY = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?\\s+Kommune"
			+ "|Kommuneqarfik\\s+\\p{Lu}\\p{L}+|Region\\s+\\p{Lu}[\\p{L}\\-]+");

	/** "A", "IA", "Siumut", "løsgænger": a party label as minutes write it after a name. */
	static boolean isParty(String s) {
		String k = s.strip().replaceAll("^[(]+|[)]+$", "").strip().toLowerCase(Locale.ROOT);
		return PARTIES.contains(k);
	}

	/** A party's name written out ("Siumut", "Venstre", "Inuit Ataqatigiit"), not its letter: a group's label on a line of its own. */
	static boolean isPartyName(String s) {
		String t = s.strip();
		return t.length() > 3 && Character.isUpperCase(t.codePointAt(0)) && (PARTY_LETTERS.containsValue(t) || isParty(t));
	}

	/** The representatives' abbreviations, "TR", "AMiR"; as one word matched exactly (two or three letters are too short to allow for OCR). */
	private static final Set<String> ROLE_ABBREVIATIONS = Set.of("tr", "ftr", "amr", "amir");

	/** Role words shortened with a full stop ("fmd.", "suppl."), in lower case, and the word each stands for ({@link Reflow#roleWords}). */
	static final Map<String, String> ROLE_SHORTHANDS = Map.of("fmd", "formand", "nfmd", "næstformand", "næstfmd", "næstformand",
			"suppl", "suppleant", "stedf", "stedfortræder", "repr", "repræsentant", "kass", "kasserer", "sekr", "sekretær");

	/** Role words written beside a name: "(formand)", ", næstformand", "(referent)". */
	private static final Pattern ROLE = Pattern.compile("(?iu)^(?:\\d\\.\\s*)?(?:formand|næstformand|forperson|"
			+ "næstforperson|viceformand|borgmester|viceborgmester|\\d\\.\\s*viceborgmester|referent|sekretær|protokolfører|kasserer|"
			+ "mødeleder|dirigent|observatør|suppleant|stedfortræder|menigt\\s+medlem|medlem|tilforordnet|tolk|"
			+ "[\\p{L}]*repræsentant|" + String.join("|", ROLE_ABBREVIATIONS) + "|tillidsrepræsentant|gæst|oplægsholder|"
			+ "konstitueret\\s+\\p{L}+|(?:vice-?\\s*|deputy\\s+)?chair(?:man|person|woman)?|secretary|treasurer|observer)"
			+ "(?:en|et|er|ne)?(?![\\p{L}]).*");

	static boolean isRole(String s) {
		return ROLE.matcher(s.strip()).matches();
	}

	/** The role word of a role phrase, lower case: "Næstformand (fra punkt 3)" → "næstformand". */
	static String role(String s) {
		String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("^\\d\\.\\s*", "");
		String w = k.split("[\\s,(]+", 2)[0].replaceFirst("(?<=formand|referent|sekretær|suppleant)(?:en|et)$", "");
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

	/** Nouns for kinds of organisation, written in lower case inside a name: "De almene boligorganisationer". */
	private static final Pattern ORGANISATION_NOUN = Pattern.compile("(?iu)\\p{L}*(?:organisation|forening|forbund|institution|"
			+ "selskab|virksomhed)(?:en|er|erne|s)?");

	static boolean isOrganisationNoun(String w) {
		return ORGANISATION_NOUN.matcher(w).matches();
	}

	/** "deltog fra punkt 3", "gik kl. 15", "deltog under punkt 4": partial attendance, still present. */
	static final Pattern PARTIAL = Pattern.compile("(?iu)(?:fra|til|under)\\s+(?:punkt|pkt\\.?)|gik\\s+kl|kom\\s+kl|deltog\\s+(?:under|fra|på)");

	/** After "deltog ikke": "under punkt 3", "i behandlingen af sagen": one item's, not the meeting's. */
	static final String NOT_FOR_AN_ITEM = "(?!\\s+(?:under|ved|i\\s+(?:behandling|drøftelse|afstemning|punkt|pkt)))";

	/** "Alle medlemmer undtagen" opening a list of who came: the names after it stayed away. */
	static final Pattern ALL_EXCEPT = Pattern.compile("(?iu)\\s*alle\\s+(?:\\p{L}+\\s+){0,3}?undtagen\\s+(?:fra\\s+)?");

	/** "Eva Holm (V) (afbud)", "Per Ravn - fraværende": a note beside a listed name that they did not come. */
	static final Pattern AWAY_NOTE = Pattern.compile("(?iu)(?:meldt\\s+)?afbud|fraværende|fravær|forhindret|ikke\\s+(?:til\\s*stede|mødt|deltaget)|udeblev|udeblevet"
			+ "|(?:deltog|mødte)\\s+ikke");

	/** "(syg)", "(ferie)", "(barsel)": why a listed person was away, no title. */
	static final Pattern AWAY_REASON = Pattern.compile("(?iu)syg(?:dom|emeldt)?|ferie|barsel(?:sorlov)?|orlov|inhabil");

	/** "udpeget af KEA", "repræsentant for FOA", "valgt blandt forældrene": whom a member sits for; group 1 or 2. */
	static final Pattern APPOINTED_BY = Pattern.compile("(?iu)(?:(?:udpeget|valgt|indstillet|udnævnt)\\s+(?:af|fra)"
			+ "|repræsentant\\s+(?:fra|for)):?\\s+(.{2,80})|(?:udpeget|valgt)\\s+blandt\\s+((?-i)\\p{Lu}.{1,80})");

	/** The organisation an "udpeget af X" note names, whole note matched, or null. */
	static String appointedBy(String note) {
		Matcher by = APPOINTED_BY.matcher(note);
		return by.matches() ? (by.group(1) != null ? by.group(1) : by.group(2)).strip() : null;
	}

	/** "Ole Lund - Til stede", "Eva Holm: Deltog ikke": what became of a listed person, in a word or two after the name. */
	static final Pattern STATUS_NOTE = Pattern.compile(AWAY_NOTE.pattern() + "|til\\s*stede|deltog|deltager|mødt|fremmødt"
			+ "|(?:deltog|deltager|til\\s*stede)\\s+(?:via|på|over|pr\\.?)\\s+(?:teams|zoom|skype|video|telefon|link)");

	// ---------------------------------------------------------------- the layout steps of MinutesParser

	/**
	 * The layout parser's attendance headings ({@link LayoutLists}), folded, with the status they give to the
	 * people listed under them. The rules of {@link AttendanceRules} read the fuller {@link #HEADINGS}.
	 */
	static final List<Map.Entry<String, Status>> LAYOUT_HEADINGS = List.of(
			Map.entry("ikke til stede", Status.ABSENT), Map.entry("afbud fra", Status.ABSENT),
			Map.entry("afbud", Status.ABSENT), Map.entry("fraverende", Status.ABSENT),
			Map.entry("forhindret", Status.ABSENT), Map.entry("modedeltagere", Status.PRESENT),
			Map.entry("deltagere", Status.PRESENT), Map.entry("tilstedeverende", Status.PRESENT),
			Map.entry("til stede", Status.PRESENT), Map.entry("tilstede", Status.PRESENT), Map.entry("fremmodte", Status.PRESENT),
			Map.entry("medlemmer", Status.PRESENT), Map.entry("deltog", Status.PRESENT),
			Map.entry("gester", Status.GUEST), Map.entry("gest", Status.GUEST),
			Map.entry("observatorer", Status.GUEST), Map.entry("observator", Status.GUEST),
			Map.entry("sekretariat", Status.GUEST), Map.entry("referent", Status.GUEST),
			Map.entry("desuden deltog", Status.GUEST), Map.entry("endvidere deltog", Status.GUEST),
			Map.entry("modeleder", Status.PRESENT), Map.entry("ordstyrer", Status.PRESENT));

	private static final List<String> ROLE_WORDS = List.of("formand", "forperson", "nestformand", "nestforperson",
			"forkvinde", "suppleant", "stedfortreder", "referent", "ordstyrer", "modeleder", "sekreter", "observator",
			"tovholder", "chair", "chairman", "chairperson", "chairwoman", "vicechair", "secretary", "treasurer");

	/** One role word, OCR-tolerant: "formand", "Næstformanden", "fonnand"; "TR", "AMiR". */
	static boolean isRoleWord(String s) {
		String k = Fold.key(s);
		if (ROLE_ABBREVIATIONS.contains(k)) {
			return true;
		}
		for (String w : ROLE_WORDS) {
			if (Fold.ocrSame(k, w) || k.equals(w + "en")) {
				return true;
			}
		}
		return false;
	}

	/** Verbs that follow a speaker's name in minutes, as folded stems. */
	private static final List<String> SPEECH = List.of("bemerk", "svar", "supler", "rammeset", "sporg", "nevn",
			"understreg", "takk", "orienter", "kvitter", "bekreft", "preciser", "folger op", "er enig", "anerkend",
			"efterspor", "opfordr", "udtryk", "fortel", "konstater", "uddyb", "tilfoj", "foresl", "presenter",
			"informer", "redegor", "indled", "spurgte", "oplys", "har faet", "mener", "papeg", "abn", "afslut",
			"fremhev", "giver", "gennemgik", "gennemgar", "fortalte", "sagde");

	static boolean isSpeechVerb(String verb) {
		for (String v : SPEECH) {
			if (verb.length() >= v.length() && Fold.ocrSame(verb.substring(0, v.length()), v)) {
				return true;
			}
		}
		return false;
	}

	/** A header cell of a table of people: "Navn", "Organisation", "Fremmøde", "Bemærkning". */
	static final Pattern COLUMN_HEADER = Pattern.compile("(?iu)navn|medlem|deltager|funktion|titel|stilling|rolle|organisation"
			+ "|forening|repræsenterer|repræsentant\\s+for|parti|fremmøde|til\\s*stede|afbud|deltog|deltagelse|status|bemærkning(?:er)?"
			+ "|noter?|kommentar|stedfortræder|suppleant|udpeget\\s+af|forvaltning|institution|enhed|arbejdssted|telefon|e-?mail|mail");

	/** The first header of a table of people, over the names; "Stedfortræder" and "Suppleant" hold names too. */
	static final Pattern NAME_COLUMN = Pattern.compile("(?iu)navn|medlem|deltager");

	static final Pattern NAMES_COLUMN = Pattern.compile("(?iu)navn|medlem|deltager|stedfortræder|suppleant");

	/** "Forældrevalgt", "Medarbejdervalgt": who elected the member; "Ja", "Nej": a table's answer. No organisation. */
	static final Pattern NO_ORGANISATION = Pattern.compile("(?iu)\\p{L}+valgt|ja|nej|yes|no");

	/** A mark in a list of who came saying the name after it did not come: a cross, an empty box. */
	static final Pattern UNCHECKED = Pattern.compile("[✗✘☐❌]");

	/** Kinds of initiative as minutes name them, folded ("udløb" is a budget line running out). */
	static final List<String> INITIATIVE_KINDS = List.of("investeringsforslag", "udlob", "budgetforslag",
			"innovationsforslag", "budgetnotat", "effektiviseringsforslag", "besparelsesforslag", "udvidelsesforslag",
			"omprioriteringsforslag", "anlegsforslag", "driftsforslag");

	/** An agenda item heading: "Punkt 3: Budget", "Pkt. 3 Budget", "3. Budget"; group 1 or 2 the number, 3 the title. */
	static final Pattern ITEM_HEADING = Pattern
		.compile("^(?:(?:Punkt|Pkt\\.?|PUNKT|PKT\\.?)\\s*(\\d{1,3})\\s*[:.]?|(\\d{1,2})\\.)\\s+(\\S.*)$");

	/** A word that makes a name a forum's: udvalg, råd, bestyrelse, netværk, MED … */
	static final Pattern FORUM_WORD = Pattern.compile(
			"(?iu)(?:\\b\\p{L}*MED\\b|\\bHMU\\b|\\b(?:council|board|committee)\\b|MED-udvalg|udvalg|forum|følgegruppe|styregruppe|arbejdsgruppe|netværk|partnerskab|taskforce|task\\s+force|råd\\b|rådet|byråd|rådmandsmøde|direktion|bestyrelse|repræsentantskab|alliance|komité|panel|\\bKKR\\b|magistrat|\\p{L}*gruppen?\\b)");

	/** A reference to agenda items: "punkt 2", "pkt. 2 og 3", "behandlingen af punkterne 4-6"; group 1 the numbers. */
	static final String ITEM_REF = "(?:(?:behandlingen|drøftelsen)\\s+af\\s+)?(?:dagsordens)?(?:[Pp]unkt(?:erne)?|[Pp]kt\\.?)\\s*(\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*)";

	/** Danish party letters as lists of elected members write them, "(A)", "(V)". */
	static final Map<String, String> PARTY_LETTERS = Map.ofEntries(Map.entry("A", "Socialdemokratiet"),
			Map.entry("B", "Radikale Venstre"), Map.entry("C", "Det Konservative Folkeparti"),
			Map.entry("D", "Nye Borgerlige"), Map.entry("F", "SF - Socialistisk Folkeparti"),
			Map.entry("I", "Liberal Alliance"), Map.entry("K", "Kristendemokraterne"), Map.entry("M", "Moderaterne"),
			Map.entry("O", "Dansk Folkeparti"), Map.entry("V", "Venstre"), Map.entry("Æ", "Danmarksdemokraterne"),
			Map.entry("Ø", "Enhedslisten"), Map.entry("Å", "Alternativet"));

	/** Labels that end in a colon and precede a name without being an organisation. Folded. */
	static final List<String> NAME_LABELS = List.of("sagsbehandler", "kontaktperson", "kontakt", "ansvarlig",
			"udarbejdet af", "referent", "modeleder", "ordstyrer", "fra", "til", "cc", "kopi", "afsender", "modtager",
			"underskrevet", "godkendt af", "direkte", "e mail", "mail", "telefon", "emne", "information");

	/** Acronyms of Danish minutes that name no organisation. */
	static final Set<String> GENERIC_ACRONYMS = Set.of("MED", "AMR", "APV", "HR", "IT", "AI", "TR", "PDF", "OK",
			"NB", "EU", "CPR", "ID", "FTE", "HF", "STX", "PA", "CC", "VÆR", "SAL", "TID", "STED", "AF", "OG", "I");

	/** A folded word or phrase holding a job title's stem ("chefkonsulent", "pædagogisk leder"). */
	static boolean looksLikeTitle(String k) {
		for (String w : List.of("chef", "leder", "konsulent", "direktor", "radmand", "borgmester", "dekan", "sekreter",
				"koordinator", "medarbejder", "reprasentant", "reprasentant", "fuldmegtig", "lektor", "professor",
				"studerende", "formand", "radgiver", "assistent", "specialist", "partner", "raadgiver", "tillidsrepr",
				"medlem", "pedagog", "lerer", "forstander", "inspektor", "sygeplejerske", "politiker")) {
			if (k.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/** The kind of an organisation from its name: party, kommune, region, education, forvaltning, centre, union, other. */
	static String orgKind(String name) {
		if (PARTY_LETTERS.containsValue(name)) {
			return "party";
		}
		String k = Fold.key(name);
		if (k.endsWith("kommune")) {
			return "kommune";
		}
		if (k.startsWith("region") || k.endsWith("regionen")) {
			return "region";
		}
		if (k.contains("universitet") || k.matches(".*\\buc\\b.*") || k.contains("professionshojskole")) {
			return "education";
		}
		if (k.contains("forvaltning") || k.endsWith("mbu") || k.equals("sof")) {
			return "forvaltning";
		}
		if (k.startsWith("center") || k.contains("centre")) {
			return "centre";
		}
		if (k.contains("bupl") || k.contains("foa") || k.startsWith("lo") || k.startsWith("ftf") || k.contains("dsr")
				|| k.contains("forbund") || k.contains("hk")) {
			return "union";
		}
		return "other";
	}

	/** Acronyms of bodies every workplace or faculty has: LAMU, HMU, MED, SU, LSU … */
	private static final Pattern GENERIC_BODY_ACRONYM = Pattern.compile("L?AMU|[HLFO]?[SM]U|\\p{L}*MED(?:-\\p{L}+)?");

	/** A word of a forum's name that names the kind of body, not whose it is: "Skoleudvalget", "Råd", "Partnermøde". */
	private static final Pattern GENERIC_NAME_WORD = Pattern.compile("(?iu)\\p{L}*(?:møde|forsamling)\\p{L}*|og|&|for|i|på|om|af|-+");

	/**
	 * A forum name any organisation's body could have ("Kommunalbestyrelsen", "Børne- og Skoleudvalget", "Akademisk
	 * Råd", "LAMU"), as against one that says whose it is ("Nørrebro Lokaludvalg", "KL's bestyrelse", "Gefion
	 * Gymnasiums bestyrelse"): no digit, and every word is lower case, a compound's first part ("Børne-"), an
	 * adjective ("Akademisk"), a body word or a generic body acronym. Such a name alone does not say two documents
	 * speak of one forum.
	 */
	static boolean isGenericForumName(String name) {
		String n = name.replaceAll("\\([^)]*\\)", " ").strip();
		if (n.isEmpty() || n.matches(".*\\d.*")) {
			return false;
		}
		if (n.equals(n.toUpperCase(Locale.ROOT)) && n.codePoints().filter(Character::isLetter).count() > 6) {
			n = n.toLowerCase(Locale.ROOT); // a heading in capitals: "KOMMUNALBESTYRELSEN"
		}
		for (String raw : n.split("\\s+")) {
			String w = raw.replaceAll("^[^\\p{L}\\-&]+|[^\\p{L}\\-&]+$", "");
			if (w.isEmpty() || Character.isLowerCase(w.codePointAt(0)) && !w.matches(".*\\p{Lu}.*\\p{Lu}.*")
					|| GENERIC_NAME_WORD.matcher(w).matches() || GENERIC_BODY_ACRONYM.matcher(w).matches()
					|| w.endsWith("-") || w.matches("\\p{Lu}\\p{Ll}+(?:isk|ig)")
					|| w.matches("\\p{Lu}[\\p{Ll}\\-]+") && (FORUM_WORD.matcher(w).find() || BODY_WORD.matcher(w).matches())) {
				continue;
			}
			return false;
		}
		return true;
	}

	/** The kind of a forum from its name: med, partnership, taskforce, network, working-group, committee, council … */
	static String forumKind(String name) {
		String k = Fold.key(name);
		if (name.matches(".*(MED\\b|HMU\\b|MED-).*") || k.contains("med udvalg")) {
			return "med";
		}
		if (k.contains("partnerskab")) {
			return "partnership";
		}
		if (k.contains("taskforce")) {
			return "taskforce";
		}
		if (k.contains("netverk")) {
			return "network";
		}
		if (k.contains("arbejdsgruppe") || k.contains("folgegruppe") || k.contains("styregruppe")) {
			return "working-group";
		}
		if (k.contains("udvalg")) {
			return "committee";
		}
		if (k.contains("radmandsmode") || k.endsWith("mode")) {
			return "meeting-series";
		}
		if (k.contains("rad") || k.startsWith("kkr") || k.contains("byrad")) {
			return "council";
		}
		return "other";
	}
}
