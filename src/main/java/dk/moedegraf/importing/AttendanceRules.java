package dk.moedegraf.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Status;
import dk.moedegraf.importing.ListSections.Section;
import dk.moedegraf.importing.Vocabulary.Heading;
import dk.moedegraf.importing.Vocabulary.ListKind;

/**
 * The attendance conventions of Danish minutes, one rule each, in the order {@link #RULES} runs them on
 * a document's text. Each reads the whole text and adds to the {@link Roll}; the first rule to state a
 * person's attendance wins.
 */
final class AttendanceRules {

	/** One convention. */
	interface Rule {
		void apply(Roll roll);
	}

	/** A convention written as a sentence: each match of its pattern in the text is read on its own. */
	private abstract static class SentenceRule implements Rule {
		private final Pattern pattern;

		SentenceRule(Pattern pattern) {
			this.pattern = pattern;
		}

		@Override
		public void apply(Roll roll) {
			Matcher m = pattern.matcher(roll.text);
			while (m.find()) {
				read(roll, m);
			}
		}

		abstract void read(Roll roll, Matcher m);
	}

	private AttendanceRules() {
	}

	static final List<Rule> RULES = List.of(new ColumnHeadingsFirst(), new HeadedLists(), new MemberGroups(), new MembersInProse(), new AllPresentExcept(), new InsteadOf(),
			new AbsentAndSubstitute(), new InAbsenceOf(), new InsteadAttended(), new SubstituteCalledIn(),
			new SubstituteOfGivenName(), new CouldNotAttend(), new ArrivedOrLeft(), new ElectedToChair(), new TakesPartUnderItems(), new InThePhoto(), new MembersNotAbsentArePresent(), new SpokeAtTheMeeting());

	static Roll read(String text) {
		Roll roll = new Roll(text);
		for (Rule r : RULES) {
			r.apply(roll);
		}
		return roll;
	}

	/**
	 * Lists under a heading, every layout: "Afbud: Ole Lund (A), Eva Holm, F og Per Ravn" /
	 * "Til stede\n• Lektor Ole Lund\n• Eva Holm, Dansk Industri (formand)" / "Medlemmer Ole Lund Eva Holm".
	 * A heading's role ("Referent:") goes to each person under it; "Eva Holm, F - Ole Lund stedfortræder"
	 * under "Afbud" makes Ole Lund present in Eva Holm's place.
	 */
	static final class HeadedLists implements Rule {
		@Override
		public void apply(Roll roll) {
			boolean seenPresent = false;
			boolean seenAbsent = false;
			List<Section> sections = ListSections.find(roll.text);
			// "Suppleanter" on a page of members names deputies, who are neither members nor came
			boolean lists = sections.stream().anyMatch(s -> s.kind() == ListKind.ABSENT || s.kind() == ListKind.PRESENT && s.role() == null);
			for (Section s : sections) {
				if (!lists && "suppleant".equals(s.role())) {
					continue;
				}
				// a second "Deltagere … Afbud" after a complete one is the roll as planned before the
				// meeting (the case text) or a later item's: the first, what happened, stands
				if (s.kind() == ListKind.PRESENT && s.role() == null && seenPresent && seenAbsent) {
					break;
				}
				seenPresent |= s.kind() == ListKind.PRESENT && s.role() == null;
				seenAbsent |= s.kind() == ListKind.ABSENT && seenPresent;
				ListEntries.Entry previous = null;
				for (ListEntries.Entry e : ListEntries.read(roll.text.substring(s.start(), s.end()), s.start())) {
					Roll.Row r = roll.row(e.name, e.offset);
					if (s.kind() == ListKind.MEMBER) {
						r.member = true;
					}
					if (e.absentee) {
						roll.attend(e.name, e.offset, Status.ABSENT);
					}
					else if (s.kind() == ListKind.MEMBER) {
						// listed, attendance from other rules
					}
					else if (e.partial && s.kind() == ListKind.ABSENT) {
						roll.attend(e.name, e.offset, Status.PRESENT); // "Ole Lund gik kl. 19" in a flattened absent block
					}
					else if (e.substitutesPrevious && previous != null) {
						roll.attend(e.name, e.offset, Status.PRESENT);
						r.substituteFor = r.substituteFor == null ? previous.name : r.substituteFor;
					}
					else {
						String role = e.role != null ? e.role : s.role();
						roll.attend(e.name, e.offset, status(s.kind(), role));
						roll.presentList |= s.kind() == ListKind.PRESENT && s.role() == null;
					}
					r.role = r.role == null ? (e.role != null ? e.role : s.role()) : r.role;
					r.title = r.title == null ? e.title : r.title;
					r.party = r.party == null ? e.party : r.party;
					r.organisation = r.organisation == null ? e.organisation : r.organisation;
					if (e.substituteFor != null && r.substituteFor == null) {
						r.substituteFor = e.substituteFor;
					}
					previous = e;
				}
			}
		}

