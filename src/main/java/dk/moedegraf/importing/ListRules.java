package dk.moedegraf.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Status;
import dk.moedegraf.importing.ListSections.Section;
import dk.moedegraf.importing.Vocabulary.Heading;
import dk.moedegraf.importing.Vocabulary.ListKind;

/** Attendance rules for lists under headings, in every layout PDF-to-text leaves them in. */
final class ListRules {

	private ListRules() {
	}

	/**
	 * Lists under a heading, every layout: "Afbud: Ole Lund (A), Eva Holm, F og Per Ravn" /
	 * "Til stede\n• Lektor Ole Lund\n• Eva Holm, Dansk Industri (formand)" / "Medlemmer Ole Lund Eva Holm".
	 * A heading's role ("Referent:") goes to each person under it; "Eva Holm, F - Ole Lund stedfortræder"
	 * under "Afbud" makes Ole Lund present in Eva Holm's place.
	 */
	static final class HeadedLists implements AttendanceRules.Rule {

		@Override
		public void apply(Roll roll) {
			boolean seenPresent = false;
			boolean seenAbsent = false;
			int rollEnd = 0;
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
				// "Fraværende" under an agenda item after the meeting's roll: who was out for that item, not
				// for the meeting ("60. Godkendelse af dagsorden … Fraværende Ole Lund (O)")
				if (s.kind() == ListKind.ABSENT && seenPresent && seenAbsent
						&& roll.text.substring(rollEnd, s.start()).lines().anyMatch(HeadedLists::agendaItem)) {
					continue;
				}
				if (s.kind() == ListKind.PRESENT && Vocabulary.ALL_EXCEPT.matcher(roll.text).region(s.start(), s.end()).lookingAt()) {
					continue; // "Til stede: Alle medlemmer undtagen Ole Lund": who stayed away, read by AllPresentExcept
				}
				rollEnd = s.end();
				seenPresent |= s.kind() == ListKind.PRESENT && s.role() == null;
				seenAbsent |= s.kind() == ListKind.ABSENT && seenPresent;
				ListEntries.Entry previous = null;
				// "Afbud med stedfortræder: Carl Eg (O) - Dan Fisk (O)": the name after a dash came in the one before's place
				boolean pairs = s.kind() == ListKind.ABSENT
						&& WITH_DEPUTY.matcher(roll.text.substring(s.headingStart(), s.start())).find();
				List<ListEntries.Entry> entries = ListEntries.read(withoutDeputyColumn(roll.text.substring(s.start(), s.end())), s.start());
				labelledOrganisations(roll, s, entries);
				organisationLabels(roll, s, entries);
				partyLines(roll, s, entries);
				organisationsBelow(roll, entries);
				for (ListEntries.Entry e : entries) {
					Roll.Row r = roll.row(e.name, e.offset);
					if (s.kind() == ListKind.MEMBER && !e.deputy) {
						r.member = true;
					}
					if (e.absentee || e.away) {
						roll.attend(e.name, e.offset, Status.ABSENT); // in a list of members too: the others then came
					}
					else if (s.kind() == ListKind.MEMBER && !e.deputy) {
						// listed, attendance from other rules
					}
					else if (e.partial && s.kind() == ListKind.ABSENT) {
						roll.attend(e.name, e.offset, Status.PRESENT); // "Ole Lund gik kl. 19" in a flattened absent block
					}
					else if ((e.substitutesPrevious || pairs && e.afterDash) && previous != null) {
						roll.attend(e.name, e.offset, Status.PRESENT);
						r.substituteFor = r.substituteFor == null ? previous.name : r.substituteFor;
					}
					else {
						String role = e.role != null ? e.role : s.role();
						roll.attend(e.name, e.offset, status(s.kind(), role));
						roll.presentList |= s.kind() == ListKind.PRESENT && s.role() == null;
					}
					r.role = r.role == null ? (e.role != null ? e.role : s.role()) : r.role;
					if (r.role == null && e.title != null && Vocabulary.isRoleWord(e.title)) {
						// "Formand Ole Lund": the role word before the name is the role; a stedfortræder is a suppleant
						r.role = e.title.matches("(?iu)stedfortræder.*") ? "suppleant" : Names.lower(e.title);
					}
					r.title = r.title == null ? e.title : r.title;
					r.party = r.party == null ? e.party : r.party;
					r.organisation = r.organisation == null ? e.organisation : r.organisation;
					if (e.substituteFor != null && r.substituteFor == null) {
						r.substituteFor = e.substituteFor;
						Roll.Row away = roll.get(e.substituteFor);
						if ((away == null || away.status == null) && r.status != Status.ABSENT) {
							roll.attend(e.substituteFor, e.offset, Status.ABSENT); // whom a suppleant stood in for was away
						}
					}
					previous = e;
				}
			}
		}

