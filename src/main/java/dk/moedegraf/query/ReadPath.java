package dk.moedegraf.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dk.moedegraf.model.SourceRef;
import dk.moedegraf.model.Forum;
import dk.moedegraf.model.Membership;
import dk.moedegraf.model.Initiative;
import dk.moedegraf.model.AgendaItem;
import dk.moedegraf.model.Attendance;
import dk.moedegraf.model.Meeting;
import dk.moedegraf.model.NodeKind;
import dk.moedegraf.model.Affiliation;
import dk.moedegraf.model.Organisation;
import dk.moedegraf.model.Participation;
import dk.moedegraf.model.Partner;
import dk.moedegraf.model.Person;
import org.neo4j.driver.Value;

/**
 * The compiled read path: turns what a query selects below a root field into ONE Cypher projection (map
 * projections and {@code COLLECT {}} subqueries, nested as deep as the query), and reads the answer back
 * into the records the schema maps, storing the values of nested fields in {@link Compiled}.
 * <p>
 * One place for the record types' row projections: each relation the API exposes is written here once.
 * The statement text depends only on the shape of the selection (fields, aliases, which arguments are
 * set); argument values are parameters. Fields not listed in {@link #RELATIONS} are not compiled: they
 * fall back to their data fetchers (batch loading), which is how schema extensions keep working.
 */
public final class ReadPath {

	/** The relation fields compiled per GraphQL type; other fields are read from the record or a data fetcher. */
	static final Map<String, Set<String>> RELATIONS = Map.of(
			"Forum", Set.of("members", "organisations", "meetings", "sources"),
			"Person", Set.of("memberships", "affiliations", "attendance", "sources"),
			"Organisation", Set.of("parent", "children", "people", "participations", "partners", "sources"),
			"Meeting", Set.of("forum", "attendance", "agenda", "sources"),
			"Initiative", Set.of("organisations", "discussedAt", "sources"),
			"Document", Set.of());

	private final Map<String, Object> params = new HashMap<>();
	private int vars;
	/** The look-ups of the rows being compiled ({@link #rows}), or null outside them. */
	private StringBuilder lookups;

	/** One statement's parameters: the arguments met while compiling, as {@code $p1, $p2 …}. */
	public Map<String, Object> params() {
		return params;
	}

	private String var(String hint) {
		return hint + (++vars);
	}

	private String param(Object value) {
		String name = "p" + (params.size() + 1);
		params.put(name, value);
		return "$" + name;
	}

	// ---- nodes ----

	/**
	 * The projection of the node in {@code v}: the properties the query selects (and {@code also}), and every
	 * selected relation. Nothing unselected travels, not even the id, unless a field that is not compiled here
	 * needs it (its data fetcher finds its values by id; {@link Selection#needsId}): the ids of a meeting's hundred
	 * attendees and their organisations were a tenth of its statement's database work.
	 */
	public String node(NodeKind kind, String v, Selection sel, String... also) {
		var relations = sel.relations(RELATIONS.getOrDefault(kind.typeName(), Set.of()));
		var extra = Arrays.asList(also);
		var parts = new ArrayList<String>();
		if (extra.contains("id") || sel.needsId(kind.scalarFields(), relations)) {
			parts.add(".id");
		}
		for (String property : kind.scalarFields()) {
			if (!property.equals("id") && (sel.reads(property) || extra.contains(property))) {
				parts.add("." + property);
			}
		}
		for (var rel : relations) {
			parts.add("_" + rel.key() + ": " + relation(kind, v, rel));
		}
		return v + " {" + String.join(", ", parts) + "}";
	}