		private static Status status(ListKind kind, String role) {
			if (kind == ListKind.ABSENT) {
				return Status.ABSENT;
			}
			if (kind == ListKind.GUEST || role != null && role.matches("referent|sekretær|protokolfører|tolk|gæst|observatør|tilforordnet|oplægsholder")) {
				return Status.GUEST;
			}
			return Status.PRESENT;
		}
	}

	/**
	 * A table flattened with every column's heading first: "Deltagere: Siumut: Atassut: Fraværende: Embedsmænd:
	 * Ole Lund, Eva Holm Per Ravn - Ida Krog Direktør Bo Berg, Kim Dam". The values follow in the headings'
	 * order, one group per column: a group ends where a name follows a name with no comma or "og" between.
	 * Groups are matched to headings from the last one back, since an empty column leaves no group and the
	 * first heading often labels the whole table. Party columns cannot be told apart once flattened, so no
	 * party is read from them.
	 */
	static final class ColumnHeadingsFirst implements Rule {
		private static final Pattern LABELS = Pattern.compile(
				"(?u)(?<![\\p{L}])(?:\\p{Lu}[\\p{L}]*(?:[ \\t]+\\p{Lu}?[\\p{L}]+){0,2}[ \\t]*:[ \\t]*){3,}");

		private static final Pattern LABEL = Pattern.compile("(?u)([^:]+):");

		private static final Pattern JOINS = Pattern.compile("(?iu)[,;]|\\sog\\s|\\ssamt\\s");

		private static final int MAX_VALUES = 2000;

		@Override
		public void apply(Roll roll) {
			Matcher run = LABELS.matcher(roll.text);
			while (run.find()) {
				List<Heading> kinds = new java.util.ArrayList<>();
				Matcher l = LABEL.matcher(run.group());
				while (l.find()) {
					kinds.add(heading(l.group(1).strip()));
				}
				long known = kinds.stream().filter(java.util.Objects::nonNull).count();
				long distinct = kinds.stream().filter(java.util.Objects::nonNull).map(Heading::kind).distinct().count();
				if (known < 2 || distinct < 2) {
					continue;
				}
				int end = valuesEnd(roll.text, run.end());
				List<List<ListEntries.Entry>> groups = groups(roll.text, run.end(), end);
				for (int g = groups.size() - 1, k = kinds.size() - 1; g >= 0; g--, k = Math.max(0, k - 1)) {
					Heading h = kinds.get(k);
					if (h == null) {
						continue;
					}
					for (ListEntries.Entry e : groups.get(g)) {
						Roll.Row r = roll.attend(e.name, e.offset, h.kind() == ListKind.ABSENT ? Status.ABSENT
								: h.kind() == ListKind.GUEST || h.role() != null && !"mødeleder".equals(h.role()) ? Status.GUEST
										: Status.PRESENT);
						r.member |= h.kind() == ListKind.MEMBER;
						r.role = r.role == null ? (e.role != null ? e.role : h.role()) : r.role;
						r.title = r.title == null ? e.title : r.title;
						r.organisation = r.organisation == null ? e.organisation : r.organisation;
					}
				}
				roll.presentList = true;
			}
		}