		private static final Pattern WITH_DEPUTY = Pattern.compile("(?iu)\\smed\\s+(?:stedfortræder|suppleant)");

		/** A party's name on a line of its own over names ("Siumut⏎Malik Berthelsen⏎Aviaja Egede"): the party they sit for. */
		private static void partyLines(Roll roll, Section s, List<ListEntries.Entry> entries) {
			java.util.TreeMap<Integer, String> groups = new java.util.TreeMap<>(); // where each party's line ends
			boolean afterBlank = true;
			for (int at = s.start(); at < s.end();) {
				int end = roll.text.indexOf('\n', at);
				end = end < 0 || end > s.end() ? s.end() : end;
				String line = roll.text.substring(at, end).strip();
				// over its names, after a blank line; right under a name it is that one's ("Ole Lund⏎Venstre", organisationsBelow)
				if (afterBlank && Vocabulary.isPartyName(line)) {
					groups.put(end, line);
				}
				afterBlank = line.isEmpty();
				at = end + 1;
			}
			for (ListEntries.Entry e : entries) {
				java.util.Map.Entry<Integer, String> group = groups.lowerEntry(e.offset);
				if (group != null && e.party == null && e.organisation == null) {
					e.party = group.getValue();
				}
			}
		}

		/**
		 * "Ole Lund (formand)⏎Socialdemokratiet⏎⏎Eva Holm⏎Vestby Svømmeklub": a member page that puts each person's party
		 * or association on the line under the name, and nothing else there.
		 */
		private static void organisationsBelow(Roll roll, List<ListEntries.Entry> entries) {
			for (ListEntries.Entry e : entries) {
				if (e.organisation != null || e.party != null) {
					continue;
				}
				int lineEnd = roll.text.indexOf('\n', e.end);
				if (lineEnd < 0 || !roll.text.substring(e.end, lineEnd).matches("[ \\t]*(?:\\([^()]{1,40}\\))?[ \\t,]*")) {
					continue; // the name's line holds more than the name and a role
				}
				int nextEnd = roll.text.indexOf('\n', lineEnd + 1);
				String below = roll.text.substring(lineEnd + 1, nextEnd < 0 ? roll.text.length() : nextEnd).strip().replaceFirst(",$", "");
				int belowEnd = nextEnd < 0 ? roll.text.length() : nextEnd;
				boolean entryBelow = entries.stream().anyMatch(o -> o.offset > lineEnd && o.offset < belowEnd);
				String first = below.split("[\\s,]+")[0];
				if (!below.isEmpty() && !entryBelow && below.indexOf(':') < 0 && below.split("\\s+").length <= 8 && ListEntries.organisation(below)
						&& !NameLexicon.isTitle(first) && !Vocabulary.isRole(first)
						&& Vocabulary.HEADINGS.stream().noneMatch(h -> h.pattern().matcher(below).lookingAt())) {
					e.organisation = below;
				}
			}
		}

		/** "Navn: Ole Lund⏎Organisation: DH Vestby": a field under the name says whom the person sits for. */
		private static final Pattern ORGANISATION_FIELD = Pattern.compile("(?imu)^[ \\t]*(?:organisation|forening|repræsenterer|"
				+ "repræsentant\\s+for|udpeget\\s+af|indstillet\\s+af|parti)[ \\t]*:[ \\t]*([^\\n]{2,80}?)[ \\t]*$");

