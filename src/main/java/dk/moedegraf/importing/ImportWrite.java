package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import dk.moedegraf.names.NameKeys;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.data.neo4j.core.Neo4jClient;
import dk.moedegraf.model.Document;
import dk.moedegraf.model.Forum;
import dk.moedegraf.importing.Extraction.AgendaItemX;
import dk.moedegraf.importing.Extraction.MeetingX;
import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.ImportReport.ResolutionDecision;
import dk.moedegraf.importing.Resolver.Decision;
import dk.moedegraf.importing.Resolver.Known;
import dk.moedegraf.model.Initiative;
import dk.moedegraf.model.Meeting;
import dk.moedegraf.model.Organisation;
import dk.moedegraf.model.Person;
import dk.moedegraf.search.SearchText;

/**
 * One document's writes, inside the caller's transaction: resolves each name against the graph's candidates,
 * MERGEs nodes and edges by deterministic ids with their sources, and writes what is derived from the names.
 */
final class ImportWrite {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private final Neo4jClient neo4j;

	private final Extraction x;

	private final String text;

	private final String sha;

	private final String documentId;

	private final String title;

	private final String source;

	private final boolean dryRun;

	private int created;

	private int matched;

	private final List<String> warnings = new ArrayList<>();

	private final List<ResolutionDecision> decisions = new ArrayList<>();

	private final Map<String, String> personIds = new HashMap<>();

	private final Map<String, String> orgIds = new HashMap<>();

	private final Map<String, String> forumIds = new HashMap<>();

	private final Map<String, String> initiativeIds = new HashMap<>();

	private final Map<String, String> meetingIds = new HashMap<>();

	ImportWrite(Neo4jClient neo4j, Extraction x, String text, String sha, String documentId, String title, String source, boolean dryRun) {
		this.neo4j = neo4j;
		this.x = x;
		this.text = text;
		this.sha = sha;
		this.documentId = documentId;
		this.title = title;
		this.source = source;
		this.dryRun = dryRun;
	}