	/**
	 * A node in {@code v} of one of {@code kinds}, the value of the interface field {@code field} of {@code parent}:
	 * its id and the properties the query selects on any of the kinds. Projecting every property of every kind cost
	 * a partner list at national scale half its time. Its kind is read from its id, as {@code node(id:)} does, not
	 * from {@code labels()}: a list of labels per node was ~8 % of a partner list's statement under load.
	 */
	public static String anyNode(String v, Selection parent, String field, NodeKind... kinds) {
		var properties = new LinkedHashSet<String>(List.of("id"));
		for (NodeKind kind : kinds) {
			Selection selected = parent.sub(field, kind.typeName());
			kind.scalarFields().stream().filter(selected::reads).forEach(properties::add);
		}
		return v + " {" + properties.stream().map(p -> "." + p).collect(Collectors.joining(", ")) + "}";
	}

	/** The record of a node projected by {@link #anyNode}, of the kind its id says. */
	public static Object readAnyNode(Value v) {
		String id = v.get("id").asString();
		return NodeKind.ofId(id).orElseThrow(() -> new IllegalStateException("Not an entity's id: " + id)).toRecord(v);
	}

	/** The record of a node projected by {@link #node}, its compiled fields stored for the request. */
	public static Object readNode(NodeKind kind, Value v, Selection sel, Compiled store) {
		Object record = kind.toRecord(v);
		attach(kind, record, v, sel, store);
		return record;
	}

	/**
	 * What a query selects on a node in {@code n}, compiled once ({@link RootCompilations} keeps it per query): the
	 * selection its rows are read with, the projection, and the projection's parameters.
	 */
	public record Projection(Selection selection, String cypher, Map<String, Object> params) {
	}

	/** The projection of a node of {@code kind} in {@code n} for {@code selection}, in a statement of its own. */
	public static Projection project(NodeKind kind, Selection selection, String... also) {
		var statement = statement();
		return new Projection(selection, statement.node(kind, "n", selection, also), Collections.unmodifiableMap(statement.params()));
	}

	String relation(NodeKind kind, String v, Selection.Relation rel) {
		// a relation is a subquery of its own: the look-ups of the rows around it stay outside it (see #rows)
		StringBuilder outer = lookups;
		lookups = null;
		try {
			return compileRelation(kind, v, rel);
		}
		finally {
			lookups = outer;
		}
	}