		private static void labelledOrganisations(Roll roll, Section s, List<ListEntries.Entry> entries) {
			Matcher m = ORGANISATION_FIELD.matcher(roll.text).region(s.start(), s.end());
			while (m.find()) {
				ListEntries.Entry owner = null;
				for (ListEntries.Entry e : entries) {
					if (e.offset < m.start()) {
						owner = e;
					}
				}
				if (owner != null && owner.organisation == null && !PersonNames.looksLikePersonName(m.group(1))) {
					owner.organisation = m.group(1);
				}
			}
		}

		/**
		 * "Fra Dansk Industri: Ole Lund, Eva Holm", "for FOA Vestby: Eva Holm", "På vegne af KL:", "Socialdemokratiet: Ole Lund",
		 * "DH: Eva Holm" opening a line of a list: whom the names after it sit for. Without "Fra" the label must read as a party, an acronym or an
		 * organisation ("Vestby Lærerforening"), so that "Formand: Ole Lund" stays a role.
		 */
		private static final Pattern ORGANISATION_LABEL = Pattern.compile("(?mu)^[ \\t•·▪*\\-–]*(" + Vocabulary.ON_BEHALF_OF + "\\s+)?"
				+ "(\\p{Lu}[^:\\n]{0,60}?)[ \\t]*:[ \\t]*(?:(?=(\\S))|$)");

		/**
		 * "Deltagere fra BUPL:", "Til stede fra KL:", "Medlemmer udpeget af Vestby Byråd:": a heading naming whom the
		 * people under it came or sit for.
		 */
		private static final Pattern HEADING_FROM = Pattern.compile("(?iu)\\s(?:fra|(?:udpeget|valgt|indstillet|udnævnt)\\s+(?:af|fra))\\s+"
				+ "((?-i:\\p{Lu})[^:\\n]{0,60}?)[ \\t]*:");

		private static void organisationLabels(Roll roll, Section s, List<ListEntries.Entry> entries) {
			Matcher from = HEADING_FROM.matcher(roll.text).region(s.headingStart(), s.start());
			if (from.find() && ListEntries.organisation(from.group(1).strip())) {
				entries.stream().filter(e -> e.organisation == null).forEach(e -> e.organisation = from.group(1).strip());
			}
			Matcher m = ORGANISATION_LABEL.matcher(roll.text).region(s.start(), s.end());
			while (m.find()) {
				String label = m.group(2).strip();
				boolean said = m.group(1) != null || Vocabulary.isParty(label) || Vocabulary.PARTY_LETTERS.containsValue(label)
						|| label.matches("\\p{Lu}{2,6}(?:[ -]\\p{Lu}{2,6})?") || Names.looksLikeOrganisation(label);
				// "HMU: Ole Lund", "Bestyrelsen: …" name a body, "TR: Eva Holm" a role: no one's organisation
				// "for Dansk Sygeplejeråd:", "På vegne af Ældrerådet:": whom someone sits for, even a body's name
				boolean onBehalf = m.group(1) != null && !m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("fra");
				if (!said || !ListEntries.organisation(label) || label.matches("(?iu)" + Vocabulary.OFFICES) || Vocabulary.isRole(label)
						|| !onBehalf && Vocabulary.FORUM_WORD.matcher(label).find() || Vocabulary.isGenericForumName(label)) {
					continue;
				}
				// names on the label's line, or, when the label ends its line ("KL:"), on the lines under it to a blank line
				int lineEnd = roll.text.indexOf('\n', m.end());
				int scopeEnd = lineEnd < 0 ? roll.text.length() : lineEnd;
				if (m.group(3) == null) {
					int blank = roll.text.indexOf("\n\n", m.end());
					Matcher nextLabel = ORGANISATION_LABEL.matcher(roll.text).region(Math.min(scopeEnd + 1, s.end()), s.end());
					scopeEnd = Math.min(blank < 0 ? s.end() : blank, nextLabel.find() ? nextLabel.start() : s.end());
				}
				for (ListEntries.Entry e : entries) {
					if (e.offset >= m.end() && e.offset < scopeEnd && e.organisation == null && e.party == null) {
						if (Vocabulary.isParty(label)) {
							e.party = label;
						}
						else {
							e.organisation = label;
						}
					}
				}
			}
		}