	ImportReport run() {
		warnings.addAll(x.warnings());
		if (x.meetings().isEmpty() && x.people().isEmpty()) {
			warnings.add("no meeting and no people recognised; only forums, organisations and initiatives were read");
		}
		Candidates candidates = new Candidates(neo4j, x, documentId);
		candidates.lock();
		List<Known> candidatePeople = candidates.of("Person");
		Resolver resolver = new Resolver(candidatePeople, candidates.of("Organisation"), candidates.of("Forum"),
				candidates.of("Initiative")).withContext((kind, id) -> candidates.contextScore(id, personIds.values()))
			.withDocument(candidates.personTies(candidatePeople.stream().map(Known::id).toList()),
					x.people().stream().map(p -> p.name()).toList(), x.forums().stream().map(f -> f.name()).toList(),
					x.organisations().stream().map(o -> o.name()).toList());
		Map<String, Known> known = candidates.known;
		Document document = writeDocument();

		List<Person> people = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (var p : x.people()) {
			Decision d = decide(resolver.person(p.name(), p.aliases()));
			personIds.put(p.name(), d.id());
			Known k = known.get(d.id());
			List<String> aliases = union(k == null ? List.of() : k.forms(), p.aliases());
			people.add(new Person(d.id(), k == null ? p.name() : k.name(), aliases));
			rows.add(row("id", d.id(), "name", p.name(), "aliases", p.aliases(), "initials", p.initials(), "from",
					p.span().from(), "to", p.span().to()));
		}
		nodes("""
				MERGE (n:Person {id: row.id})
				ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.initials = row.initials
				ON MATCH SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])],
				             n.initials = coalesce(n.initials, []) + [i IN row.initials WHERE NOT i IN coalesce(n.initials, [])]
				""", rows);

		List<String> handlers = x.document().caseHandlers().stream().map(personIds::get).filter(java.util.Objects::nonNull).toList();
		if (!handlers.isEmpty()) {
			// the Sagsbehandler of the document header (a list of Person ids, as the seed graph has it)
			neo4j.query("MATCH (d:Document {id: $doc}) SET d.caseHandlers = coalesce(d.caseHandlers, $ids)")
				.bindAll(row("doc", documentId, "ids", handlers))
				.run();
		}

		List<Organisation> organisations = new ArrayList<>();
		rows = new ArrayList<>();
		for (var o : x.organisations()) {
			Decision d = decide(resolver.organisation(o.name(), o.aliases()));
			orgIds.put(o.name(), d.id());
			Known k = known.get(d.id());
			organisations.add(new Organisation(d.id(), k == null ? o.name() : k.name(),
					union(k == null ? List.of() : k.forms(), o.aliases())));
			rows.add(row("id", d.id(), "name", o.name(), "aliases", o.aliases(), "kind", o.kind(), "from",
					o.span().from(), "to", o.span().to()));
		}
		nodes("""
				MERGE (n:Organisation {id: row.id})
				ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.kind = row.kind
				ON MATCH SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
				""", rows);

		List<Forum> forums = new ArrayList<>();
		rows = new ArrayList<>();
		for (var f : x.forums()) {
			Set<String> hosts = x.participations().stream()
				.filter(p -> "host".equals(p.role()) && f.name().equals(p.forum()) && orgIds.containsKey(p.organisation()))
				.map(p -> orgIds.get(p.organisation()))
				.collect(java.util.stream.Collectors.toSet());
			Decision d = decide(resolver.forum(f.name(), f.aliases(), hosts));
			forumIds.put(f.name(), d.id());
			Known k = known.get(d.id());
			forums.add(new Forum(d.id(), k == null ? f.name() : k.name(), union(k == null ? List.of() : k.forms(), f.aliases())));
			rows.add(row("id", d.id(), "name", f.name(), "aliases", f.aliases(), "kind", f.kind(), "from",
					f.span().from(), "to", f.span().to()));
		}
		nodes("""
				MERGE (n:Forum {id: row.id})
				ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.kind = row.kind
				ON MATCH SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
				""", rows);

		List<Initiative> initiatives = new ArrayList<>();
		rows = new ArrayList<>();
		for (var in : x.initiatives()) {
			Decision d = decide(resolver.initiative(in.name(), in.aliases(), in.code()));
			initiativeIds.put(in.name(), d.id());
			Known k = known.get(d.id());
			initiatives.add(new Initiative(d.id(), k == null ? in.name() : k.name(),
					union(k == null ? List.of() : k.forms(), in.aliases()), in.kind(), in.code()));
			rows.add(row("id", d.id(), "name", in.name(), "aliases", in.aliases(), "kind", in.kind(), "code",
					in.code(), "from", in.span().from(), "to", in.span().to()));
		}
		nodes("""
				MERGE (n:Initiative {id: row.id})
				ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.kind = row.kind, n.code = row.code
				ON MATCH SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
				""", rows);

		List<Meeting> meetings = writeMeetings();
		writeFacts();
		derive("Person", new TreeSet<>(personIds.values()));
		derive("Organisation", new TreeSet<>(orgIds.values()));
		derive("Forum", new TreeSet<>(forumIds.values()));
		derive("Initiative", new TreeSet<>(initiativeIds.values()));
		derive("Meeting", new TreeSet<>(meetingIds.values()));
		derive("Document", Set.of(documentId));
		resolver.warnings.forEach(warnings::add);
		Document doc = document;
		return new ImportReport(doc, dryRun, meetings, forums, people, organisations, initiatives, created, matched,
				List.copyOf(new LinkedHashSet<>(warnings)), List.copyOf(decisions));
	}

	private Decision decide(Decision d) {
		decisions.add(new ResolutionDecision(d.kind(), d.name(), d.id(), d.matched(), d.reason()));
		return d;
	}

	/**
	 * What is derived from the names of the nodes this import wrote, in its own transaction: the
	 * resolver's keys and the search text, read back after the writes (which hold the nodes' locks).
	 */
	private void derive(String label, Set<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		neo4j.query("UNWIND $ids AS id MATCH (n:" + label + " {id: id}) RETURN n.id AS id, coalesce(n.name, n.title, '') AS name, "
				+ "coalesce(n.aliases, []) AS aliases, coalesce(n.initials, []) AS initials, n.code AS code")
			.bindAll(row("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach(r -> {
				String name = (String) r.get("name");
				@SuppressWarnings("unchecked")
				List<String> aliases = (List<String>) r.get("aliases");
				@SuppressWarnings("unchecked")
				List<String> names = new ArrayList<>((List<String>) r.get("initials"));
				names.addAll(0, aliases);
				String code = (String) r.get("code");
				if (code != null) {
					names.add(code);
				}
				Map<String, Object> props = new HashMap<>();
				props.putAll(SearchText.properties(name, names));
				if (NameKeys.LABELS.contains(label)) {
					props.put("keys", NameKeys.of(label, name, aliases, code));
				}
				rows.add(row("id", r.get("id"), "props", props));
			});
		neo4j.query("UNWIND $rows AS row MATCH (n:" + label + " {id: row.id}) SET n += row.props")
			.bindAll(row("rows", rows))
			.run();
	}

