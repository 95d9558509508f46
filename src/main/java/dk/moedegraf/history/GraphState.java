package dk.moedegraf.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The state of subjects as data (canonical JSON text), read from the graph and written back to it. A node's
 * state is its labels, its properties and its SOURCED_FROM edges; a relationship's is its properties. Derived
 * or bulky properties are not part of a state: the search text (recomputed from names), a document's body
 * (kept on the Document, which is never deleted) and {@code modifiedAt} (the time of the edit itself).
 */
public final class GraphState {

	/** Properties that are not data of their own (see the class comment). */
	static final List<String> DERIVED = List.of("searchText", "searchGrams", "searchOf", "keys", "text", "modifiedAt");

	/** Labels a node of ours may carry; {@code Merged} marks the stub a merge leaves behind. */
	static final List<String> LABELS = List.of("Person", "Organisation", "Forum", "Meeting", "Initiative", "Document",
			"AgendaItem", "Merged");

	private static final String NODE_STATE = "RETURN n.id AS key, labels(n) AS labels, "
			+ "[k IN keys(n) WHERE NOT k IN $derived | [k, n[k]]] AS props, "
			+ "[(n)-[s:SOURCED_FROM]->(d:Document) | {doc: d.id, fromLine: s.fromLine, toLine: s.toLine}] AS sources";

	private GraphState() {
	}

	/** The current state of each subject that exists; absent subjects are missing from the map. */
	public static Map<String, String> capture(Tx tx, Collection<Subject> subjects) {
		Map<String, String> states = new HashMap<>();
		Map<String, List<String>> nodesByLabel = new LinkedHashMap<>();
		Map<String, List<Map<String, Object>>> edgesByLabel = new LinkedHashMap<>();
		List<String> allNodes = new ArrayList<>();
		for (Subject s : subjects) {
			if (s.isEdge()) {
				edgesByLabel.computeIfAbsent(Subject.requireLabel(s.from()), l -> new ArrayList<>())
						.add(Map.of("key", s.key(), "from", s.from(), "type", s.type(), "to", s.to()));
			}
			else {
				nodesByLabel.computeIfAbsent(Subject.requireLabel(s.key()), l -> new ArrayList<>()).add(s.key());
				allNodes.add(s.key());
			}
		}
		// Labels come from Subject's table, never from input.
		nodesByLabel.forEach((label, ids) -> tx.run("UNWIND $ids AS id MATCH (n:" + label + " {id: id}) " + NODE_STATE,
				Map.of("ids", ids, "derived", DERIVED)).forEach(r -> states.put(r.get("key").asString(), nodeState(r))));
		if (!allNodes.isEmpty()) {
			tx.run("UNWIND $ids AS id MATCH (n:Merged {id: id}) " + NODE_STATE, Map.of("ids", allNodes, "derived", DERIVED))
					.forEach(r -> states.put(r.get("key").asString(), nodeState(r)));
		}
		edgesByLabel.forEach((label, edges) -> tx.run("UNWIND $edges AS e MATCH (a:" + label + " {id: e.from})-[r]->(b) "
				+ "WHERE type(r) = e.type AND b.id = e.to RETURN e.key AS key, properties(r) AS props",
				Map.of("edges", edges)).forEach(r -> states.put(r.get("key").asString(), edgeState(r))));
		return states;
	}

	/** Every subject in the graph: our nodes and the relationships between them. */
	public static List<Subject> all(Tx tx) {
		List<Subject> all = new ArrayList<>();
		tx.run("MATCH (n) WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id",
				Map.of("labels", LABELS)).forEach(r -> all.add(Subject.node(r.get("id").asString())));
		tx.run("MATCH (a)-[r]->(b) WHERE type(r) IN $types AND a.id IS NOT NULL AND b.id IS NOT NULL "
				+ "RETURN a.id AS from, type(r) AS type, b.id AS to", Map.of("types", List.copyOf(Subject.TYPES)))
				.forEach(r -> all.add(Subject.edge(r.get("from").asString(), r.get("type").asString(), r.get("to").asString())));
		return all;
	}