		private static final Pattern DEPUTY_COLUMN = Pattern.compile("(?iu)(?:personlig\\s+)?(?:stedfortræder|suppleant)(?:e|er|en)?");

		/**
		 * A table of members beside their deputies ("Medlem⇥Stedfortræder"): the deputies' column blanked, since a
		 * deputy is no member. Blanked with spaces, so every entry keeps its offset.
		 */
		static String withoutDeputyColumn(String section) {
			String[] lines = section.split("\n", -1);
			int col = -1;
			for (String line : lines) {
				if (!line.isBlank()) {
					String[] cells = line.split("\t", -1);
					for (int c = 1; c < cells.length && col < 0; c++) {
						if (DEPUTY_COLUMN.matcher(cells[c].strip()).matches()) {
							col = c;
						}
					}
					break;
				}
			}
			if (col < 0) {
				return section;
			}
			for (int i = 0; i < lines.length; i++) {
				String[] cells = lines[i].split("\t", -1);
				if (cells.length > col) {
					cells[col] = " ".repeat(cells[col].length());
					lines[i] = String.join("\t", cells);
				}
			}
			return String.join("\n", lines);
		}

		/** "60. Godkendelse af dagsorden", "Punkt 3: …" ({@link Vocabulary#ITEM_HEADING}); "3. marts 2031" is a date. */
		private static boolean agendaItem(String line) {
			Matcher m = Vocabulary.ITEM_HEADING.matcher(line.strip());
			return m.find() && (m.group(1) != null || Character.isUpperCase(m.group(3).codePointAt(0)));
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
	 * A roll with no heading, a person to a line and after a dash, a colon or a tab what became of them: "Ole Lund
	 * (formand) - Til stede⏎Eva Holm - Fraværende". Two such lines in a row (blank lines between allowed) make the
	 * roll; one alone may be a sentence's.
	 */
	static final class StatusBesideNames implements AttendanceRules.Rule {
		private static final Pattern LINE = Pattern.compile("(?mu)^[ \\t]*(?:[•·▪*\\-–][ \\t]*)?(\\p{Lu}[^\\n]*?)[ \\t]*(?:[-–:]|\\t)[ \\t]*((?iu:"
				+ Vocabulary.STATUS_NOTE.pattern().substring("(?iu)".length()) + "))[ \\t]*\\.?[ \\t]*$");

		@Override
		public void apply(Roll roll) {
			List<java.util.regex.MatchResult> run = new java.util.ArrayList<>();
			Matcher m = LINE.matcher(roll.text);
			int lastEnd = -1;
			while (m.find()) {
				if (!ListSections.entryLike(m.group(1))) {
					continue;
				}
				if (lastEnd >= 0 && !roll.text.substring(lastEnd, m.start()).isBlank()) {
					read(roll, run);
					run.clear();
				}
				run.add(m.toMatchResult());
				lastEnd = m.end();
			}
			read(roll, run);
		}

		private static void read(Roll roll, List<java.util.regex.MatchResult> run) {
			if (run.size() < 2) {
				return;
			}
			for (java.util.regex.MatchResult line : run) {
				List<ListEntries.Entry> entries = ListEntries.read(line.group(1), line.start(1));
				if (entries.size() != 1) {
					continue; // two names on one line are no roll's entry
				}
				ListEntries.Entry e = entries.get(0);
				String said = line.group(2);
				boolean away = Vocabulary.AWAY_NOTE.matcher(said).matches();
				Roll.Row r = roll.attend(e.name, e.offset, away ? Status.ABSENT : Status.PRESENT);
				r.role = r.role == null ? e.role : r.role;
				r.title = r.title == null ? e.title : r.title;
				r.party = r.party == null ? e.party : r.party;
				r.organisation = r.organisation == null ? e.organisation : r.organisation;
				roll.presentList |= !away;
			}
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
	static final class ColumnHeadingsFirst implements AttendanceRules.Rule {
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
}