	private Document writeDocument() {
		var d = x.document();
		ResultSummary s = neo4j.query("""
				MERGE (d:Document {id: $id})
				ON CREATE SET d.title = $title, d.date = $date, d.caseNumbers = $cases, d.kind = $kind,
				              d.source = $source, d.sha256 = $sha, d.text = $text
				ON MATCH SET d.text = coalesce(d.text, $text), d.sha256 = coalesce(d.sha256, $sha),
				             d.source = coalesce(d.source, $source)
				""")
			.bindAll(row("id", documentId, "title", title, "date", d.date(), "cases", d.caseNumbers(), "kind",
					d.kind(), "source", source, "sha", sha, "text", text))
			.run();
		created += s.counters().nodesCreated();
		matched += 1 - s.counters().nodesCreated();
		return new Document(documentId, title, d.date(), d.caseNumbers(), d.kind(), source);
	}

	private List<Meeting> writeMeetings() {
		List<Meeting> out = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> of = new ArrayList<>();
		List<Map<String, Object>> items = new ArrayList<>();
		List<Map<String, Object>> concerns = new ArrayList<>();
		for (MeetingX m : x.meetings()) {
			String forumId = forumIds.get(m.forums().get(0));
			String id = existingMeeting(forumId, m.date());
			if (id == null) {
				String slug = forumId.substring(forumId.indexOf(':') + 1);
				id = "meeting:" + slug + "-" + (m.date() != null ? m.date().toString()
						: "undated-" + documentId.substring("document:".length(), "document:".length() + 8));
			}
			boolean exists = id.equals(existingMeeting(forumId, m.date()));
			meetingIds.put(m.key(), id);
			decisions.add(new ResolutionDecision("MEETING", m.title(), id, exists,
					exists ? "the graph holds a meeting of this forum on this date" : "created: a new meeting"));
			OffsetDateTime startsAt = at(m.date(), m.start());
			OffsetDateTime endsAt = at(m.date(), m.end());
			out.add(new Meeting(id, m.title(), m.date(), startsAt, endsAt, m.location()));
			rows.add(row("id", id, "title", m.title(), "date", m.date(), "startsAt", startsAt, "endsAt", endsAt,
					"location", m.location(), "from", m.span().from(), "to", m.span().to()));
			for (int i = 0; i < m.forums().size(); i++) {
				of.add(row("meeting", id, "forum", forumIds.get(m.forums().get(i)), "primary", i == 0, "sources",
						List.of(src(m.span()))));
			}
			String meetingSlug = id.substring(id.indexOf(':') + 1);
			for (AgendaItemX it : m.items()) {
				String itemId = "item:" + meetingSlug + "-"
						+ (it.number() != null ? String.valueOf(it.number()) : Fold.slug(it.title()));
				items.add(row("meeting", id, "id", itemId, "number", it.number(), "title", it.title(), "decision",
						it.decision(), "order", it.order(), "from", it.span().from(), "to", it.span().to(), "sources",
						List.of(src(it.span()))));
				for (String in : it.initiatives()) {
					if (initiativeIds.containsKey(in)) {
						concerns.add(row("item", itemId, "initiative", initiativeIds.get(in), "sources",
								List.of(src(it.span()))));
					}
				}
			}
		}
		nodes("""
				MERGE (n:Meeting {id: row.id})
				ON CREATE SET n.title = row.title, n.date = row.date, n.startsAt = row.startsAt, n.endsAt = row.endsAt,
				              n.location = row.location
				""", rows);
		edges("""
				MATCH (a:Meeting {id: row.meeting}), (b:Forum {id: row.forum})
				MERGE (a)-[r:OF]->(b)
				ON CREATE SET r.primary = row.primary
				""", of);
		nodes("""
				MERGE (n:AgendaItem {id: row.id})
				ON CREATE SET n.number = row.number, n.title = row.title, n.decision = row.decision, n.order = row.order
				""", items);
		edges("""
				MATCH (a:Meeting {id: row.meeting}), (b:AgendaItem {id: row.id})
				MERGE (a)-[r:HAS_ITEM]->(b)
				""", items);
		edges("""
				MATCH (a:AgendaItem {id: row.item}), (b:Initiative {id: row.initiative})
				MERGE (a)-[r:CONCERNS]->(b)
				""", concerns);
		return out;
	}

