package dk.moedegraf.importing;

import static dk.moedegraf.importing.Initiatives.codeKey;
import static dk.moedegraf.importing.Vocabulary.PARTY_LETTERS;
import static dk.moedegraf.importing.Vocabulary.forumKind;
import static dk.moedegraf.importing.Vocabulary.orgKind;

import dk.moedegraf.names.Fold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.moedegraf.importing.Extraction.AgendaItemX;
import dk.moedegraf.importing.Extraction.Affiliation;
import dk.moedegraf.importing.Extraction.Attendance;
import dk.moedegraf.importing.Extraction.DocumentInfo;
import dk.moedegraf.importing.Extraction.ForumX;
import dk.moedegraf.importing.Extraction.InitiativeX;
import dk.moedegraf.importing.Extraction.MeetingX;
import dk.moedegraf.importing.Extraction.Membership;
import dk.moedegraf.importing.Extraction.OrgX;
import dk.moedegraf.importing.Extraction.Participation;
import dk.moedegraf.importing.Extraction.PersonX;
import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Extraction.Status;
import dk.moedegraf.importing.MeetingDraft.AttendanceAcc;
import dk.moedegraf.importing.MeetingDraft.ItemAcc;

/**
 * What the layout steps of {@link MinutesParser} have read so far, with the bookkeeping they share: one person
 * per name as written (the same name in OCR variants joins), organisations ("UC VIA" is "VIA UC"), forums and
 * initiatives by name or alias, meetings; {@link #finish()} gives the {@link Extraction}, with short forms of a
 * name ("Ole Kiil") joined to the one longer form in the document ("Ole Kiil Jacobsen").
 */
final class Draft {
	final Lines lines;

	final String title;

	String kind;

	LocalDate date;

	List<String> caseNumbers = List.of();

	final List<String> caseHandlers = new ArrayList<>();

	final List<String> warnings = new ArrayList<>();

	final Map<String, PersonAcc> people = new LinkedHashMap<>();

	final Map<String, NamedAcc> orgs = new LinkedHashMap<>();

	final Map<String, NamedAcc> forums = new LinkedHashMap<>();

	final Map<String, InitiativeAcc> initiatives = new LinkedHashMap<>();

	final List<MeetingDraft> meetings = new ArrayList<>();

	final List<Membership> memberships = new ArrayList<>();

	final List<Affiliation> affiliations = new ArrayList<>();

	final List<Participation> participations = new ArrayList<>();

	final Set<String> ambiguousInitials = new LinkedHashSet<>();

	Draft(Lines lines, String title) {
		this.lines = lines;
		this.title = title;
	}

	String person(String name, int line) {
		String n = Names.display(name);
		String k = Fold.key(n);
		PersonAcc p = people.get(k);
		if (p == null) {
			for (PersonAcc q : people.values()) {
				if (Names.sameName(q.name, n)) {
					q.aliases.add(n);
					return q.name;
				}
			}
			p = new PersonAcc(n, line);
			people.put(k, p);
		}
		return p.name;
	}

	String org(String name, int line) {
		String n = name.strip().replaceFirst("[:,]$", "").strip();
		String sorted = sortedKey(n);
		for (NamedAcc o : orgs.values()) {
			// "UC VIA" and "VIA UC" are one organisation
			if (sortedKey(o.name).equals(sorted) && !Fold.key(o.name).equals(Fold.key(n))) {
				o.aliases.add(n);
				return o.name;
			}
		}
		return named(orgs, n, line);
	}

	private static String sortedKey(String s) {
		return String.join(" ", new java.util.TreeSet<>(List.of(Fold.key(s).split(" "))));
	}

	String forum(String name, int line) {
		return named(forums, name, line);
	}

	void orgAlias(String org, String alias) {
		orgs.get(Fold.key(org)).aliases.add(alias);
	}

	void forumAlias(String forum, String alias) {
		forums.get(Fold.key(forum)).aliases.add(alias);
	}

	void forumParent(String forum, String parent) {
		forums.get(Fold.key(forum)).parent = parent;
	}

	private String named(Map<String, NamedAcc> map, String name, int line) {
		String n = name.replaceAll("\\s+", " ").strip();
		String k = Fold.key(n);
		NamedAcc a = map.get(k);
		if (a == null) {
			for (NamedAcc b : map.values()) {
				if (b.aliases.stream().anyMatch(x -> Fold.key(x).equals(k))) {
					return b.name;
				}
			}
			a = new NamedAcc(n, line);
			map.put(k, a);
		}
		return a.name;
	}