	private String compileRelation(NodeKind kind, String v, Selection.Relation rel) {
		String a = var("a");
		String r = var("r");
		String b = var("b");
		return switch (kind.typeName() + "." + rel.name()) {
			case "Forum.members" -> rows("MATCH (" + v + ")<-[" + r + ":MEMBER_OF]-(" + a + ":Person)" + validAt(r, rel),
					() -> membership(a, r, v, rel.below("Membership")), a + ".name, " + r + ".role");
			case "Person.memberships" -> rows("MATCH (" + v + ")-[" + r + ":MEMBER_OF]->(" + b + ":Forum)" + validAt(r, rel),
					() -> membership(v, r, b, rel.below("Membership")), b + ".name, " + r + ".role");
			case "Forum.organisations" -> "COLLECT { MATCH (" + v + ")<-[" + r + ":PARTICIPATES_IN]-(" + a + ":Organisation) RETURN "
					+ participation(a, r, v, null, rel.below("Participation")) + " ORDER BY " + a + ".name }";
			case "Initiative.organisations" -> "COLLECT { MATCH (" + v + ")<-[" + r + ":PARTICIPATES_IN]-(" + a + ":Organisation) RETURN "
					+ participation(a, r, null, v, rel.below("Participation")) + " ORDER BY " + a + ".name }";
			case "Organisation.participations" -> "COLLECT { MATCH (" + v + ")-[" + r + ":PARTICIPATES_IN]->(" + b + ") WHERE "
					+ b + ":Forum OR " + b + ":Initiative RETURN " + participation(v, r, b, b, rel.below("Participation"))
					+ " ORDER BY " + b + ".name }";
			case "Forum.meetings" -> "COLLECT { MATCH (" + v + ")<-[:OF]-(" + b + ":Meeting) RETURN "
					+ node(NodeKind.MEETING, b, rel.below("Meeting")) + " ORDER BY " + newestFirst(b) + " }";
			case "Initiative.discussedAt" -> "COLLECT { MATCH (" + v + ")<-[:CONCERNS]-(:AgendaItem)<-[:HAS_ITEM]-(" + b
					+ ":Meeting) WITH DISTINCT " + b + " RETURN " + node(NodeKind.MEETING, b, rel.below("Meeting"))
					+ " ORDER BY " + newestFirst(b) + " }";
			case "Person.affiliations" -> "COLLECT { MATCH (" + v + ")-[" + r + ":AFFILIATED_WITH]->(" + b + ":Organisation) RETURN "
					+ affiliation(v, r, b, rel.below("Affiliation")) + " ORDER BY " + b + ".name }";
			case "Organisation.people" -> "COLLECT { MATCH (" + v + ")<-[" + r + ":AFFILIATED_WITH]-(" + a + ":Person) RETURN "
					+ affiliation(a, r, v, rel.below("Affiliation")) + " ORDER BY " + a + ".name }";
			case "Person.attendance" -> rows("MATCH (" + v + ")-[" + r + ":PARTICIPATED_IN]->(" + b + ":Meeting)",
					() -> attendance(v, r, b, rel.below("Attendance")), newestFirst(b));
			case "Meeting.attendance" -> rows("MATCH (" + v + ")<-[" + r + ":PARTICIPATED_IN]-(" + a + ":Person)",
					() -> attendance(a, r, v, rel.below("Attendance")), attendanceOrder(r, a));
			// A list of at most one, not head(COLLECT { … ORDER BY … }): Neo4j 5.26's planner fails on that form
			// ("insertCachedProperties") in a page read in index order; the reader takes the first.
			case "Meeting.forum" -> "COLLECT { MATCH (" + v + ")-[" + r + ":OF]->(" + b + ":Forum) RETURN "
					+ node(NodeKind.FORUM, b, rel.below("Forum")) + " ORDER BY coalesce(" + r + ".primary, false) DESC, " + b + ".name LIMIT 1 }";
			case "Meeting.agenda" -> "COLLECT { MATCH (" + v + ")-[:HAS_ITEM]->(" + b + ":AgendaItem) RETURN " + agendaItem(b, rel.below("AgendaItem"))
					+ " ORDER BY " + b + ".order, " + b + ".number, " + b + ".title }";
			// Ranked by how much the two share; the shared forums and initiatives by name. One expansion gives the
			// (partner, shared) pairs sorted by partner, and each partner's run of pairs is cut out by its start index:
			// linear, and a quarter cheaper at national scale than expanding again per partner. The runs need only equal
			// partners next to each other: ordered by the node itself, not by a property every pair would read (~10 %
			// of the statement's CPU measured apart at national scale); shared items of one name by the node too. No
			// aggregating function: Cypher 5.26 refuses one inside a COLLECT {} that sits in a projection (42I18).
			case "Organisation.partners" -> {
				String y = var("y");
				yield fill("""
					COLLECT { WITH COLLECT { MATCH ({v})-[:PARTICIPATES_IN]->({x})<-[:PARTICIPATES_IN]-({a}:Organisation) \
					WHERE {a} <> {v} AND ({x}:Forum OR {x}:Initiative) \
					WITH DISTINCT {a}, {x} ORDER BY {a}, {x}.name, {x} RETURN [{a}, {x}] } AS {pairs} \
					WITH {pairs}, [{i} IN range(0, size({pairs}) - 1) WHERE {i} = 0 OR {pairs}[{i}][0] <> {pairs}[{i} - 1][0]] \
					+ size({pairs}) AS {starts} \
					UNWIND range(0, size({starts}) - 2) AS {g} \
					WITH {pairs}[{starts}[{g}]][0] AS {a}, [{q} IN {pairs}[{starts}[{g}]..{starts}[{g} + 1]] | {q}[1]] AS {r} \
					ORDER BY size({r}) DESC, {a}.name, {a}.id \
					RETURN {organisation: {organisation}, via: [{y} IN {r} | {via}]} }""",
					Map.of("v", v, "a", a, "r", r, "y", y, "x", var("x"), "pairs", var("pairs"), "i", var("i"),
							"starts", var("starts"), "g", var("g"), "q", var("q")),
					Map.of("organisation", node(NodeKind.ORGANISATION, a, rel.below("Partner").sub("organisation", "Organisation")),
							"via", anyNode(y, rel.below("Partner"), "via", NodeKind.FORUM, NodeKind.INITIATIVE)));
			}
			case "Organisation.parent" -> "COLLECT { MATCH (" + v + ")-[:PART_OF]->(" + b + ":Organisation) RETURN "
					+ node(NodeKind.ORGANISATION, b, rel.below("Organisation")) + " ORDER BY " + b + ".name LIMIT 1 }";
			case "Organisation.children" -> "COLLECT { MATCH (" + v + ")<-[:PART_OF]-(" + a + ":Organisation) RETURN "
					+ node(NodeKind.ORGANISATION, a, rel.below("Organisation")) + " ORDER BY " + a + ".name }";
			default -> {
				if (rel.name().equals("sources")) {
					yield SourceRef.ofNode(v);
				}
				throw new IllegalStateException("No Cypher for " + kind.typeName() + "." + rel.name());
			}
		};
	}