	private String existingMeeting(String forumId, LocalDate date) {
		if (date != null) {
			return neo4j.query("MATCH (m:Meeting)-[:OF]->(:Forum {id: $forum}) WHERE m.date = $date RETURN m.id AS id ORDER BY id LIMIT 1")
				.bindAll(row("forum", forumId, "date", date))
				.fetchAs(String.class)
				.mappedBy((t, r) -> r.get("id").asString())
				.one()
				.orElse(null);
		}
		return neo4j.query("MATCH (m:Meeting)-[:OF]->(:Forum {id: $forum}), (m)-[:SOURCED_FROM]->(:Document {id: $doc}) RETURN m.id AS id ORDER BY id LIMIT 1")
			.bindAll(row("forum", forumId, "doc", documentId))
			.fetchAs(String.class)
			.mappedBy((t, r) -> r.get("id").asString())
			.one()
			.orElse(null);
	}

	private void writeFacts() {
		Map<String, Map<String, Object>> member = new LinkedHashMap<>();
		for (var m : x.memberships()) {
			String p = personIds.get(m.person());
			String f = forumIds.get(m.forum());
			if (p == null || f == null) {
				continue;
			}
			fact(member, p + "|" + f, m.span(), "person", p, "forum", f, "role", role(m.title(), m.role()), "office",
					office(m.role()), "onBehalfOf", orgIds.get(m.onBehalfOf()));
		}
		edges("""
				MATCH (a:Person {id: row.person}), (b:Forum {id: row.forum})
				MERGE (a)-[r:MEMBER_OF]->(b)
				ON CREATE SET r.role = row.role, r.office = row.office, r.onBehalfOf = row.onBehalfOf
				ON MATCH SET r.role = coalesce(r.role, row.role), r.office = coalesce(r.office, row.office),
				             r.onBehalfOf = coalesce(r.onBehalfOf, row.onBehalfOf)
				""", List.copyOf(member.values()));

		Map<String, Map<String, Object>> attended = new LinkedHashMap<>();
		for (var a : x.attendance()) {
			String p = personIds.get(a.person());
			String m = meetingIds.get(a.meetingKey());
			if (p == null || m == null) {
				continue;
			}
			fact(attended, p + "|" + m, a.span(), "person", p, "meeting", m, "status", a.status().name(), "role",
					role(a.title(), a.role()), "office", office(a.role()), "onBehalfOf", orgIds.get(a.onBehalfOf()),
					"substituteFor",
					a.substituteFor() == null ? null : personIds.get(a.substituteFor()), "agendaItems",
					a.agendaItems().stream().map(Integer::longValue).toList());
		}
		edges("""
				MATCH (a:Person {id: row.person}), (b:Meeting {id: row.meeting})
				MERGE (a)-[r:PARTICIPATED_IN]->(b)
				ON CREATE SET r.status = row.status, r.role = row.role, r.office = row.office, r.onBehalfOf = row.onBehalfOf,
				              r.substituteFor = row.substituteFor, r.agendaItems = row.agendaItems
				ON MATCH SET r.role = coalesce(r.role, row.role), r.office = coalesce(r.office, row.office),
				             r.onBehalfOf = coalesce(r.onBehalfOf, row.onBehalfOf),
				             r.substituteFor = coalesce(r.substituteFor, row.substituteFor)
				""", List.copyOf(attended.values()));

		Map<String, Map<String, Object>> affiliated = new LinkedHashMap<>();
		for (var a : x.affiliations()) {
			String p = personIds.get(a.person());
			String o = orgIds.get(a.organisation());
			if (p == null || o == null) {
				continue;
			}
			fact(affiliated, p + "|" + o, a.span(), "person", p, "org", o, "title", a.title());
		}
		edges("""
				MATCH (a:Person {id: row.person}), (b:Organisation {id: row.org})
				MERGE (a)-[r:AFFILIATED_WITH]->(b)
				ON CREATE SET r.title = row.title
				ON MATCH SET r.title = coalesce(r.title, row.title)
				""", List.copyOf(affiliated.values()));

		Map<String, Map<String, Object>> inForum = new LinkedHashMap<>();
		Map<String, Map<String, Object>> inInitiative = new LinkedHashMap<>();
		for (var p : x.participations()) {
			String o = orgIds.get(p.organisation());
			if (o == null) {
				continue;
			}
			if (p.forum() != null && forumIds.containsKey(p.forum())) {
				fact(inForum, o + "|" + forumIds.get(p.forum()), p.span(), "org", o, "target",
						forumIds.get(p.forum()), "role", p.role());
			}
			if (p.initiative() != null && initiativeIds.containsKey(p.initiative())) {
				fact(inInitiative, o + "|" + initiativeIds.get(p.initiative()), p.span(), "org", o, "target",
						initiativeIds.get(p.initiative()), "role", p.role());
			}
		}
		edges("""
				MATCH (a:Organisation {id: row.org}), (b:Forum {id: row.target})
				MERGE (a)-[r:PARTICIPATES_IN]->(b)
				ON CREATE SET r.role = row.role
				""", List.copyOf(inForum.values()));
		edges("""
				MATCH (a:Organisation {id: row.org}), (b:Initiative {id: row.target})
				MERGE (a)-[r:PARTICIPATES_IN]->(b)
				ON CREATE SET r.role = row.role
				""", List.copyOf(inInitiative.values()));

		Map<String, Map<String, Object>> partOf = new LinkedHashMap<>();
		for (var f : x.forums()) {
			if (f.partOf() != null && forumIds.containsKey(f.partOf())) {
				fact(partOf, f.name(), f.span(), "child", forumIds.get(f.name()), "parent", forumIds.get(f.partOf()));
			}
		}
		edges("""
				MATCH (a:Forum {id: row.child}), (b:Forum {id: row.parent})
				MERGE (a)-[r:PART_OF]->(b)
				""", List.copyOf(partOf.values()));
	}

