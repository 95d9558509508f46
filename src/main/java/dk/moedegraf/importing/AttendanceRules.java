package dk.moedegraf.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Status;

/**
 * The attendance conventions of Danish minutes, one rule each, in the order {@link #RULES} runs them on
 * a document's text. The rules live by family: {@link ListRules}, {@link MemberRules}, {@link SubstituteRules},
 * {@link PresenceSentences}. Each reads the whole text and adds to the {@link Roll}; the first rule to state a
 * person's attendance wins.
 */
final class AttendanceRules {

	/** One convention. */
	interface Rule {
		void apply(Roll roll);
	}

	/** A convention written as a sentence: each match of its pattern in the text is read on its own. */
	abstract static class SentenceRule implements Rule {
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

	/** A name as the sentence rules match it: two to five capitalised words or initials; group 1. */
	static final String NAME = "(\\p{Lu}[\\p{L}'\\-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\\-]+)){1,4})";

	private AttendanceRules() {
	}

	static final List<Rule> RULES = List.of(new ListRules.ColumnHeadingsFirst(), new ListRules.HeadedLists(), new ListRules.StatusBesideNames(),
			new MemberRules.MemberGroups(), new MemberRules.RoleLines(), new MemberRules.MembersInProse(), new PresenceSentences.AllPresentExcept(),
			new SubstituteRules.InsteadOf(), new SubstituteRules.AbsentAndSubstitute(), new SubstituteRules.InAbsenceOf(),
			new SubstituteRules.InsteadAttended(), new SubstituteRules.InTheirPlaceAttended(), new SubstituteRules.SubstituteForAttended(), new SubstituteRules.SubstituteCalledIn(),
			new SubstituteRules.SubstituteForLabel(), new SubstituteRules.ReplacedBy(), new SubstituteRules.GenitiveSubstituteAttended(), new SubstituteRules.SubstituteAttended(), new SubstituteRules.SubstituteOfGivenName(), new SubstituteRules.SubstituteHeading(), new PresenceSentences.CouldNotAttend(), new PresenceSentences.AttendedTheMeeting(), new PresenceSentences.WereThere(),
			new PresenceSentences.ArrivedOrLeft(), new PresenceSentences.ElectedToChair(), new PresenceSentences.LedTheMeeting(),
			new PresenceSentences.WelcomedTo(), new PresenceSentences.AttendedUnderItem(), new PresenceSentences.TookTheMinutes(),
			new PresenceSentences.TakesPartUnderItems(), new PresenceSentences.InThePhoto(),
			new MemberRules.MembersNotAbsentArePresent(), new SubstituteRules.SubstitutesByParty(), new PresenceSentences.SpokeAtTheMeeting());

	static Roll read(String text) {
		Roll roll = new Roll(text);
		for (Rule r : RULES) {
			r.apply(roll);
		}
		return roll;
	}

	/** The last name in a stretch, as the lexicon splits it, or the stretch when it reads as one name. */
	static String last(String stretch) {
		List<String> names = PersonNames.splitRunTogether(stretch);
		return names.isEmpty() ? stretch.strip() : names.get(names.size() - 1);
	}

	/** "Eva Holm. I stedet deltog Ole Lund": the last name of one stretch was away, the first of the other came. */
	static void substitute(Roll roll, String absent, int absentAt, String sub, int subAt) {
		String gone = last(absent);
		String in = PersonNames.splitRunTogether(sub).stream().findFirst().orElse(sub.strip());
		Roll.Row before = roll.get(in);
		boolean free = before == null || before.substituteFor == null;
		Roll.Row r = standsIn(roll, gone, absentAt, in, subAt);
		if (r.status == Status.ABSENT && free) {
			r.status = Status.PRESENT; // listed under afbud, yet the sentence says they came in the other's place
		}
	}

	/** {@code in} came in {@code gone}'s place: gone is absent, in present as gone's substitute unless a rule said otherwise. */
	static Roll.Row standsIn(Roll roll, String gone, int goneAt, String in, int inAt) {
		roll.attend(gone, goneAt, Status.ABSENT);
		Roll.Row r = roll.attend(in, inAt, Status.PRESENT);
		r.substituteFor = r.substituteFor == null ? gone : r.substituteFor;
		return r;
	}

	static void names(Roll roll, int offset, String text, Status status) {
		for (String n : PersonNames.splitRunTogether(text)) {
			roll.attend(n, offset + Math.max(0, text.indexOf(n.split(" ", 2)[0])), status);
		}
	}
}