	static Object readRelation(NodeKind kind, Selection.Relation rel, Value v, Compiled store) {
		return switch (kind.typeName() + "." + rel.name()) {
			case "Forum.members", "Person.memberships" -> list(v, rel.below("Membership"), store, ReadPath::readMembership);
			case "Forum.organisations", "Initiative.organisations", "Organisation.participations" ->
				list(v, rel.below("Participation"), store, ReadPath::readParticipation);
			case "Forum.meetings", "Initiative.discussedAt" -> list(v, rel.below("Meeting"), store, nodes(NodeKind.MEETING));
			case "Person.affiliations", "Organisation.people" -> list(v, rel.below("Affiliation"), store, ReadPath::readAffiliation);
			case "Person.attendance", "Meeting.attendance" -> list(v, rel.below("Attendance"), store, ReadPath::readAttendance);
			case "Meeting.forum" -> first(list(v, rel.below("Forum"), store, nodes(NodeKind.FORUM)));
			case "Meeting.agenda" -> list(v, rel.below("AgendaItem"), store, ReadPath::readAgendaItem);
			case "Organisation.partners" -> list(v, rel.below("Partner").sub("organisation", "Organisation"), store,
					(x, organisation, s) -> new Partner((Organisation) readNode(NodeKind.ORGANISATION, x.get("organisation"), organisation, s),
							x.get("via").asList(ReadPath::readAnyNode)));
			case "Organisation.parent" -> first(list(v, rel.below("Organisation"), store, nodes(NodeKind.ORGANISATION)));
			case "Organisation.children" -> list(v, rel.below("Organisation"), store, nodes(NodeKind.ORGANISATION));
			default -> SourceRef.read(v);
		};
	}

	/** How one item of a compiled list becomes its record, given the selection below the list. */
	private interface ItemReader<T> {

		T read(Value item, Selection below, Compiled store);
	}

	/** The items of a compiled list; {@code below} is worked out once for the list, not once per item. */
	private static <T> List<T> list(Value v, Selection below, Compiled store, ItemReader<T> reader) {
		return v.isNull() ? List.of() : v.asList(x -> reader.read(x, below, store));
	}

	private static ItemReader<Object> nodes(NodeKind kind) {
		return (x, below, store) -> readNode(kind, x, below, store);
	}

	/** A to-one relation, projected as a list of at most one (see {@link #relation}). */
	private static Object first(List<?> items) {
		return items.isEmpty() ? null : items.get(0);
	}

	/** Attaches the compiled fields of a node a row record holds (a membership's person …). */
	private static void attach(NodeKind kind, Object record, Value v, Selection sel, Compiled store) {
		if (record != null) {
			for (var rel : sel.relations(RELATIONS.getOrDefault(kind.typeName(), Set.of()))) {
				store.put(record, rel.key(), readRelation(kind, rel, v.get("_" + rel.key()), store));
			}
		}
	}