	void initiative(String title, String kind, String code, List<String> aliases, int line, int end) {
		String t = title.replaceAll("\\s+", " ").strip();
		InitiativeAcc existing = code != null ? initiativeByCode(code) : initiatives.get(Fold.key(t));
		if (existing == null) {
			for (InitiativeAcc in : initiatives.values()) {
				if (Fold.key(in.name).equals(Fold.key(t)) || ocrSameText(in.name, t)) {
					existing = in;
				}
			}
		}
		if (existing != null) {
			existing.aliases.add(t);
			existing.aliases.addAll(aliases);
			return;
		}
		InitiativeAcc in = new InitiativeAcc(t, kind, code, line, end);
		in.aliases.addAll(aliases);
		initiatives.put(Fold.key(t), in);
	}

	InitiativeAcc initiativeByCode(String code) {
		for (InitiativeAcc in : initiatives.values()) {
			if (in.code != null && codeKey(in.code).equals(codeKey(code))) {
				return in;
			}
		}
		return null;
	}

	MeetingDraft meeting(String title, List<String> forumNames, LocalDate date, int line) {
		List<String> fs = new ArrayList<>();
		for (String f : forumNames) {
			fs.add(forum(f, line));
		}
		if (fs.isEmpty()) {
			fs.add(forum(title, line));
		}
		MeetingDraft m = new MeetingDraft(lines, title, fs, date, line);
		meetings.add(m);
		return m;
	}

	void membership(String person, String forum, String role, String title, String org, Span span) {
		memberships.add(new Membership(person, forum, role, title, org, span));
	}

	void affiliation(String person, String org, String title, Span span) {
		affiliations.add(new Affiliation(person, org, title, span));
	}

	void participation(String org, String forum, String initiative, String role, Span span) {
		participations.add(new Participation(org, forum, initiative, role, span));
	}

	Extraction finish() {
		Map<String, String> merged = consolidatePeople();
		List<PersonX> ps = new ArrayList<>();
		for (PersonAcc p : people.values()) {
			if (merged.containsKey(p.name)) {
				continue;
			}
			ps.add(new PersonX(p.name, List.copyOf(p.aliases), List.copyOf(p.initials),
					new Span(Lines.no(p.line), Lines.no(p.line))));
		}
		List<MeetingX> ms = new ArrayList<>();
		List<Attendance> att = new ArrayList<>();
		for (MeetingDraft m : meetings) {
			String key = meetingKey(m);
			List<AgendaItemX> items = new ArrayList<>();
			int order = 0;
			List<ItemAcc> sorted = new ArrayList<>(m.items.values());
			sorted.sort(java.util.Comparator.comparingInt(x -> x.line));
			for (ItemAcc it : sorted) {
				items.add(new AgendaItemX(it.number, it.title, it.decision, order++, List.copyOf(it.initiatives),
						new Span(Lines.no(it.line), Lines.no(Math.max(it.line, it.end(m))))));
			}
			ms.add(new MeetingX(key, m.title, m.forums, m.date, m.start, m.end, m.location, items,
					new Span(Lines.no(m.line), Lines.no(Math.max(m.line, m.headerEnd)))));
			Map<String, AttendanceAcc> byPerson = new LinkedHashMap<>();
			for (AttendanceAcc a : m.attendance.values()) {
				String who = merged.getOrDefault(a.person, a.person);
				AttendanceAcc prev = byPerson.get(who);
				if (prev == null || prev.status == Status.PRESENT && a.status == Status.ABSENT && prev.onBehalfOf == null) {
					byPerson.put(who, a);
				}
			}
			for (var e : byPerson.entrySet()) {
				AttendanceAcc a = e.getValue();
				att.add(new Attendance(e.getKey(), key, a.status, a.role, a.title, a.onBehalfOf,
						a.substituteFor == null ? null : merged.getOrDefault(a.substituteFor, a.substituteFor),
						List.copyOf(a.items), a.span));
			}
		}
		List<Membership> mem = memberships.stream()
			.map(x -> new Membership(merged.getOrDefault(x.person(), x.person()), x.forum(), x.role(), x.title(),
					x.onBehalfOf(), x.span()))
			.toList();
		List<Affiliation> aff = affiliations.stream()
			.map(x -> new Affiliation(merged.getOrDefault(x.person(), x.person()), x.organisation(), x.title(), x.span()))
			.toList();
		List<String> handlers = caseHandlers.stream().map(h -> merged.getOrDefault(h, h)).distinct().toList();
		return new Extraction(new DocumentInfo(kind, title, date, List.copyOf(caseNumbers), handlers), ms, ps,
				named(orgs, "org"), namedForums(), initiativesX(), att, dedupe(mem), dedupe(aff),
				dedupe(participations), List.copyOf(warnings));
	}