		/** What a column heading says: a list heading's kind, a party's members are present, else null. */
		private static Heading heading(String label) {
			for (Heading h : Vocabulary.HEADINGS) {
				if (h.pattern().matcher(label).matches()) {
					return h;
				}
			}
			return Vocabulary.isParty(label) ? new Heading(null, ListKind.PRESENT, null, false) : null;
		}

		/** The values run to the end of the line, or to an agenda word after the first of them. */
		private static int valuesEnd(String text, int from) {
			int nl = text.indexOf('\n', from);
			int end = Math.min(nl < 0 ? text.length() : nl, from + MAX_VALUES);
			Matcher stop = Vocabulary.LIST_END.matcher(text).region(from, end);
			while (stop.find()) {
				if (!text.substring(from, stop.start()).isBlank()) {
					return stop.start();
				}
			}
			return end;
		}

		private static List<List<ListEntries.Entry>> groups(String text, int from, int to) {
			List<List<ListEntries.Entry>> out = new java.util.ArrayList<>();
			ListEntries.Entry prev = null;
			for (ListEntries.Entry e : ListEntries.read(text.substring(from, to), from)) {
				if (e.absentee) {
					continue;
				}
				if (prev == null || !JOINS.matcher(text.substring(prev.end, e.offset)).find()) {
					out.add(new java.util.ArrayList<>());
				}
				out.get(out.size() - 1).add(e);
				prev = e;
			}
			return out;
		}
	}

	/**
	 * A page of members grouped under lines that say whom they sit for: "Vestby lokalområde\n • Ole Lund\n •
	 * Eva Holm, formand\n\nUdpeget af Byrådet\n • Per Ravn (V)". Only where no rule read an attendance,
	 * and only bulleted names, so that a meeting's case text with a line above a list is not read as members.
	 */
	static final class MemberGroups implements Rule {
		private static final Pattern GROUP = Pattern.compile(
				"(?um)^[ \\t]*(\\p{Lu}[^\\n:.•·▪]{2,60}?)[ \\t]*:?[ \\t]*\\n(?:[ \\t]*\\n)*((?:[ \\t]*[•·▪*\\-–][ \\t]+[^\\n]+\\n?)+)");

		private static final Pattern FOR_PERIOD = Pattern.compile("(?iu)\\s+(?:for|i)\\s+(?:perioden|valgperioden|\\d{4}).*$");

		@Override
		public void apply(Roll roll) {
			if (roll.anyAttendance()) {
				return;
			}
			Matcher m = GROUP.matcher(roll.text);
			while (m.find()) {
				String label = m.group(1).strip();
				if (isHeading(label) || ListSections.entryLike(label) || label.split("\\s+").length > 8) {
					continue;
				}
				List<ListEntries.Entry> entries = ListEntries.read(m.group(2), m.start(2));
				if (entries.isEmpty()) {
					continue;
				}
				String behalf = FOR_PERIOD.matcher(label.replaceFirst("(?iu)^(?:udpeget|valgt|indstillet)\\s+(?:af|fra)\\s+", ""))
					.replaceFirst("");
				for (ListEntries.Entry e : entries) {
					Roll.Row r = roll.row(e.name, e.offset);
					r.member = true;
					r.role = r.role == null ? e.role : r.role;
					r.title = r.title == null ? e.title : r.title;
					r.party = r.party == null ? e.party : r.party;
					r.organisation = r.organisation == null ? (e.organisation != null ? e.organisation : behalf) : r.organisation;
				}
			}
		}

		private static boolean isHeading(String label) {
			for (Heading h : Vocabulary.HEADINGS) {
				if (h.pattern().matcher(label).lookingAt()) {
					return true;
				}
			}
			return false;
		}
	}

	/**
	 * A report of who sits on a board, in sentences: "De øvrige medlemmer i bestyrelsen er Ole Lund og Eva
	 * Holm", "Lærerrepræsentanterne er Per Ravn og Ida Krog", "Udpeget af bestyrelsen er borgmester Jens Dahl",
	 * "Karen Bak er valgt som ny formand for skolebestyrelsen", "Fra KL deltager Lise Vang i bestyrelsens
	 * arbejde". Only where no attendance was read; who left ("trådt ud af") or was replaced is no member.
	 */
	static final class MembersInProse implements Rule {
		private static final String ROLE_WORDS = "(?:medlemmer|medlem|[\\p{L}]*repræsentant(?:er|erne|en)?|formand|næstformand)";