	// ---- rows: a relationship with the nodes at its ends ----

	/**
	 * {@code (p)-[r:MEMBER_OF]->(f)} as a {@link Membership}: the parts the query selects. The ends go too when a
	 * field is selected that the statement does not answer (its data fetcher may need the whole row, as
	 * {@code key} needs both ids); unselected, they were a third of a nested list's statement at national scale.
	 */
	public String membership(String p, String r, String f, Selection sel) {
		boolean whole = sel.beyond(MEMBERSHIP);
		return row(part(whole || sel.has("person"), "person", () -> node(NodeKind.PERSON, p, sel.sub("person", "Person"), ends(whole))),
				part(whole || sel.has("forum"), "forum", () -> node(NodeKind.FORUM, f, sel.sub("forum", "Forum"), ends(whole))),
				edgeProperties(r, sel, "role", "office", "from", "to"),
				part(sel.has("representing"), "representing", () -> byId(NodeKind.ORGANISATION, r + ".onBehalfOf", sel, "representing")),
				part(sel.has("sources"), "sources", () -> SourceRef.ofRelationship(r)));
	}

	private static final Set<String> MEMBERSHIP = Set.of("person", "forum", "role", "office", "from", "to", "representing", "sources");

	public static Membership readMembership(Value v, Selection sel, Compiled store) {
		Membership m = Membership.from(v);
		attach(NodeKind.PERSON, m.person(), v.get("person"), sel.sub("person", "Person"), store);
		attach(NodeKind.FORUM, m.forum(), v.get("forum"), sel.sub("forum", "Forum"), store);
		attach(NodeKind.ORGANISATION, m.representing(), v.get("representing"), sel.sub("representing", "Organisation"), store);
		return m;
	}

	/** {@code (p)-[r:PARTICIPATED_IN]->(m)} as an {@link Attendance}: the parts selected, as for a membership. */
	public String attendance(String p, String r, String m, Selection sel) {
		boolean whole = sel.beyond(ATTENDANCE);
		return row(part(whole || sel.has("person"), "person", () -> node(NodeKind.PERSON, p, sel.sub("person", "Person"), ends(whole))),
				part(whole || sel.has("meeting"), "meeting", () -> node(NodeKind.MEETING, m, sel.sub("meeting", "Meeting"), ends(whole))),
				"status: " + r + ".status", edgeProperties(r, sel, "role", "office", "agendaItems"),
				part(sel.has("representing"), "representing", () -> byId(NodeKind.ORGANISATION, r + ".onBehalfOf", sel, "representing")),
				part(sel.has("substituteFor"), "substituteFor", () -> byId(NodeKind.PERSON, r + ".substituteFor", sel, "substituteFor")),
				part(sel.has("sources"), "sources", () -> SourceRef.ofRelationship(r)));
	}

	private static final Set<String> ATTENDANCE = Set.of("person", "meeting", "status", "role", "office", "agendaItems",
			"representing", "substituteFor", "sources");

	static Attendance readAttendance(Value v, Selection sel, Compiled store) {
		Attendance a = Attendance.from(v);
		attach(NodeKind.PERSON, a.person(), v.get("person"), sel.sub("person", "Person"), store);
		attach(NodeKind.MEETING, a.meeting(), v.get("meeting"), sel.sub("meeting", "Meeting"), store);
		attach(NodeKind.ORGANISATION, a.representing(), v.get("representing"), sel.sub("representing", "Organisation"), store);
		attach(NodeKind.PERSON, a.substituteFor(), v.get("substituteFor"), sel.sub("substituteFor", "Person"), store);
		return a;
	}