	private String meetingKey(MeetingDraft m) {
		return Fold.slug(m.forums.get(0)) + "-" + (m.date != null ? m.date.toString() : "undated-" + Lines.no(m.line));
	}

	/** Short forms ("Ole Kiil") are the person of the unique longer form ("Ole Kiil Jacobsen") in the same document. */
	private Map<String, String> consolidatePeople() {
		Map<String, String> merged = new HashMap<>();
		List<PersonAcc> all = new ArrayList<>(people.values());
		for (PersonAcc p : all) {
			List<PersonAcc> longer = all.stream()
				.filter(q -> q != p && Names.isShortFormOf(p.name, q.name))
				.toList();
			if (longer.size() == 1) {
				PersonAcc target = longer.get(0);
				while (merged.containsKey(target.name)) {
					target = people.get(Fold.key(merged.get(target.name)));
				}
				target.aliases.addAll(p.aliases);
				target.initials.addAll(p.initials);
				merged.put(p.name, target.name);
			}
			else if (longer.size() > 1) {
				warnings.add("'" + p.name + "' could be any of " + String.join(", ", longer.stream().map(q -> q.name).toList())
						+ "; kept apart");
			}
		}
		return merged;
	}

	private List<OrgX> named(Map<String, NamedAcc> map, String what) {
		List<OrgX> out = new ArrayList<>();
		for (NamedAcc a : map.values()) {
			List<String> aliases = new ArrayList<>(a.aliases);
			// the party letter the lists write ("Ø") stays findable as a name of the party
			PARTY_LETTERS.forEach((letter, party) -> {
				if (party.equals(a.name) && !aliases.contains(letter)) {
					aliases.add(letter);
				}
			});
			out.add(new OrgX(a.name, orgKind(a.name), List.copyOf(aliases), new Span(Lines.no(a.line), Lines.no(a.line))));
		}
		return out;
	}

	private List<ForumX> namedForums() {
		List<ForumX> out = new ArrayList<>();
		for (NamedAcc a : forums.values()) {
			out.add(new ForumX(a.name, forumKind(a.name), List.copyOf(a.aliases), a.parent,
					new Span(Lines.no(a.line), Lines.no(a.line))));
		}
		return out;
	}

	private List<InitiativeX> initiativesX() {
		List<InitiativeX> out = new ArrayList<>();
		for (InitiativeAcc a : initiatives.values()) {
			out.add(new InitiativeX(a.name, a.kind, a.code, List.copyOf(a.aliases),
					new Span(Lines.no(a.line), Lines.no(a.end))));
		}
		return out;
	}

	private static <T> List<T> dedupe(Collection<T> in) {
		return List.copyOf(new LinkedHashSet<>(in));
	}

	static final class PersonAcc {

		String name;

		final Set<String> aliases = new LinkedHashSet<>();

		final Set<String> initials = new LinkedHashSet<>();

		final int line;

		PersonAcc(String name, int line) {
			this.name = name;
			this.line = line;
			aliases.add(name);
		}
	}

	static final class NamedAcc {

		final String name;

		final Set<String> aliases = new LinkedHashSet<>();

		final int line;

		String parent;

		NamedAcc(String name, int line) {
			this.name = name;
			this.line = line;
			aliases.add(name);
		}
	}

	static final class InitiativeAcc {

		final String name;

		final String kind;

		final String code;

		final Set<String> aliases = new LinkedHashSet<>();

		final int line;

		final int end;

		InitiativeAcc(String name, String kind, String code, int line, int end) {
			this.name = name;
			this.kind = kind;
			this.code = code;
			this.line = line;
			this.end = end;
			aliases.add(name);
		}
	}

	private static boolean ocrSameText(String a, String b) {
		String x = Fold.key(a);
		String y = Fold.key(b);
		return x.length() > 8 && Fold.ocrSame(x, y);
	}
}
