package dk.moedegraf.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Status;

/**
 * Attendance rules for sentences that say who came, who did not and who took part as a guest: "alle mødt
 * undtagen", "kunne ikke deltage", "ankom kl.", "blev valgt som dirigent", "deltog under punkt 4", a photo
 * caption, a speaker.
 */
final class PresenceSentences {

	private PresenceSentences() {
	}

	/** A sentence whose group 1 names people who all have one status, a bracket's note ("(formand)") dropped where asked. */
	private abstract static class NamedInSentence extends AttendanceRules.SentenceRule {
		private final Status status;
		private final boolean withoutBrackets;

		NamedInSentence(Pattern pattern, Status status, boolean withoutBrackets) {
			super(pattern);
			this.status = status;
			this.withoutBrackets = withoutBrackets;
		}

		@Override
		final void read(Roll roll, Matcher m) {
			String named = withoutBrackets ? m.group(1).replaceAll("\\([^)]*\\)", " ") : m.group(1);
			AttendanceRules.names(roll, m.start(1), named, status);
		}
	}

	/**
	 * "Alle medlemmer var mødt undtagen Ole Lund, Eva Holm og Per Ravn."; "Til stede: Alle medlemmer undtagen Ole Lund"
	 * (without the verb only under a heading of who came: "vedtaget af alle undtagen Ole Lund" is a vote).
	 */
	static final class AllPresentExcept extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile(
				"(?iu)(?:alle\\s+(?:\\p{L}+\\s+)?(?:var\\s+)?(?:mødt|til\\s+stede)(?:\\s+op)?\\s*,?\\s*(?:med\\s+)?"
						+ "|(?:til\\s*stede|mødt|deltagere|fremmødte)\\s*:\\s*alle\\s+(?:\\p{L}+\\s+)?)undtagen\\s+(?:fra\\s+)?(.+?)"
						// a full stop ends the sentence, the one after an initial ("John G. Christensen") does not
						+ "(?:(?<!\\s\\p{Lu})\\.\\s|\\.$|\\n\\s*\\n)",
				Pattern.DOTALL);

