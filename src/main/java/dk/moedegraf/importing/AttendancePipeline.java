package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.moedegraf.importing.Extraction.Affiliation;
import dk.moedegraf.importing.Extraction.Attendance;
import dk.moedegraf.importing.Extraction.ForumX;
import dk.moedegraf.importing.Extraction.MeetingX;
import dk.moedegraf.importing.Extraction.Membership;
import dk.moedegraf.importing.Extraction.OrgX;
import dk.moedegraf.importing.Extraction.PersonX;
import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Extraction.Status;

/**
 * Runs the {@link AttendanceRules} on a document and puts what they read into the layout parser's
 * {@link Extraction} when they read more people than it tied to the document's meeting and forum. When
 * the layout parser found no meeting, the meeting comes from {@link MeetingHeader}. A document with no
 * list heading and no attendance sentence (a decision letter, a judgment) gets no attendance and no
 * membership from here.
 */
final class AttendancePipeline {

	private AttendancePipeline() {
	}

	static Extraction complement(Extraction x, String text) {
		x = withHeaderPlace(x, text);
		Roll roll = AttendanceRules.read(text);
		List<Roll.Row> rows = roll.rows().stream().filter(r -> r.status != null || r.member).toList();
		Set<String> tied = new HashSet<>();
		x.attendance().forEach(a -> tied.add(Roll.key(a.person())));
		x.memberships().forEach(m -> tied.add(Roll.key(m.person())));
		if (rows.size() <= tied.size() && tied.stream().noneMatch(roll.rejected::contains)) {
			return enrich(x, rows);
		}
		List<MeetingX> meetings = new ArrayList<>(x.meetings());
		List<ForumX> forums = new ArrayList<>(x.forums());
		String forum = !meetings.isEmpty() && !meetings.get(0).forums().isEmpty() ? meetings.get(0).forums().get(0)
				: forums.isEmpty() ? null : forums.get(0).name();
		MeetingHeader header = MeetingHeader.read(text);
		if (forum != null && sentence(forum) && header.forum() != null && !sentence(header.forum())) {
			forum = null; // the layout parser took a sentence for the forum's name
			meetings.clear();
		}
		if (forum == null && header.forum() != null) {
			forum = header.forum();
			forums.add(new ForumX(forum, null, List.of(), null, new Span(1, 1)));
		}
		boolean attendance = rows.stream().anyMatch(r -> r.status != null);
		if (forum == null && attendance && x.document().title() != null) {
			// minutes that never name their body still record who came: the meeting is the document's own
			forum = documentForum(x.document().title());
			forums.add(new ForumX(forum, null, List.of(), null, new Span(1, 1)));
		}
		if (meetings.isEmpty() && attendance && forum != null) {
			meetings.add(new MeetingX("pipeline", forum, List.of(forum), header.date(), header.start(), header.end(),
					header.location(), List.of(), new Span(1, 1)));
		}
		String meeting = meetings.isEmpty() ? null : meetings.get(0).key();

		List<PersonX> people = new ArrayList<>(x.people());
		java.util.Map<String, String> known = new java.util.HashMap<>(); // key -> the name facts must use
		people.forEach(p -> known.put(Roll.key(p.name()), p.name()));
		List<OrgX> orgs = new ArrayList<>(x.organisations());
		Set<String> knownOrgs = new HashSet<>();
		orgs.forEach(o -> knownOrgs.add(Fold.key(o.name())));
		List<Attendance> att = new ArrayList<>(x.attendance().stream().filter(a -> !a.meetingKey().equals(meeting)).toList());
		String forumName = forum;
		List<Membership> members = new ArrayList<>(x.memberships().stream().filter(m -> !m.forum().equals(forumName)).toList());
		List<Affiliation> affiliations = new ArrayList<>(x.affiliations());
		for (Roll.Row r : rows) {
			Span span = new Span(r.line, r.line);
			String name = person(r.name, known, people, span);
			String substituteFor = r.substituteFor == null ? null : person(r.substituteFor, known, people, span);
			String behalf = behalf(r, orgs, knownOrgs, span);
			String other = r.party != null && r.organisation != null ? (behalf.equals(r.party) ? r.organisation : r.party) : null;
			if (other != null) {
				// "Ole Lund (V), Vestby Kommune": whom the person does not sit for here is still the person's
				organisation(other, other.equals(r.party) ? "party" : null, orgs, knownOrgs, span);
				affiliations.add(new Affiliation(name, other, null, span));
			}
			if (r.status != null && meeting != null) {
				att.add(new Attendance(name, meeting, r.status, r.role, r.title, behalf, substituteFor, List.of(), span));
			}
			if ((r.member || meeting == null) && forum != null) {
				members.add(new Membership(name, forum, r.role, r.title, behalf, span));
			}
		}
		return new Extraction(x.document(), meetings, people, orgs, forums, x.initiatives(), att, members,
				affiliations, x.participations(), x.warnings());
	}

