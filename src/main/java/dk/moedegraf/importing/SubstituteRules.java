package dk.moedegraf.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Status;

/** Attendance rules for who stood in for whom, in the sentence forms minutes use. */
final class SubstituteRules {

	private SubstituteRules() {
	}

	/** "I stedet deltog stedfortræderne Ole Lund i stedet for Eva Holm, Per Ravn i stedet for Ida Krog." */
	static final class InsteadOf extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?u)([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+i\\s+stedet\\s+for\\s+([\\p{Lu}][\\p{L}.'\\-]*(?:\\s+[\\p{Lu}][\\p{L}.'\\-]*){1,4})");

		InsteadOf() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> subs = PersonNames.splitRunTogether(m.group(1));
			List<String> absent = PersonNames.splitRunTogether(m.group(2));
			if (subs.isEmpty() || absent.isEmpty()) {
				return;
			}
			AttendanceRules.standsIn(roll, absent.get(0), m.start(2), subs.get(subs.size() - 1), m.start(1));
		}
	}

	/** "Ole Lund havde meldt afbud, og Eva Holm deltog i stedet." */
	static final class AbsentAndSubstitute extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?u)([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+(?:havde\\s+(?:meldt\\s+)?afbud|var\\s+fraværende|var\\s+forhindret)[,;]?\\s+(?:og\\s+)?"
						+ "(?:i\\s+stedet\\s+deltog\\s+)?(?:suppleant\\s+|stedfortræder\\s+)?([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+(?:deltog|mødte)?\\s*(?:i\\s+stedet|som\\s+(?:suppleant|stedfortræder))");

		AbsentAndSubstitute() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> absent = PersonNames.splitRunTogether(m.group(1));
			List<String> subs = PersonNames.splitRunTogether(m.group(2));
			if (subs.isEmpty() || absent.isEmpty()) {
				return;
			}
			AttendanceRules.standsIn(roll, absent.get(absent.size() - 1), m.start(1), subs.get(0), m.start(2));
		}
	}

	/** "Controller Ole Lund deltog i Eva Holms fravær.": Ole Lund stood in for Eva Holm. */
	static final class InAbsenceOf extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?u)([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)\\s+\\(?(?:deltog|mødte)\\s+i\\s+([\\p{Lu}][\\p{L}.'\\- ]{2,60}?)s?'?\\s+(?:fravær|sted)\\b");

		InAbsenceOf() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> subs = PersonNames.splitRunTogether(m.group(1));
			String gone = m.group(2).replaceFirst("s$", "");
			if (subs.isEmpty() || !PersonNames.looksLikePersonName(gone)) {
				return;
			}
			roll.forget(m.group(2));
			roll.forget(m.group(2) + "s"); // a list rule may have read the genitive as a name
			AttendanceRules.standsIn(roll, gone, m.start(2), subs.get(subs.size() - 1), m.start(1));
		}
	}

	/** A party letter or a short note in brackets after a name: "Ole Lund (O)". */
	private static final String PARTY = "(?:\\s*\\([^()\\n]{1,30}\\))?";

	/** A sentence naming an absent member (group 1) and who came instead (group 2). */
	private abstract static class InsteadSentence extends AttendanceRules.SentenceRule {
		InsteadSentence(String regex) {
			super(Pattern.compile("(?u)" + regex));
		}

		@Override
		void read(Roll roll, Matcher m) {
			AttendanceRules.substitute(roll, m.group(1), m.start(1), m.group(2), m.start(2));
		}
	}

	/** The word a substitute may be named by before the name: "suppleant", "suppleanten", "stedfortræder", "suppl.". */
	private static final String SUBSTITUTE_WORD = "(?:(?i:suppleant(?:en)?|stedfortræder(?:en)?|suppl\\.)\\s+)?";

	/**
	 * "Eva Holm. I stedet deltog Ole Lund.", "Afbud fra Eva Holm, i stedet deltog Ole Lund", "Eva Holm (O) - i stedet
	 * mødte Ole Lund (O)": who came in their place.
	 */
	static final class InsteadAttended extends InsteadSentence {
		InsteadAttended() {
			super(AttendanceRules.NAME + PARTY + "(?:\\.?\\s+I|\\s*[,\\-–]\\s+i)\\s+stedet\\s+(?:deltog|mødte)\\s+" + SUBSTITUTE_WORD
					+ AttendanceRules.NAME);
		}
	}

	/**
	 * "Eva Holm havde meldt forfald; i hendes sted deltog afdelingsleder Ole Lund.": who came in the place of the one
	 * the sentence before named as away.
	 */
	static final class InTheirPlaceAttended extends InsteadSentence {
		InTheirPlaceAttended() {
			super(AttendanceRules.NAME + PARTY + "\\s+(?:havde\\s+(?:meldt\\s+)?(?:afbud|forfald)|var\\s+(?:fraværende|forhindret|syg))[^.;\\n]{0,40}?"
					+ "[.;,]\\s+(?i:i)\\s+(?:hendes|hans|dennes|deres)\\s+sted\\s+(?:deltog|mødte)\\s+" + SUBSTITUTE_WORD
					+ "(?:\\p{Ll}[\\p{L}\\-]+\\s+)?" + AttendanceRules.NAME);
		}
	}

	/** "Stedfortræder for Eva Holm (O): Ole Lund (O)": a line labelled with the absent member, the substitute after it. */
	static final class SubstituteForLabel extends InsteadSentence {
		SubstituteForLabel() {
			// the label on one line: "suppleant for Eva Holm⏎Fraværende:⏎Per Ravn" is an entry's note, then the next list
			super("(?<![\\p{L}])(?:(?-i:S)|s)(?:uppleant|tedfortræder)\\s+for\\s+" + AttendanceRules.NAME.replace("\\s+", "[ \\t]+") + PARTY
					+ "[ \\t]*:\\s*"
					+ AttendanceRules.NAME);
		}
	}

	/** "Afbud: Eva Holm, der var erstattet af suppleant Ole Lund": who replaced the absent member. */
	static final class ReplacedBy extends InsteadSentence {
		ReplacedBy() {
			super(AttendanceRules.NAME + ",?\\s+(?:der|som)\\s+(?:var|blev|er)\\s+erstattet\\s+af\\s+" + SUBSTITUTE_WORD
					+ AttendanceRules.NAME);
		}
	}

	/**
	 * "Som suppleant for Eva Holm deltog Ole Lund (C).", "For Eva Holm deltog suppleant Ole Lund.", "Som suppleant for Eva
	 * Holm var Ole Lund indkaldt": who came in the named member's place.
	 */
	static final class SubstituteForAttended extends InsteadSentence {
		@Override
		void read(Roll roll, Matcher m) {
			String in = m.group(2) != null ? m.group(2) : m.group(3);
			AttendanceRules.substitute(roll, m.group(1), m.start(1), in, m.group(2) != null ? m.start(2) : m.start(3));
		}

		SubstituteForAttended() {
			super("(?:(?i:som\\s+)?(?i:suppleant|stedfortræder)\\s+for|(?<![\\p{L}])(?:For|I\\s+stedet\\s+for))\\s+" + AttendanceRules.NAME
					+ ",?\\s+(?:(?:deltog|mødte)\\s+(?:i\\s+stedet\\s+)?" + SUBSTITUTE_WORD + AttendanceRules.NAME
					// "Som suppleant for Eva Holm var Ole Lund indkaldt, og han deltog" (not "…indkaldt, men kunne ikke")
					+ "|var\\s+" + AttendanceRules.NAME + "\\s+indkaldt(?![^.\\n]{0,12}\\bmen\\b))");
		}
	}

	/** "Eva Holm - suppleanten, Ole Lund, er indkaldt": the substitute called in for the absent member. */
	static final class SubstituteCalledIn extends InsteadSentence {
		SubstituteCalledIn() {
			super(AttendanceRules.NAME + "\\s*[-–,]\\s*suppleant(?:en)?,?\\s+" + AttendanceRules.NAME + ",?\\s+(?:er|var|blev)\\s+indkaldt(?![^.\\n]{0,12}\\bmen\\b)");
		}
	}

	/** "Eva Holms suppleant Ole Lund var indkaldt og deltog.": the absent member in the genitive, then who came. */
	static final class GenitiveSubstituteAttended extends InsteadSentence {
		GenitiveSubstituteAttended() {
			super(AttendanceRules.NAME + "(?:'s|s|')\\s+(?i:suppleant|stedfortræder),?\\s+" + AttendanceRules.NAME
					+ ",?\\s+(?:(?:var|blev)\\s+indkaldt\\s+og\\s+)?(?:deltog|mødte)(?![\\p{L}])");
		}
	}

	/**
	 * "Suppleant Ole Lund deltog.", "Eva Holm (O) - stedfortræder Ole Lund (O) deltog": a substitute came, for whom the
	 * sentence does not say; {@link SubstitutesByParty}
	 * finds the member when one absent member fits.
	 */
	static final class SubstituteAttended extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?<![\\p{L}])(?:(?-i:S)|s)(?:uppleant(?:en)?|tedfortræder(?:en)?)\\s+"
				+ AttendanceRules.NAME + PARTY + ",?\\s+(?:(?:var|blev)\\s+indkaldt\\s+og\\s+)?(?:deltog|mødte)(?![\\p{L}])");

		SubstituteAttended() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			Roll.Row r = roll.attend(AttendanceRules.last(m.group(1)), m.start(1), Status.PRESENT);
			if (r.status == Status.ABSENT && r.substituteFor == null) {
				r.status = Status.PRESENT;
			}
			r.role = r.role == null ? "suppleant" : r.role;
		}
	}

	/** "Ole Lund deltog i mødet som Evas suppleant": the absent member by given name, when one fits. */
	static final class SubstituteOfGivenName extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)" + AttendanceRules.NAME + "\\s+(?:deltog|mødte)\\s+(?:i\\s+mødet\\s+)?som\\s+(\\p{Lu}\\p{Ll}+)s\\s+suppleant");

		SubstituteOfGivenName() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<Roll.Row> fits = roll.rows().stream().filter(r -> r.status == Status.ABSENT
					&& r.name.split("\\s+", 2)[0].equals(m.group(2))).toList();
			Roll.Row r = roll.attend(AttendanceRules.last(m.group(1)), m.start(1), Status.PRESENT);
			if (fits.size() == 1 && r.substituteFor == null) {
				r.substituteFor = fits.get(0).name;
			}
		}
	}

	/** "Stedfortræder: Per Ravn for Ida Krog": under a substitute's heading, who stood in for whom. */
	static final class SubstituteHeading extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?i:suppleant|stedfortræder)(?i:en|e|er|erne)?\\s*:\\s*"
				+ AttendanceRules.NAME + "\\s+for\\s+" + AttendanceRules.NAME);

		SubstituteHeading() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			AttendanceRules.standsIn(roll, m.group(2), m.start(2), m.group(1), m.start(1));
		}
	}

	/**
	 * "Fraværende: Ole Lund (A), Eva Holm (V) / Stedfortrædere: Per Ravn (A), Ida Krog (V)": a substitute listed
	 * without whom they stand in for stands in for the one absent member of their party, or for the only
	 * absent member when there is one of each.
	 */
	static final class SubstitutesByParty implements AttendanceRules.Rule {
		@Override
		public void apply(Roll roll) {
			List<Roll.Row> subs = roll.rows().stream()
				.filter(r -> r.status == Status.PRESENT && r.substituteFor == null && "suppleant".equals(r.role)).toList();
			Set<String> stoodInFor = new HashSet<>();
			roll.rows().stream().filter(r -> r.substituteFor != null).forEach(r -> stoodInFor.add(Roll.key(r.substituteFor)));
			List<Roll.Row> away = roll.rows().stream()
				.filter(r -> r.status == Status.ABSENT && !stoodInFor.contains(Roll.key(r.name))).toList();
			for (Roll.Row s : subs) {
				List<Roll.Row> fits = subs.size() == 1 && away.size() == 1 ? away
						: away.stream().filter(a -> s.party != null && s.party.equals(a.party)).toList();
				if (fits.size() == 1 && !stoodInFor.contains(Roll.key(fits.get(0).name))) {
					s.substituteFor = fits.get(0).name;
					stoodInFor.add(Roll.key(fits.get(0).name));
				}
			}
		}
	}
}