		private static final List<Pattern> SENTENCES = List.of(
				// "(De øvrige) medlemmer i bestyrelsen er …", "lærerrepræsentanterne er …", "Udpeget af X er …"
				Pattern.compile("(?iu)(?:(?:de\\s+)?(?:øvrige\\s+)?" + ROLE_WORDS + "(?:\\s+(?:i|af)\\s+[\\p{L}]+)?|udpeget\\s+af\\s+[\\p{L}]+)"
						+ "\\s+er\\s+([^.]{3,300})"),
				// "Karen Bak, Vestby, er blevet valgt som ny formand for …", "… er valgt ind i bestyrelsen, Ole Lund og Eva Holm"
				Pattern.compile("(?u)((?:\\p{Lu}[\\p{L}.\\-]*\\s+){1,3}\\p{Lu}[\\p{L}\\-]+(?:,\\s+\\p{Lu}\\p{L}+,)?)\\s+er\\s+(?:blevet\\s+)?valgt\\s+"
						+ "(?:som\\s+(?:ny\\s+)?(?:formand|næstformand|medlem)|ind\\s+i)"),
				Pattern.compile("(?iu)valgt\\s+ind\\s+i\\s+[\\p{L}]+,\\s+([^.]{3,300})"),
				// "Jens Dahl er som tilforordnet fast medlem af bestyrelsen"
				Pattern.compile("(?u)((?:\\p{Lu}[\\p{L}.\\-]*\\s+){1,3}\\p{Lu}[\\p{L}\\-]+)\\s+er\\s+(?:\\p{Ll}+\\s+){0,4}medlem\\s+(?:af|i)\\s"));

		/** "Fra kommuneforeningen deltager borgmester Ole Lund, Vestby, i …, og fra amtsrådet Eva Holm": for whom. */
		private static final Pattern FROM_ORG = Pattern.compile("(?iu)(?:^|[.,]\\s*(?:og\\s+)?)fra\\s+((?-i:\\p{Ll})[\\p{L}]+|(?-i:\\p{Lu})[\\p{L}]+(?:\\s+(?-i:\\p{Lu})[\\p{L}]+)?)"
				+ "\\s+(?:deltager\\s+)?((?:\\p{Ll}+\\s+)?(?-i:\\p{Lu})[\\p{L}.\\-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}.\\-]+){1,3})", Pattern.MULTILINE);

		private static final Pattern GONE = Pattern.compile("(?iu)trådt\\s+ud|erstatter|udtrådt|suppleant|afløser|afgået|stopper");

		@Override
		public void apply(Roll roll) {
			if (roll.anyAttendance() || roll.rows().stream().anyMatch(r -> r.member)) {
				return;
			}
			for (Pattern p : SENTENCES) {
				Matcher m = p.matcher(roll.text);
				while (m.find()) {
					if (!GONE.matcher(m.group()).find()) {
						members(roll, m.start(1), m.group(1), null);
					}
				}
			}
			Matcher f = FROM_ORG.matcher(roll.text);
			while (f.find()) {
				String who = NameLexicon.splitRunTogether(f.group(2)).stream().findFirst().orElse(null);
				if (who != null && sentenceAround(roll.text, f.start()).matches("(?s).*(?:arbejde|bestyrelse|udvalg|råd).*")) {
					members(roll, f.start(2), who, f.group(1));
				}
			}
		}

		private static void members(Roll roll, int offset, String text, String organisation) {
			for (String n : NameLexicon.splitRunTogether(text)) {
				Roll.Row r = roll.row(n, offset + Math.max(0, text.indexOf(n.split(" ")[0])));
				r.member = true;
				r.organisation = r.organisation == null ? organisation : r.organisation;
			}
		}

		private static String sentenceAround(String text, int at) {
			int from = Math.max(text.lastIndexOf(". ", at - 1), text.lastIndexOf('\n', at - 1)) + 1;
			int dot = text.indexOf(". ", Math.max(at, from) + 1);
			return text.substring(from, dot < 0 ? text.length() : dot);
		}
	}