		AllPresentExcept() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			AttendanceRules.names(roll, m.start(1), m.group(1), Status.ABSENT);
		}
	}

	/**
	 * "Ole Lund kunne desværre ikke deltage i mødet." / "Eva Holm deltog ikke." / "Per Ravn - der plejer at
	 * være dirigent - var ikke til stede." / "Ida Krog havde meldt afbud." / "Karen Bech var syg.": absent. "deltog ikke
	 * under punkt 3" is one item's, not the meeting's.
	 */
	static final class CouldNotAttend extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(\\p{Lu}[\\p{L}.'\\- ]{2,60}?)(?:\\s*\\([^()\\n]{1,30}\\))?(?:\\s+[-–][^-–\\n]{1,60}[-–])?\\s+(?:kunne\\s+(?:desværre\\s+)?ikke\\s+deltage"
				+ "|var\\s+ikke\\s+til\\s+stede|var\\s+ikke\\s+mødt|ha(?:vde|r)\\s+(?:meldt\\s+)?(?:afbud|forfald)|var\\s+fraværende"
				+ "|deltog\\s+(?:desværre\\s+)?ikke" + Vocabulary.NOT_FOR_AN_ITEM
				+ "|var\\s+forhindret\\s+i\\s+at\\s+deltage|var\\s+(?:syg|sygemeldt|på\\s+ferie|bortrejst)(?=\\s*[.,;]))");

		CouldNotAttend() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			List<String> names = PersonNames.splitRunTogether(m.group(1));
			if (names.isEmpty() || !m.group(1).strip().endsWith(names.get(names.size() - 1))) {
				return;
			}
			// "Karen Bech og Jens Krog havde meldt afbud": a subject of names alone is all of them; else its last name. The
			// subject starts after the sentence before it ("… og Per Ravn. Karen Bech og …")
			String subject = m.group(1).substring(Math.max(0, m.group(1).lastIndexOf(". ") + 1));
			String rest = subject;
			for (String n : names) {
				rest = rest.replace(n, " ");
			}
			List<String> away = rest.replaceAll("(?iu)\\s*(?:,|\\bog\\b|\\bsamt\\b)\\s*", " ").isBlank()
					? names.stream().filter(subject::contains).toList() : List.of(names.get(names.size() - 1));
			for (String name : away) {
				roll.attend(name, m.start(1) + m.group(1).lastIndexOf(name), Status.ABSENT);
			}
		}
	}

	/**
	 * "Ole Lund (formand), Eva Holm og Per Ravn deltog i mødet.", "Ida Krog og Bo Lind var til stede.": who came,
	 * written as a sentence. "deltog i mødet under punkt 3" is a guest's, and another rule's; "var til stede ved
	 * indvielsen" is another occasion.
	 */
	static final class AttendedTheMeeting extends NamedInSentence {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.:\\n]\\s*)(\\p{Lu}[^.\\n:]{3,300}?)\\s+(?:deltog\\s+i\\s+mødet"
				+ "(?!\\s+(?:under|fra|til|som|i\\s+stedet))|(?:var\\s+(?:alle\\s+)?til\\s+stede|mødte\\s+op)(?=\\s*(?:[.,;]|$)))(?![\\p{L}])",
				Pattern.MULTILINE);

		AttendedTheMeeting() {
			super(P, Status.PRESENT, true);
		}
	}

	/** "Foruden formanden var næstformand Ole Lund, Eva Holm og Per Ravn mødt.": who came, the participle last. */
	static final class WereThere extends NamedInSentence {
		private static final Pattern P = Pattern.compile("(?u)(?<![\\p{L}])var\\s+((?:\\p{Ll}+\\s+)?\\p{Lu}[^.;:\\n]{3,300}?)\\s+(?:mødt(?:\\s+op)?|til\\s+stede)(?=\\s*(?:[.,;]|$))",
				Pattern.MULTILINE);

		WereThere() {
			super(P, Status.PRESENT, true);
		}
	}

	/** "Ole Lund ankom kl. 18.42", "forlod mødet efter punkt 3", "erklærede sig inhabil": came, if not for all of it. */
	static final class ArrivedOrLeft extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)" + AttendanceRules.NAME + "\\s+(?:ankom|kom\\s+(?:til\\s+mødet\\s+)?kl"
				+ "|forlod\\s+(?:mødet|salen|lokalet)|gik\\s+(?:fra\\s+mødet|kl)|erklærede\\s+sig\\s+inhabil)", Pattern.MULTILINE);

		ArrivedOrLeft() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			roll.attend(AttendanceRules.last(m.group(1)), m.start(1), Status.PRESENT);
		}
	}

	/**
	 * "Mødet blev ledet af Ole Lund", "… ledet af formanden Ole Lund", "Ole Lund ledede mødet", "Eva Holm bød velkommen":
	 * who led or opened it was there, the chair as formand.
	 */
	static final class LedTheMeeting extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)(?:" + AttendanceRules.NAME
				+ "(?:\\s*\\([^()\\n]{1,30}\\))?\\s+(ledede\\s+mødet|bød\\s+(?:\\p{Ll}+\\s+)?velkommen|åbnede\\s+mødet)|[Mm]ødet\\s+(?:blev\\s+)?(ledet|ledes)\\s+af\\s+"
				+ "(?:(formanden|forpersonen|næstformanden)\\s+)?" + AttendanceRules.NAME + ")", Pattern.MULTILINE);

		LedTheMeeting() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			boolean after = m.group(1) == null;
			String who = AttendanceRules.last(after ? m.group(5) : m.group(1));
			if (!PersonNames.looksLikePersonName(who)) {
				return;
			}
			Roll.Row r = roll.attend(who, after ? m.start(5) : m.start(1), Status.PRESENT);
			if (r.role == null && (after || m.group(2).startsWith("ledede"))) {
				r.role = m.group(4) == null ? "mødeleder" : m.group(4).toLowerCase(java.util.Locale.ROOT).replaceFirst("en$", "");
			}
		}
	}

	/**
	 * "Ole Lund åbnede mødet og bød velkommen til direktør Eva Holm, kontorchef Per Ravn og Kim Overvad.": those
	 * welcomed came; "bød velkommen til gæsterne" names no one.
	 */
	static final class WelcomedTo extends NamedInSentence {
		private static final Pattern P = Pattern.compile("(?u)bød\\s+(?:\\p{Ll}+\\s+)?velkommen\\s+til\\s+([^.;\\n]{3,400}?)(?:\\.(?:\\s|$)|;|\\n|$)");

		WelcomedTo() {
			super(P, Status.PRESENT, false);
		}
	}

	/** "Under punkt 2 deltog desuden specialkonsulent Eva Holm og controller Per Ravn.": guests for an item. */
	static final class AttendedUnderItem extends NamedInSentence {
		private static final Pattern P = Pattern.compile("(?u)(?<![\\p{L}])(?i:under|ved|til)\\s+(?i:punkt|pkt\\.?)\\s*\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*"
				+ "\\s+(?:deltog|deltager)(?:\\s+(?:desuden|også|endvidere))?\\s+([^.;\\n]{3,300}?)(?:\\.(?:\\s|$)|;|\\n|$)");

		AttendedUnderItem() {
			super(P, Status.GUEST, false);
		}
	}

	/** "Rådmandssekretær Eva Holm førte referat.", "Per Ravn tog referat": the minute-taker, a guest. */
	static final class TookTheMinutes extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)([^.\\n]{3,80}?)\\s+(?:førte|tog|skrev)\\s+(?:referat(?:et)?|protokol(?:len)?)(?![\\p{L}])",
				Pattern.MULTILINE);

		TookTheMinutes() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			String who = AttendanceRules.last(m.group(1));
			if (who != null && PersonNames.looksLikePersonName(who)) {
				Roll.Row r = roll.attend(who, m.start(1) + m.group(1).lastIndexOf(who), Status.GUEST);
				r.role = r.role == null ? "referent" : r.role;
			}
		}
	}

	/** "Hans blev valgt som dirigent": the meeting's chair or minute-taker, a given name is enough. */
	static final class ElectedToChair extends AttendanceRules.SentenceRule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\\-]+){0,3})\\s+blev\\s+valgt\\s+(?:som|til)\\s+"
				+ "(dirigent|ordstyrer|mødeleder|referent)", Pattern.MULTILINE);

		ElectedToChair() {
			super(P);
		}

		@Override
		void read(Roll roll, Matcher m) {
			String who = m.group(1);
			if (who.contains(" ") ? PersonNames.looksLikePersonName(who) : NameLexicon.isGivenName(who)) {
				Roll.Row r = roll.attend(who, m.start(1), m.group(2).equals("referent") ? Status.GUEST : Status.PRESENT);
				r.role = r.role == null ? m.group(2) : r.role;
			}
		}
	}

	/** "Skolechef Ole Lund deltager under alle punkter." / "Eva Holm deltog under punkt 4.": a guest. */
	static final class TakesPartUnderItems extends NamedInSentence {
		private static final Pattern P = Pattern.compile(
				"(?u)(?:^|[.\\n])\\s*([^.\\n]{3,80}?)\\s+(?:deltager|deltog)\\s+(?:under|i|ved)\\s+(?:alle\\s+)?(?:punkt|pkt|sagens|behandling)");

		TakesPartUnderItems() {
			super(P, Status.GUEST, false);
		}
	}

	/** "På billedet fra højre: Ole Lund, Eva Holm og Per Ravn.": a report's photo of the meeting shows who came. */
	static final class InThePhoto extends NamedInSentence {
		private static final Pattern P = Pattern.compile("(?iu)på\\s+(?:billedet|fotoet)(?:\\s+(?:ses|fra\\s+(?:højre|venstre)))?\\s*:?\\s*([^.\\n]{3,400})");

		InThePhoto() {
			super(P, Status.GUEST, false);
		}
	}

	/**
	 * "Ole Lund oplyste, at …", "Eva Holm spurgte, hvordan …", "Per Ravn (kasserer) fremlagde regnskabet": who
	 * speaks at a meeting was there. Only in
	 * minutes with an attendance record, since a letter or a judgment reports what people said elsewhere.
	 * Where the record names who came, a speaker not named there is a guest; where it names only the afbud,
	 * everyone else came, so a speaker is present as one of them, unless a title says they came to report
	 * ("Direktør Bo Lind orienterede om, at …").
	 */
	static final class SpokeAtTheMeeting implements AttendanceRules.Rule {
		private static final Pattern P = Pattern.compile("(?u)(?:^|[.\\n]\\s*)" + AttendanceRules.NAME + "(\\s*\\([^()\\n]{2,40}\\))?"
				+ "\\s+(?:(?:oplyste|bemærkede|spurgte|svarede|orienterede\\s+om|foreslog|fremlagde|redegjorde\\s+for),?\\s+(?:at|hvordan|om|hvorfor|hvad|,)"
				+ "|(?:fremlagde|gennemgik|præsenterede)\\s+\\p{Ll})",
				Pattern.MULTILINE);

		@Override
		public void apply(Roll roll) {
			if (!roll.anyAttendance()) {
				return;
			}
			Matcher m = P.matcher(roll.text);
			while (m.find()) {
				String who = AttendanceRules.last(m.group(1));
				if (who != null && roll.get(who) == null) {
					// a title before the name or a role after it ("Lene Holm (kasserer) fremlagde regnskabet")
					boolean titled = !m.group(1).strip().equals(who) || m.group(2) != null;
					roll.attend(who, m.start(1), roll.presentList || titled ? Status.GUEST : Status.PRESENT);
				}
			}
		}
	}
}