	/**
	 * The layouts tied as many people as the rules: keep their facts, and fill what they left empty (whom a
	 * person sits for, a role or title, whom they stood in for) from the rule's row for the same person. "• Formand: Ole Lund (A),
	 * Aarhus" read as a list entry by both keeps the party the rule read.
	 */
	/** The first lines' place ("Mødet blev afholdt på Solgården") for a meeting the layouts gave none, whoever reads the roll. */
	private static Extraction withHeaderPlace(Extraction x, String text) {
		if (x.meetings().isEmpty() || x.meetings().get(0).location() != null) {
			return x;
		}
		String place = MeetingHeader.read(text).location();
		if (place == null) {
			return x;
		}
		List<MeetingX> meetings = new ArrayList<>(x.meetings());
		MeetingX m = meetings.get(0);
		meetings.set(0, new MeetingX(m.key(), m.title(), m.forums(), m.date(), m.start(), m.end(), place, m.items(), m.span()));
		return new Extraction(x.document(), meetings, x.people(), x.organisations(), x.forums(), x.initiatives(), x.attendance(),
				x.memberships(), x.affiliations(), x.participations(), x.warnings());
	}

	private static Extraction enrich(Extraction x, List<Roll.Row> rows) {
		java.util.Map<String, Roll.Row> byKey = new java.util.HashMap<>();
		rows.forEach(r -> byKey.putIfAbsent(Roll.key(r.name), r));
		List<OrgX> orgs = new ArrayList<>(x.organisations());
		Set<String> knownOrgs = new HashSet<>();
		orgs.forEach(o -> knownOrgs.add(Fold.key(o.name())));
		Set<String> stoodInFor = new HashSet<>();
		rows.stream().filter(r -> r.substituteFor != null).forEach(r -> stoodInFor.add(Roll.key(r.substituteFor)));
		List<Attendance> att = x.attendance().stream().map(a -> {
			Roll.Row r = byKey.get(Roll.key(a.person()));
			if (r == null) {
				return a;
			}
			// someone stood in for them: absent, whatever a list of everyone invited says
			Status status = r.status == Status.ABSENT && stoodInFor.contains(Roll.key(a.person())) ? Status.ABSENT : a.status();
			return new Attendance(a.person(), a.meetingKey(), status, or(a.role(), r.role), or(a.title(), r.title),
					or(a.onBehalfOf(), behalf(r, orgs, knownOrgs, a.span())), or(a.substituteFor(), r.substituteFor), a.agendaItems(),
					a.span());
		}).toList();
		List<Membership> members = x.memberships().stream().map(m -> {
			Roll.Row r = byKey.get(Roll.key(m.person()));
			return r == null ? m : new Membership(m.person(), m.forum(), or(m.role(), r.role), or(m.title(), r.title),
					or(m.onBehalfOf(), behalf(r, orgs, knownOrgs, m.span())), m.span());
		}).toList();
		return new Extraction(x.document(), x.meetings(), x.people(), orgs, x.forums(), x.initiatives(), att, members,
				x.affiliations(), x.participations(), x.warnings());
	}

	private static String or(String a, String b) {
		return a != null ? a : b;
	}

	/**
	 * Whom a rule's row sits for, adding the organisation to the extraction when new: the party, but a kommune or a
	 * region beside it ("Borgmester Ole Lund (V), Vestby Kommune" in a body of municipalities), as each sits there for
	 * the authority they come from.
	 */
	private static String behalf(Roll.Row r, List<OrgX> orgs, Set<String> knownOrgs, Span span) {
		String behalf = r.party != null && !Vocabulary.isAuthority(r.organisation) ? r.party : r.organisation;
		organisation(behalf, behalf != null && behalf.equals(r.party) ? "party" : null, orgs, knownOrgs, span);
		return behalf;
	}

	/** The organisation in the extraction, added when new. */
	private static void organisation(String name, String kind, List<OrgX> orgs, Set<String> knownOrgs, Span span) {
		if (name != null && knownOrgs.add(Fold.key(name))) {
			orgs.add(new OrgX(name, kind, List.of(), span));
		}
	}

	/** "referat_naturraad_2031-03-02.txt" → "referat naturraad 2031-03-02": the title as a name, without a file's extension. */
	static String documentForum(String title) {
		return title.strip().replaceFirst("(?i)\\.(txt|pdf|docx?|html?|md)$", "").replace('_', ' ').strip();
	}

	/** "Pendlerbroen afholdte partnermøde 9 i Göteborg d. 5. september 2031": a sentence, not a name. */
	private static boolean sentence(String name) {
		return name.split("\\s+").length > 8 || Dates.first(name) != null;
	}

	/** The name the extraction knows the person by, adding the person when new. */
	private static String person(String name, java.util.Map<String, String> known, List<PersonX> people, Span span) {
		return known.computeIfAbsent(Roll.key(name), k -> {
			people.add(new PersonX(name, List.of(), List.of(), span));
			return name;
		});
	}
}