	/** "Alle medlemmer var mødt undtagen Ole Lund, Eva Holm og Per Ravn." */
	static final class AllPresentExcept extends SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?iu)alle\\s+(?:\\p{L}+\\s+)?(?:var\\s+)?(?:mødt|til\\s+stede)(?:\\s+op)?\\s*,?\\s*(?:med\\s+)?undtagen\\s+(?:fra\\s+)?(.+?)"
						// a full stop ends the sentence, the one after an initial ("John G. Christensen") does not
						+ "(?:(?<!\\s\\p{Lu})\\.\\s|\\.$|\\n\\s*\\n)",
				Pattern.DOTALL);

		AllPresentExcept() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			names(roll, m.start(1), m.group(1), Status.ABSENT);
		}
	}

	/** "I stedet deltog stedfortræderne Ole Lund i stedet for Eva Holm, Per Ravn i stedet for Ida Krog." */
	static final class InsteadOf extends SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?u)([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+i\\s+stedet\\s+for\\s+([\\p{Lu}][\\p{L}.'\\-]*(?:\\s+[\\p{Lu}][\\p{L}.'\\-]*){1,4})");

		InsteadOf() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> subs = NameLexicon.splitRunTogether(m.group(1));
			List<String> absent = NameLexicon.splitRunTogether(m.group(2));
			if (subs.isEmpty() || absent.isEmpty()) {
				return;
			}
			String sub = subs.get(subs.size() - 1);
			Roll.Row r = roll.attend(sub, m.start(1), Status.PRESENT);
			r.substituteFor = r.substituteFor == null ? absent.get(0) : r.substituteFor;
			roll.attend(absent.get(0), m.start(2), Status.ABSENT);
		}
	}

	/** "Ole Lund havde meldt afbud, og Eva Holm deltog i stedet." */
	static final class AbsentAndSubstitute extends SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?u)([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+(?:havde\\s+(?:meldt\\s+)?afbud|var\\s+fraværende|var\\s+forhindret)[,;]?\\s+(?:og\\s+)?"
						+ "(?:i\\s+stedet\\s+deltog\\s+)?(?:suppleant\\s+|stedfortræder\\s+)?([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+(?:deltog|mødte)?\\s*(?:i\\s+stedet|som\\s+(?:suppleant|stedfortræder))");

		AbsentAndSubstitute() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> absent = NameLexicon.splitRunTogether(m.group(1));
			List<String> subs = NameLexicon.splitRunTogether(m.group(2));
			if (subs.isEmpty() || absent.isEmpty()) {
				return;
			}
			String gone = absent.get(absent.size() - 1);
			roll.attend(gone, m.start(1), Status.ABSENT);
			Roll.Row r = roll.attend(subs.get(0), m.start(2), Status.PRESENT);
			r.substituteFor = r.substituteFor == null ? gone : r.substituteFor;
		}
	}

	/** "Controller Ole Lund deltog i Eva Holms fravær.": Ole Lund stood in for Eva Holm. */
	static final class InAbsenceOf extends SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?u)([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+(?:deltog|mødte)\\s+i\\s+([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)s?'?\\s+(?:fravær|sted)\\b");

		InAbsenceOf() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> subs = NameLexicon.splitRunTogether(m.group(1));
			String gone = m.group(2).replaceFirst("s$", "");
			if (subs.isEmpty() || !NameLexicon.looksLikePersonName(gone)) {
				return;
			}
			roll.forget(m.group(2));
			roll.forget(m.group(2) + "s"); // a list rule may have read the genitive as a name
			roll.attend(gone, m.start(2), Status.ABSENT);
			Roll.Row r = roll.attend(subs.get(subs.size() - 1), m.start(1), Status.PRESENT);
			r.substituteFor = r.substituteFor == null ? gone : r.substituteFor;
		}
	}

	private static final String NAME = "(\\p{Lu}[\\p{L}'\\-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\\-]+)){1,4})";

	/** A sentence naming an absent member (group 1) and who came instead (group 2). */
	private abstract static class InsteadSentence extends SentenceRule {
		InsteadSentence(String regex) {
			super(Pattern.compile("(?u)" + regex));
		}

		@Override
		void read(Roll roll, Matcher m) {
			substitute(roll, m.group(1), m.start(1), m.group(2), m.start(2), Status.PRESENT);
		}
	}

	/** "Eva Holm. I stedet deltog Ole Lund.": under the absent, who came in their place. */
	static final class InsteadAttended extends InsteadSentence {
		InsteadAttended() {
			super(NAME + "\\.?\\s+I\\s+stedet\\s+(?:deltog|mødte)\\s+(?:suppleant(?:en)?\\s+)?" + NAME);
		}
	}

	/** "Eva Holm - suppleanten, Ole Lund, er indkaldt": the substitute called in for the absent member. */
	static final class SubstituteCalledIn extends InsteadSentence {
		SubstituteCalledIn() {
			super(NAME + "\\s*[-–,]\\s*suppleant(?:en)?,?\\s+" + NAME + ",?\\s+(?:er|var|blev)\\s+indkaldt(?![^.\\n]{0,12}\\bmen\\b)");
		}
	}

	/** "Ole Lund deltog i mødet som Evas suppleant": the absent member by given name, when one fits. */
	static final class SubstituteOfGivenName extends SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)" + NAME + "\\s+(?:deltog|mødte)\\s+(?:i\\s+mødet\\s+)?som\\s+(\\p{Lu}\\p{Ll}+)s\\s+suppleant");

		SubstituteOfGivenName() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<Roll.Row> fits = roll.rows().stream().filter(r -> r.status == Status.ABSENT
					&& r.name.split("\\s+")[0].equals(m.group(2))).toList();
			Roll.Row r = roll.attend(last(m.group(1)), m.start(1), Status.PRESENT);
			if (fits.size() == 1 && r.substituteFor == null) {
				r.substituteFor = fits.get(0).name;
			}
		}
	}

	/** "Ole Lund ankom kl. 18.42", "forlod mødet efter punkt 3", "erklærede sig inhabil": came, if not for all of it. */
	static final class ArrivedOrLeft extends SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)" + NAME + "\\s+(?:ankom|kom\\s+(?:til\\s+mødet\\s+)?kl"
				+ "|forlod\\s+(?:mødet|salen|lokalet)|gik\\s+(?:fra\\s+mødet|kl)|erklærede\\s+sig\\s+inhabil)", Pattern.MULTILINE);

		ArrivedOrLeft() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			roll.attend(last(m.group(1)), m.start(1), Status.PRESENT);
		}
	}

	/** "Hans blev valgt som dirigent": the meeting's chair or minute-taker, a given name is enough. */
	static final class ElectedToChair extends SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\\-]+){0,3})\\s+blev\\s+valgt\\s+(?:som|til)\\s+"
				+ "(dirigent|ordstyrer|mødeleder|referent)", Pattern.MULTILINE);

		ElectedToChair() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			String who = m.group(1);
			if (who.contains(" ") ? NameLexicon.looksLikePersonName(who) : NameLexicon.isGivenName(who)) {
				Roll.Row r = roll.attend(who, m.start(1), m.group(2).equals("referent") ? Status.GUEST : Status.PRESENT);
				r.role = r.role == null ? m.group(2) : r.role;
			}
		}
	}

	/**
	 * "Ole Lund oplyste, at …", "Eva Holm spurgte, hvordan …": who speaks at a meeting was there. Only in
	 * minutes with an attendance record, since a letter or a judgment reports what people said elsewhere.
	 */
	static final class SpokeAtTheMeeting implements Rule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)" + NAME
				+ "\\s+(?:oplyste|bemærkede|spurgte|svarede|orienterede\\s+om|foreslog|fremlagde|redegjorde\\s+for),?\\s+(?:at|hvordan|om|hvorfor|hvad|,)",
				Pattern.MULTILINE);

		@Override
		public void apply(Roll roll) {
			if (!roll.anyAttendance()) {
				return;
			}
			Matcher m = P.matcher(roll.text);
			while (m.find()) {
				String who = last(m.group(1));
				if (who != null && roll.get(who) == null) {
					roll.attend(who, m.start(1), Status.GUEST);
				}
			}
		}
	}

	/** The last name in a stretch, as the lexicon splits it, or the stretch when it reads as one name. */
	private static String last(String stretch) {
		List<String> names = NameLexicon.splitRunTogether(stretch);
		return names.isEmpty() ? stretch.strip() : names.get(names.size() - 1);
	}

	private static void substitute(Roll roll, String absent, int absentAt, String sub, int subAt, Status status) {
		String gone = last(absent);
		String in = NameLexicon.splitRunTogether(sub).stream().findFirst().orElse(sub.strip());
		roll.attend(gone, absentAt, Status.ABSENT);
		Roll.Row r = roll.attend(in, subAt, status);
		if (r.status == Status.ABSENT && r.substituteFor == null) {
			r.status = status;
		}
		r.substituteFor = r.substituteFor == null ? gone : r.substituteFor;
	}

	/**
	 * "Ole Lund kunne desværre ikke deltage i mødet." / "Eva Holm deltog ikke." / "Per Ravn - der plejer at
	 * være dirigent - var ikke til stede.": absent.
	 */
	static final class CouldNotAttend extends SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(\\p{Lu}[\\p{L}.'\\- ]{2,60}?)(?:\\s+[-–][^-–\\n]{1,60}[-–])?\\s+(?:kunne\\s+(?:desværre\\s+)?ikke\\s+deltage"
				+ "|var\\s+ikke\\s+til\\s+stede|var\\s+ikke\\s+mødt"
				+ "|deltog\\s+(?:desværre\\s+)?ikke(?!\\s+i\\s+(?:behandling|drøftelse|afstemning))|var\\s+forhindret\\s+i\\s+at\\s+deltage)");

		CouldNotAttend() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> names = NameLexicon.splitRunTogether(m.group(1));
			if (!names.isEmpty() && m.group(1).strip().endsWith(names.get(names.size() - 1))) {
				String name = names.get(names.size() - 1);
				roll.attend(name, m.start(1) + m.group(1).lastIndexOf(name), Status.ABSENT);
			}
		}
	}

	/** "På billedet fra højre: Ole Lund, Eva Holm og Per Ravn.": a report's photo of the meeting shows who came. */
	static final class InThePhoto extends SentenceRule {
		private static final Pattern P = Pattern.compile("(?iu)på\\s+(?:billedet|fotoet)(?:\\s+(?:ses|fra\\s+(?:højre|venstre)))?\\s*:?\\s*([^.\\n]{3,400})");

		InThePhoto() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			names(roll, m.start(1), m.group(1), Status.GUEST);
		}
	}

	/** "Skolechef Ole Lund deltager under alle punkter." / "Eva Holm deltog under punkt 4.": a guest. */
	static final class TakesPartUnderItems extends SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?u)(?:^|[.\\n])\\s*([^.\\n]{3,80}?)\\s+(?:deltager|deltog)\\s+(?:under|i|ved)\\s+(?:alle\\s+)?(?:punkt|pkt|sagens|behandling)");

		TakesPartUnderItems() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			names(roll, m.start(1), m.group(1), Status.GUEST);
		}
	}

	/**
	 * "Medlemmer: Ole Lund, Eva Holm … Fraværende: Eva Holm" (or "Per Ravn, suppleant for Eva Holm") and no
	 * list of who came: the other members came.
	 */
	static final class MembersNotAbsentArePresent implements Rule {
		@Override
		public void apply(Roll roll) {
			boolean members = roll.rows().stream().anyMatch(r -> r.member);
			boolean absent = roll.rows().stream().anyMatch(r -> r.status == Status.ABSENT);
			if (members && absent && !roll.presentList) {
				roll.rows().stream().filter(r -> r.member && r.status == null).forEach(r -> r.status = Status.PRESENT);
			}
		}
	}

	private static void names(Roll roll, int offset, String text, Status status) {
		for (String n : NameLexicon.splitRunTogether(text)) {
			roll.attend(n, offset + Math.max(0, text.indexOf(n.split(" ")[0])), status);
		}
	}
}
