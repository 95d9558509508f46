package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Status;
import dk.moedegraf.importing.Vocabulary.Heading;

/**
 * Attendance rules for who is a member: member pages grouped by whom they sit for, boards described in
 * sentences, and members not listed absent on a roll that lists no one present.
 */
final class MemberRules {

	private MemberRules() {
	}

	/**
	 * A page of members grouped under lines that say whom they sit for: "Vestby lokalområde\n • Ole Lund\n •
	 * Eva Holm, formand\n\nUdpeget af Byrådet\n • Per Ravn (V)". Only where no rule read an attendance,
	 * and only bulleted names, so that a meeting's case text with a line above a list is not read as members.
	 */
	static final class MemberGroups implements AttendanceRules.Rule {
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
				String appointer = label.replaceFirst("(?iu)^(?:udpeget|valgt|indstillet)\\s+(?:af|fra)\\s+", "");
				// "Repræsentantskabet" over its members is the body they sit in, "Udpeget af Byrådet" the one that sent them
				String behalf = appointer.equals(label) && Vocabulary.FORUM_WORD.matcher(label).find() ? null
						: FOR_PERIOD.matcher(appointer).replaceFirst("");
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
	 * A board written role by role, one per line, as associations' pages and minutes' headers do: "Formand: Ole
	 * Lund⏎Næstformand: Eva Holm⏎Kasserer: Per Ravn", or each role above its name. Two such or more: members, with
	 * their roles. A deputy ("Suppleant: …") is none, and a secretary or minute-taker is read by the headings as a
	 * guest.
	 */
	static final class RoleLines implements AttendanceRules.Rule {
		/** A board's roles, each a member's. */
		private static final String BOARD_ROLE = "(formand|forperson|næstformand|næstforperson|viceformand|kasserer|bestyrelsesmedlem|"
				+ "menigt\\s+medlem|medlem)";

		private static final Pattern LINE = Pattern.compile("(?ium)^[ \\t]*(?:[•·▪*\\-–][ \\t]+)?" + BOARD_ROLE + "[ \\t]*(?::[ \\t]*([^\\n]+)"
				// the role on a line of its own and the name on the next, as a web page's fields come: "Formand⏎Ole Lund"
				+ "|:?[ \\t]*\\n[ \\t]*([^\\n:]{3,60}))$");

		/** The name on a line and its role on the next, as a page of contact cards has them: "Ole Lund⏎Formand⏎ole@…". */
		private static final Pattern NAME_THEN_ROLE = Pattern.compile("(?ium)^[ \\t]*(?:[•·▪*\\-–][ \\t]+)?([^\\n:]{3,60}?)[ \\t]*\\n"
				+ "[ \\t]*" + BOARD_ROLE + "[ \\t]*$");

		@Override
		public void apply(Roll roll) {
			Matcher m = LINE.matcher(roll.text);
			List<int[]> lines = new ArrayList<>();
			while (m.find()) {
				int g = m.group(2) != null ? 2 : 3;
				// "Formand⏎Ole Lund, direktør, Vestby Erhvervsråd": the name before its title and employer
				if (g == 3 && !PersonNames.looksLikePersonName(m.group(3).split(",", 2)[0].strip())) {
					continue;
				}
				lines.add(new int[] { m.start(1), m.end(1), m.start(g), m.end(g) });
			}
			if (lines.size() < 2) {
				// no role above a name: perhaps each name above its role
				lines.clear();
				Matcher n = NAME_THEN_ROLE.matcher(roll.text);
				while (n.find()) {
					if (PersonNames.looksLikePersonName(n.group(1).strip())) {
						lines.add(new int[] { n.start(2), n.end(2), n.start(1), n.end(1) });
					}
				}
			}
			if (lines.size() < 2) {
				return;
			}
			for (int[] l : lines) {
				List<ListEntries.Entry> entries = ListEntries.read(roll.text.substring(l[2], l[3]), l[2]);
				if (entries.isEmpty()) {
					continue;
				}
				ListEntries.Entry e = entries.get(0);
				Roll.Row r = roll.row(e.name, e.offset);
				r.member = true;
				r.role = r.role == null ? Names.lower(roll.text.substring(l[0], l[1]).replaceAll("\\s+", " ")) : r.role;
				r.party = r.party == null ? e.party : r.party;
				// "Kasserer⏎Per Ravn⏎Udpeget af Vestby Kommune": the line under the name says whom the member sits for, before
				// an employer after the name's comma ("Ole Lund, direktør, Vestby Erhvervsråd⏎Udpeget af: Vestby Kommune")
				int next = roll.text.indexOf('\n', l[3]);
				String appointer = null;
				if (next >= 0) {
					int end = roll.text.indexOf('\n', next + 1);
					String org = Vocabulary.appointedBy(roll.text.substring(next + 1, end < 0 ? roll.text.length() : end).strip());
					appointer = org != null && ListEntries.organisation(org) ? org : null;
				}
				r.organisation = r.organisation != null ? r.organisation : appointer != null ? appointer : e.organisation;
			}
		}
	}

	/**
	 * A report of who sits on a board, in sentences: "De øvrige medlemmer i bestyrelsen er Ole Lund og Eva
	 * Holm", "Lærerrepræsentanterne er Per Ravn og Ida Krog", "Udpeget af bestyrelsen er borgmester Jens Dahl",
	 * "Karen Bak er valgt som ny formand for skolebestyrelsen", "Fra KL deltager Lise Vang i bestyrelsens
	 * arbejde". Only where no attendance was read; who left ("trådt ud af") or was replaced is no member.
	 */
	static final class MembersInProse implements AttendanceRules.Rule {
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
				String who = PersonNames.splitRunTogether(f.group(2)).stream().findFirst().orElse(null);
				if (who != null && sentenceAround(roll.text, f.start()).matches("(?s).*(?:arbejde|bestyrelse|udvalg|råd).*")) {
					members(roll, f.start(2), who, f.group(1));
				}
			}
		}

		private static void members(Roll roll, int offset, String text, String organisation) {
			for (String n : PersonNames.splitRunTogether(text)) {
				Roll.Row r = roll.row(n, offset + Math.max(0, text.indexOf(n.split(" ", 2)[0])));
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

	/**
	 * "Medlemmer: Ole Lund, Eva Holm … Fraværende: Eva Holm" (or "Per Ravn, suppleant for Eva Holm") and no
	 * list of who came: the other members came.
	 */
	static final class MembersNotAbsentArePresent implements AttendanceRules.Rule {
		@Override
		public void apply(Roll roll) {
			boolean members = roll.rows().stream().anyMatch(r -> r.member);
			boolean absent = roll.rows().stream().anyMatch(r -> r.status == Status.ABSENT);
			if (members && absent && !roll.presentList) {
				roll.rows().stream().filter(r -> r.member && r.status == null).forEach(r -> r.status = Status.PRESENT);
			}
		}
	}
}
