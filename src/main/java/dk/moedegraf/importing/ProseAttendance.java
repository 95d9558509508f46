package dk.moedegraf.importing;

import static dk.moedegraf.importing.Vocabulary.PARTY_LETTERS;
import static dk.moedegraf.importing.Vocabulary.isSpeechVerb;

import dk.moedegraf.names.Fold;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Extraction.Status;
import dk.moedegraf.importing.MeetingDraft.AttendanceAcc;

/**
 * Attendance written as prose inside a meeting: speakers ("Katrine Ring bemærker, …" was there), substitutes
 * ("Som suppleant for X deltog Y (C)"), absence ("… at X desværre ikke kunne deltage"), and a suppleant of the
 * same organisation as the one absent member standing in for that member.
 */
final class ProseAttendance {

	private final Draft r;

	ProseAttendance(Draft r) {
		this.r = r;
	}

	private static final String NAME = "((?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|van|von|de|af|\\p{Lu}\\.)){1,4})";

	private static final String PARTY = "(?:\\s*\\(([^()]{1,40})\\))?";

	private static final String SUB_WORD = "(?:suppleant|stedfortræder)";

	/** Prose substitutes: [pattern, group of the substitute, of its party, of the absent member]. */
	private static final List<Object[]> SUBSTITUTE_SENTENCES = List.of(
			// "Som suppleant for Henrik Vestergård deltog Lise Dam (C)."
			new Object[] { Pattern.compile("\\b(?:[Ss]om\\s+" + SUB_WORD + "\\s+for|[Ii]\\s+stedet\\s+for)\\s+" + NAME + PARTY
					+ ",?\\s+(?:deltog|mødte|var)\\s+(?:\\p{Ll}+\\s+)?" + NAME + PARTY), 3, 4, 1 },
			// "Lise Dam (C) deltog som suppleant for Henrik Vestergård", "… mødte som stedfortræder for …"
			new Object[] { Pattern.compile(NAME + PARTY + ",?\\s+(?:deltog|mødte|var\\s+til\\s+stede)(?:\\s+i\\s+stedet)?\\s+som\\s+"
					+ SUB_WORD + "\\s+for\\s+" + NAME), 1, 2, 3 },
			// "Lise Dam (suppleant for Henrik Vestergård)", "Lise Dam, stedfortræder for Henrik Vestergård"
			new Object[] { Pattern.compile(NAME + PARTY + "\\s*[(,]\\s*(?:som\\s+)?" + SUB_WORD + "\\s+for\\s+" + NAME), 1, 2, 3 },
			// "Henrik Vestergård var fraværende, Lise Dam mødte som stedfortræder"
			new Object[] { Pattern.compile(NAME + PARTY + "\\s+(?:var\\s+fraværende|havde\\s+(?:meldt\\s+)?afbud|var\\s+forhindret)[,;]?\\s+(?:og\\s+)?"
					+ NAME + PARTY + "\\s+(?:deltog|mødte)(?:\\s+i\\s+stedet)?\\s+som\\s+" + SUB_WORD), 3, 4, 1 });

	/** "Som suppleant for X deltog Y (C)": Y is present as suppleant for X, and X is absent. */
	void substitutesInProse(MeetingDraft m) {
		Lines l = r.lines;
		for (int i = m.line; i <= m.regionEnd; i++) {
			String c = l.clean.get(i);
			if (!Fold.key(c).contains("suppleant") && !Fold.key(c).contains("stedfortreder")) {
				continue;
			}
			for (Object[] s : SUBSTITUTE_SENTENCES) {
				Matcher x = ((Pattern) s[0]).matcher(c);
				if (!x.find()) {
					continue;
				}
				String[] sub = Names.titledName(x.group((Integer) s[1]));
				String[] absent = Names.titledName(x.group((Integer) s[3]));
				if (sub == null || absent == null || Names.sameName(sub[1], absent[1])) {
					continue;
				}
				Span span = new Span(Lines.no(i), Lines.no(i));
				String party = x.group((Integer) s[2]);
				String orgName = party == null || SUB_WORD_KEY.matcher(Fold.key(party)).find() ? null
						: r.org(PARTY_LETTERS.getOrDefault(party.strip(), party.strip()), i);
				String who = r.person(sub[1], i);
				String whom = r.person(absent[1], i);
				m.attend(who, Status.PRESENT, "suppleant", sub[0], orgName, span);
				AttendanceAcc a = m.attendance.get(who);
				a.status = Status.PRESENT;
				a.role = "suppleant";
				m.substitute(who, whom);
				if (!m.attendance.containsKey(whom)) {
					m.attend(whom, Status.ABSENT, null, null, new Span(Lines.no(i), Lines.no(i)));
				}
				else if (m.attendance.get(whom).status == Status.PRESENT) {
					m.attendance.get(whom).status = Status.ABSENT; // someone stood in for them: they were not there
				}
				r.membership(who, m.forums.get(0), "suppleant", sub[0], orgName, span);
				if (orgName != null) {
					r.affiliation(who, orgName, sub[0], span);
				}
				break;
			}
		}
	}