	/**
	 * Makes the graph hold exactly these states (null = the subject does not exist): nodes first, then
	 * relationships (their ends must exist), then the nodes that go.
	 */
	public static void apply(Tx tx, Map<Subject, String> states) {
		List<Map.Entry<Subject, String>> entries = new ArrayList<>(states.entrySet());
		entries.sort(Comparator.comparingInt(e -> e.getKey().isEdge() ? 1 : e.getValue() == null ? 2 : 0));
		for (var e : entries) {
			Subject s = e.getKey();
			if (s.isEdge()) {
				applyEdge(tx, s, e.getValue());
			}
			else if (e.getValue() == null) {
				tx.run("MATCH (n:" + Subject.requireLabel(s.key()) + " {id: $id}) DETACH DELETE n", Map.of("id", s.key()));
				tx.run("MATCH (n:Merged {id: $id}) DETACH DELETE n", Map.of("id", s.key()));
			}
			else {
				applyNode(tx, s, e.getValue());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void applyNode(Tx tx, Subject s, String json) {
		Map<String, Object> state = (Map<String, Object>) Values.parse(json);
		List<String> labels = (List<String>) state.get("labels");
		if (!LABELS.containsAll(labels)) {
			throw new IllegalStateException("Unexpected labels in a logged state: " + labels);
		}
		String label = Subject.requireLabel(s.key());
		// A stub and a live node never share an id, so whichever exists is the one to rewrite.
		boolean exists = !tx.run("OPTIONAL MATCH (a:" + label + " {id: $id}) OPTIONAL MATCH (b:Merged {id: $id}) "
				+ "WITH coalesce(a, b) AS n WHERE n IS NOT NULL RETURN n.id", Map.of("id", s.key())).isEmpty();
		if (!exists) {
			tx.run("CREATE (n:" + String.join(":", labels) + ") SET n.id = $id", Map.of("id", s.key()));
		}
		tx.run("OPTIONAL MATCH (a:" + label + " {id: $id}) OPTIONAL MATCH (b:Merged {id: $id}) WITH coalesce(a, b) AS n "
				+ "REMOVE n:" + String.join(":", LABELS) + " SET n:" + String.join(":", labels) + " "
				+ "WITH n, $props AS p SET n = p {.*, text: n.text, searchText: n.searchText, searchGrams: n.searchGrams, searchOf: n.searchOf, keys: n.keys, modifiedAt: n.modifiedAt} "
				+ "WITH n OPTIONAL MATCH (n)-[old:SOURCED_FROM]->() DELETE old "
				+ "WITH DISTINCT n UNWIND $sources AS src MATCH (d:Document {id: src.doc}) "
				+ "CREATE (n)-[:SOURCED_FROM {fromLine: src.fromLine, toLine: src.toLine}]->(d)",
				Map.of("id", s.key(), "props", state.get("props"), "sources", state.get("sources")));
	}

	@SuppressWarnings("unchecked")
	private static void applyEdge(Tx tx, Subject s, String json) {
		String match = "MATCH (a:" + Subject.requireLabel(s.from()) + " {id: $from}), (b:" + Subject.requireLabel(s.to())
				+ " {id: $to}) ";
		Map<String, Object> ends = Map.of("from", s.from(), "to", s.to());
		if (json == null) {
			tx.run(match + "MATCH (a)-[r:" + s.type() + "]->(b) DELETE r", ends);
			return;
		}
		Map<String, Object> state = (Map<String, Object>) Values.parse(json);
		var params = new HashMap<>(ends);
		params.put("props", state.get("props"));
		if (tx.run(match + "MERGE (a)-[r:" + s.type() + "]->(b) SET r = $props RETURN 1", params).isEmpty()) {
			throw new IllegalStateException("Cannot restore " + s.key() + ": one of its ends does not exist");
		}
	}

	private static String nodeState(Record r) {
		Map<String, Object> props = new TreeMap<>();
		r.get("props").asList(v -> v).forEach(pair -> props.put(pair.get(0).asString(), Values.plain(pair.get(1))));
		List<Map<String, Object>> sources = new ArrayList<>(r.get("sources").asList(v -> {
			Map<String, Object> m = new TreeMap<>();
			m.put("doc", v.get("doc").asString());
			m.put("fromLine", Values.plain(v.get("fromLine")));
			m.put("toLine", Values.plain(v.get("toLine")));
			return m;
		}));
		sources.sort(Comparator.comparing(Object::toString));
		Map<String, Object> state = new TreeMap<>();
		state.put("labels", r.get("labels").asList(Value::asString).stream().sorted().toList());
		state.put("props", props);
		state.put("sources", sources);
		return Values.json(state);
	}

	private static String edgeState(Record r) {
		Map<String, Object> props = new TreeMap<>();
		r.get("props").asMap(v -> v).forEach((k, v) -> {
			if (!DERIVED.contains(k)) {
				props.put(k, Values.plain(v));
			}
		});
		return Values.json(Map.of("props", props));
	}

	static Set<String> keys(Collection<Subject> subjects) {
		Set<String> keys = new java.util.LinkedHashSet<>();
		subjects.forEach(s -> keys.add(s.key()));
		return keys;
	}
}