	/** {@code (p)-[r:AFFILIATED_WITH]->(o)} as an {@link Affiliation}: the parts selected, as for a membership. */
	public String affiliation(String p, String r, String o, Selection sel) {
		boolean whole = sel.beyond(AFFILIATION);
		return row(part(whole || sel.has("person"), "person", () -> node(NodeKind.PERSON, p, sel.sub("person", "Person"), ends(whole))),
				part(whole || sel.has("organisation"), "organisation",
						() -> node(NodeKind.ORGANISATION, o, sel.sub("organisation", "Organisation"), ends(whole))),
				edgeProperties(r, sel, "title"));
	}

	private static final Set<String> AFFILIATION = Set.of("person", "organisation", "title");

	static Affiliation readAffiliation(Value v, Selection sel, Compiled store) {
		Affiliation a = Affiliation.from(v);
		attach(NodeKind.PERSON, a.person(), v.get("person"), sel.sub("person", "Person"), store);
		attach(NodeKind.ORGANISATION, a.organisation(), v.get("organisation"), sel.sub("organisation", "Organisation"), store);
		return a;
	}

	/**
	 * {@code (o)-[r:PARTICIPATES_IN]->(x)} as a {@link Participation}; {@code forum} and {@code initiative}
	 * name the variable holding that end (the same one when it may be either; its label decides), or null.
	 * The parts selected, as for a membership.
	 */
	public String participation(String o, String r, String forum, String initiative, Selection sel) {
		boolean whole = sel.beyond(PARTICIPATION);
		return row(part(whole || sel.has("organisation"), "organisation",
						() -> node(NodeKind.ORGANISATION, o, sel.sub("organisation", "Organisation"), ends(whole))),
				edgeProperties(r, sel, "role"),
				part(whole || sel.has("forum"), "forum", () -> either(forum, "Forum", NodeKind.FORUM, sel, "forum", whole)),
				part(whole || sel.has("initiative"), "initiative",
						() -> either(initiative, "Initiative", NodeKind.INITIATIVE, sel, "initiative", whole)));
	}

	private static final Set<String> PARTICIPATION = Set.of("organisation", "role", "forum", "initiative");

	private String either(String v, String label, NodeKind kind, Selection sel, String field, boolean whole) {
		if (v == null) {
			return "null";
		}
		return "CASE WHEN " + v + ":" + label + " THEN " + node(kind, v, sel.sub(field, kind.typeName()), ends(whole)) + " END";
	}

	/** What a row's end node carries besides what is selected: a whole row's ends carry their ids, which the data
	 * fetchers of the fields the row does not answer read (a fact's {@code key} is made of them). */
	private static String[] ends(boolean whole) {
		return whole ? new String[] {"id"} : new String[0];
	}

	/** A row's map from its parts; an empty part (unselected) is left out. */
	private static String row(String... parts) {
		return Arrays.stream(parts).filter(part -> !part.isEmpty()).collect(Collectors.joining(", ", "{", "}"));
	}

	/** {@code key: projection} when wanted, else nothing (the projection is not even compiled). */
	private static String part(boolean wanted, String key, Supplier<String> projection) {
		return wanted ? key + ": " + projection.get() : "";
	}

	static Participation readParticipation(Value v, Selection sel, Compiled store) {
		Participation p = Participation.from(v);
		attach(NodeKind.ORGANISATION, p.organisation(), v.get("organisation"), sel.sub("organisation", "Organisation"), store);
		attach(NodeKind.FORUM, p.forum(), v.get("forum"), sel.sub("forum", "Forum"), store);
		attach(NodeKind.INITIATIVE, p.initiative(), v.get("initiative"), sel.sub("initiative", "Initiative"), store);
		return p;
	}

	/** An agenda item in {@code a} with the initiatives it concerns. */
	public String agendaItem(String a, Selection sel) {
		String i = var("i");
		// unselected, the initiatives would cost a subquery per item for nothing
		String initiatives = !sel.reads("initiatives") ? "[]" : "COLLECT { MATCH (" + a + ")-[:CONCERNS]->(" + i
				+ ":Initiative) RETURN " + node(NodeKind.INITIATIVE, i, sel.sub("initiatives", "Initiative")) + " ORDER BY " + i + ".name }";
		return "{number: " + a + ".number, title: " + a + ".title, decision: " + a + ".decision, initiatives: " + initiatives + "}";
	}