	/** One row per edge; every place the fact was read becomes a source. */
	private void fact(Map<String, Map<String, Object>> rows, String key, Span span, Object... kv) {
		Map<String, Object> r = rows.get(key);
		if (r == null) {
			r = row(kv);
			r.put("sources", new ArrayList<String>());
			rows.put(key, r);
		}
		@SuppressWarnings("unchecked")
		List<String> sources = (List<String>) r.get("sources");
		if (!sources.contains(src(span))) {
			sources.add(src(span));
		}
	}

	private String src(Span span) {
		return documentId + "@" + span.from() + "-" + span.to();
	}

	/** Nodes: MERGE each row, and record where it was read with SOURCED_FROM. */
	private void nodes(String merge, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		ResultSummary s = neo4j.query("UNWIND $rows AS row\n" + merge + """
				WITH n, row
				MATCH (d:Document {id: $doc})
				MERGE (n)-[:SOURCED_FROM {fromLine: row.from, toLine: row.to}]->(d)
				""").bindAll(row("rows", longs(rows), "doc", documentId)).run();
		created += s.counters().nodesCreated() + s.counters().relationshipsCreated();
		matched += rows.size() - s.counters().nodesCreated();
	}

	/** Edges: MERGE each row and append its sources, without duplicates. */
	private void edges(String merge, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		ResultSummary s = neo4j.query("UNWIND $rows AS row\n" + merge + """
				SET r.sources = coalesce(r.sources, []) + [x IN row.sources WHERE NOT x IN coalesce(r.sources, [])]
				""").bindAll(row("rows", longs(rows))).run();
		created += s.counters().relationshipsCreated();
		matched += rows.size() - s.counters().relationshipsCreated();
	}

	private static final Set<String> OFFICES = Set.of("formand", "næstformand", "forperson", "næstforperson", "forkvinde");

	/**
	 * As the seed graph has it: {@code role} is the position ("Adm. direktør"), {@code office} the chair
	 * ("formand"); a role word without a position (suppleant, referent) is the role.
	 */
	private static String role(String title, String roleWord) {
		return title != null ? title : roleWord != null && !OFFICES.contains(roleWord) ? roleWord : null;
	}

	private static String office(String roleWord) {
		return roleWord != null && OFFICES.contains(roleWord) ? roleWord : null;
	}

	private static OffsetDateTime at(LocalDate date, LocalTime time) {
		return date == null || time == null ? null : date.atTime(time).atZone(COPENHAGEN).toOffsetDateTime();
	}

	/** Cypher compares integers as longs; the rows are built with ints. */
	private static List<Map<String, Object>> longs(List<Map<String, Object>> rows) {
		List<Map<String, Object>> out = new ArrayList<>(rows.size());
		for (Map<String, Object> r : rows) {
			Map<String, Object> m = new HashMap<>();
			r.forEach((k, v) -> m.put(k, v instanceof Integer i ? Long.valueOf(i) : v));
			out.add(m);
		}
		return out;
	}

	/** A parameter map from name, value pairs. */
	static Map<String, Object> row(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> s = new LinkedHashSet<>(a);
		s.addAll(b);
		return List.copyOf(s);
	}
}
