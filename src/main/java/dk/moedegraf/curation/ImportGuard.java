package dk.moedegraf.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.moedegraf.history.EditLog;
import dk.moedegraf.history.Subject;
import dk.moedegraf.history.Tx;
import dk.moedegraf.history.Values;
import dk.moedegraf.names.NameKeys;
import dk.moedegraf.search.SearchText;

/**
 * What an import must respect of the curators' work, as two calls in the importer's transaction: before
 * its writes (the log's lock; a withdrawn document is refused) and after them (retracted facts it
 * re-created are removed again and handed back, so the import's report counts only what stayed; curated
 * values it filled or changed are put back, and the edit is logged).
 * Checking after the writes, in the same transaction, keeps the importer itself unaware of curation.
 */
public final class ImportGuard {

	private ImportGuard() {
	}

	public static void beforeImport(Tx tx, String documentId) {
		EditLog.lock(tx);
		if (!tx.run("MATCH (d:Document {id: $id}) WHERE d.withdrawn RETURN d.id", Map.of("id", documentId)).isEmpty()) {
			throw new IllegalArgumentException("This document (" + documentId + ") was withdrawn by an editor; "
					+ "it is not imported again. Restore it through the curation API if the withdrawal was wrong.");
		}
	}

	/**
	 * What {@link #afterImport} took out again: the retracted entities and facts the import had re-created
	 * ({@code subjects}, their keys) and how many nodes and relationships that removed, all of them written
	 * by this import, so its report can count what stayed.
	 */
	public record KeptOut(Set<String> subjects, int removed) {
	}

	public static KeptOut afterImport(Tx tx, String documentId, String title) {
		List<Subject> subjects = subjectsOf(tx, documentId);
		List<String> keys = subjects.stream().map(Subject::key).toList();
		var tombstoned = tx.run("UNWIND $keys AS key MATCH (t:Tombstone {key: key}) RETURN key", Map.of("keys", keys))
				.stream().map(r -> r.get("key").asString()).toList();
		int removed = 0;
		for (String key : tombstoned) {
			Subject s = Subject.parse(key);
			// each statement counts what it deletes; a meeting's agenda items go with it, as on retraction
			removed += tx.run(s.isEdge()
					? "MATCH (a:" + label(s.from()) + " {id: $from})-[r:" + s.type() + "]->(b:" + label(s.to()) + " {id: $to}) "
							+ "DELETE r RETURN count(r) AS n"
					: "MATCH (n:" + label(key) + " {id: $from}) OPTIONAL MATCH (n)-[:HAS_ITEM]->(i:AgendaItem) "
							+ "WITH n, collect(i) AS items WITH [n] + items AS xs UNWIND xs AS x OPTIONAL MATCH (x)-[r]-() "
							+ "WITH xs, collect(DISTINCT r) AS rs FOREACH (x IN xs | DETACH DELETE x) RETURN size(xs) + size(rs) AS n",
					s.isEdge() ? Map.of("from", s.from(), "to", s.to()) : Map.of("from", key))
					.stream().mapToInt(r -> r.get("n").asInt(0)).sum();
		}
		// a name or aliases put back: the node's keys and search text follow, as after any write of a name
		List<String> restored = restoreCurated(tx, subjects);
		NameKeys.update(tx::run, restored);
		SearchText.update(tx::run, restored);
		EditLog.append(tx, EditLog.IMPORT, "import of '" + title + "'", "IMPORT", subjects);
		return new KeptOut(Set.copyOf(tombstoned), removed);
	}

	/** Everything an import of this document may have written: what it sources, and the facts citing it. */
	static List<Subject> subjectsOf(Tx tx, String documentId) {
		List<Subject> subjects = new ArrayList<>();
		subjects.add(Subject.node(documentId));
		tx.run("""
				MATCH (d:Document {id: $doc})<-[:SOURCED_FROM]-(n)
				WITH DISTINCT n
				OPTIONAL MATCH (n)-[r]-(m) WHERE type(r) IN $types AND any(s IN coalesce(r.sources, []) WHERE s STARTS WITH $prefix)
				RETURN n.id AS id, collect(CASE WHEN r IS NULL THEN null ELSE
				       {from: startNode(r).id, type: type(r), to: endNode(r).id} END) AS edges""",
				Map.of("doc", documentId, "prefix", documentId + "@", "types", Curation.FACT_TYPES)).forEach(r -> {
					subjects.add(Subject.node(r.get("id").asString()));
					r.get("edges").asList(v -> v).forEach(e -> subjects.add(
							Subject.edge(e.get("from").asString(), e.get("type").asString(), e.get("to").asString())));
				});
		return subjects;
	}

	/**
	 * The importer only fills gaps, but a gap may be a value a curator removed on purpose, and aliases only
	 * grow: for the properties a curator set ({@code curatedKeys}), the value logged last wins.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> restoreCurated(Tx tx, List<Subject> subjects) {
		Map<String, List<String>> curated = new HashMap<>();
		Map<String, List<String>> nodes = new HashMap<>();
		Map<String, List<Map<String, Object>>> edges = new HashMap<>();
		for (Subject s : subjects) {
			if (s.isEdge()) {
				edges.computeIfAbsent(label(s.from()), l -> new ArrayList<>())
						.add(Map.of("key", s.key(), "from", s.from(), "type", s.type(), "to", s.to()));
			}
			else {
				nodes.computeIfAbsent(label(s.key()), l -> new ArrayList<>()).add(s.key());
			}
		}
		// one statement per label, not per subject
		nodes.forEach((label, ids) -> tx.run("UNWIND $ids AS id MATCH (x:" + label + " {id: id}) WHERE x.curatedKeys IS NOT NULL "
				+ "RETURN id AS key, x.curatedKeys AS keys", Map.of("ids", ids))
				.forEach(r -> curated.put(r.get("key").asString(), r.get("keys").asList(v -> v.asString()))));
		edges.forEach((label, es) -> tx.run("UNWIND $edges AS e MATCH (a:" + label + " {id: e.from})-[x]->(b) "
				+ "WHERE type(x) = e.type AND b.id = e.to AND x.curatedKeys IS NOT NULL RETURN e.key AS key, x.curatedKeys AS keys",
				Map.of("edges", es)).forEach(r -> curated.put(r.get("key").asString(), r.get("keys").asList(v -> v.asString()))));
		if (curated.isEmpty()) {
			return List.of();
		}
		Map<String, String> logged = EditLog.lastLogged(tx, curated.keySet());
		curated.forEach((key, props) -> {
			String state = logged.get(key);
			if (state == null) {
				return;
			}
			Map<String, Object> old = (Map<String, Object>) ((Map<String, Object>) Values.parse(state)).get("props");
			Map<String, Object> back = new HashMap<>();
			props.forEach(k -> back.put(k, old.get(k)));
			Subject s = Subject.parse(key);
			Map<String, Object> p = new HashMap<>();
			p.put("from", s.isEdge() ? s.from() : s.key());
			p.put("to", s.to());
			p.put("back", back);
			tx.run((s.isEdge()
					? "MATCH (a:" + label(s.from()) + " {id: $from})-[x:" + s.type() + "]->(b:" + label(s.to()) + " {id: $to}) "
					: "MATCH (x:" + label(s.key()) + " {id: $from}) ") + "SET x += $back", p);
		});
		return curated.keySet().stream().filter(k -> !Subject.parse(k).isEdge()).toList();
	}

	static String label(String id) {
		return Subject.label(id).orElseThrow(() -> new IllegalArgumentException("Malformed id '" + id + "'"));
	}
}