	static AgendaItem readAgendaItem(Value v, Selection sel, Compiled store) {
		AgendaItem item = AgendaItem.from(v);
		var values = v.get("initiatives").asList(x -> x);
		for (int k = 0; k < values.size(); k++) {
			attach(NodeKind.INITIATIVE, item.initiatives().get(k), values.get(k), sel.sub("initiatives", "Initiative"), store);
		}
		return item;
	}

	/** {@code role: r.role, …} for the relationship properties the query selects: unselected ones are not read. */
	private static String edgeProperties(String r, Selection sel, String... properties) {
		return Arrays.stream(properties).filter(sel::reads).map(property -> property + ": " + r + "." + property)
				.collect(Collectors.joining(", "));
	}

	/**
	 * The node of {@code kind} whose id a relationship property holds, when {@code field} is selected. Inside
	 * {@link #rows} it is an OPTIONAL MATCH before the rows' RETURN (ids are unique, so it adds no row); elsewhere a
	 * subquery.
	 */
	private String byId(NodeKind kind, String idExpression, Selection sel, String field) {
		if (!sel.has(field)) {
			return "null";
		}
		String o = var("o");
		String projection = node(kind, o, sel.sub(field, kind.typeName()));
		if (lookups != null) {
			lookups.append(" OPTIONAL MATCH (").append(o).append(':').append(kind.label()).append(" {id: ").append(idExpression).append("})");
			return projection;
		}
		return "head(COLLECT { MATCH (" + o + ":" + kind.label() + " {id: " + idExpression + "}) RETURN " + projection + " })";
	}

	/**
	 * {@code COLLECT { match … RETURN row ORDER BY order }}, with the OPTIONAL MATCHes of the nodes the rows name by id
	 * ({@link #byId}) between the match and the RETURN: that costs Neo4j less than a subquery per row (a meeting's
	 * hundred attendances with their organisations: 8 % of the statement's CPU, measured under load).
	 */
	private String rows(String match, Supplier<String> row, String order) {
		StringBuilder outer = lookups;
		lookups = new StringBuilder();
		try {
			String projection = row.get();
			return "COLLECT { " + match + lookups + " RETURN " + projection + " ORDER BY " + order + " }";
		}
		finally {
			lookups = outer;
		}
	}

	private String validAt(String r, Selection.Relation rel) {
		Object at = rel.arguments().get("at");
		if (!(at instanceof LocalDate)) {
			return "";
		}
		String p = param(at);
		// An unstated bound does not exclude.
		return " WHERE (" + r + ".from IS NULL OR " + r + ".from <= " + p + ") AND (" + r + ".to IS NULL OR " + r + ".to >= " + p + ")";
	}

	/** Present first, then guests, then those with afbud; by name within each. */
	static String attendanceOrder(String r, String p) {
		return "CASE " + r + ".status WHEN 'PRESENT' THEN 0 WHEN 'GUEST' THEN 1 ELSE 2 END, " + p + ".name";
	}

	/** Newest first, undated last (Neo4j sorts nulls first when descending). */
	static String newestFirst(String m) {
		return m + ".date IS NULL, " + m + ".date DESC, " + m + ".id";
	}

	/**
	 * {@code template} with each {@code {name}} replaced: first the variables, then the projections (which may
	 * contain braces of their own, so they go in last).
	 */
	private static String fill(String template, Map<String, String> variables, Map<String, String> projections) {
		String out = template;
		for (var e : variables.entrySet()) {
			out = out.replace("{" + e.getKey() + "}", e.getValue());
		}
		for (var e : projections.entrySet()) {
			out = out.replace("{" + e.getKey() + "}", e.getValue());
		}
		return out;
	}

	/** A fresh statement: variables and parameters numbered from one. */
	public static ReadPath statement() {
		return new ReadPath();
	}
}