	private static final Pattern SUB_WORD_KEY = Pattern.compile("suppleant|stedfortreder");

	private static final Pattern ABSENCE = Pattern.compile(
			"(?i)\\b(?:desværre\\s+)?(?:ikke\\s+kunne\\s+deltage|ikke\\s+kunne\\s+være\\s+til\\s+stede|var\\s+forhindret|havde\\s+meldt\\s+afbud|har\\s+meldt\\s+afbud|var\\s+fraværende|deltog\\s+ikke" + Vocabulary.NOT_FOR_AN_ITEM + ")");

	private static final Pattern NAME_RUN = Pattern
		.compile("\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|van|von|de|af|\\p{Lu}\\.)){1,4}");

	/** "… at Janne Bech Jensen og Jesper Tofte Graabek desværre ikke kunne deltage": absent, unless listed otherwise. */
	void absentInProse(MeetingDraft m) {
		Lines l = r.lines;
		for (int i = m.headerEnd + 1; i <= m.regionEnd; i++) {
			String c = l.clean.get(i);
			Matcher a = ABSENCE.matcher(c);
			if (!a.find()) {
				continue;
			}
			String before = c.substring(0, a.start());
			int clause = Math.max(before.lastIndexOf(" at "), Math.max(before.lastIndexOf(". "), before.lastIndexOf(": ")));
			String subject = clause >= 0 ? before.substring(clause + 2) : before;
			Matcher n = NAME_RUN.matcher(subject);
			while (n.find()) {
				String[] titled = Names.titledName(n.group());
				String name = titled == null ? n.group() : titled[1];
				if (Names.looksLikeName(name) && !m.attendance.containsKey(r.person(name, i))) {
					m.attend(r.person(name, i), Status.ABSENT, null, null, new Span(Lines.no(i), Lines.no(i)));
				}
			}
		}
	}

	private static final Pattern SPEAKER = Pattern.compile("^((?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.|van|von|de|af)){1,4})\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+)?)");

	/** "Katrine Ring bemærker, ..." at the start of a line: the speaker was at the meeting. */
	void speakers(MeetingDraft m) {
		Lines l = r.lines;
		for (int i = m.headerEnd + 1; i <= m.regionEnd; i++) {
			Matcher s = SPEAKER.matcher(l.clean.get(i));
			if (!s.find()) {
				continue;
			}
			// "Kontorchef Bo Lind orienterede": the person without the title
			String[] name = Names.titledName(s.group(1));
			String verb = Fold.key(s.group(2));
			if (name == null || !isSpeechVerb(verb)) {
				continue;
			}
			m.spoke(r.person(name[1], i), new Span(Lines.no(i), Lines.no(i)));
		}
	}

	/** A suppleant present for an absent member who represents the same organisation stands in for that member. */
	void substitutes(MeetingDraft m) {
		for (AttendanceAcc a : m.attendance.values()) {
			if (a.status != Status.PRESENT || a.substituteFor != null || a.onBehalfOf == null
					|| !"suppleant".equals(a.role) && !(a.title != null && a.title.matches("(?iu)(?:\\d\\.\\s*)?(?:suppleant|stedfortræder).*"))) {
				// a suppleant by role or title; a næstformand beside an absent formand of the same organisation is none
				continue;
			}
			List<AttendanceAcc> absent = m.attendance.values()
				.stream()
				.filter(b -> b.status == Status.ABSENT && a.onBehalfOf.equals(b.onBehalfOf))
				.toList();
			if (absent.size() == 1) {
				a.substituteFor = absent.get(0).person;
			}
			else if (absent.size() > 1) {
				r.warnings.add(a.person + " is suppleant for " + a.onBehalfOf + " but " + absent.size()
						+ " members of it are absent; substitute not recorded");
			}
		}
	}
}
