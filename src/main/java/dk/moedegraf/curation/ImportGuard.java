package dk.moedegraf.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.moedegraf.history.EditLog;
import dk.moedegraf.history.Subject;
import dk.moedegraf.history.Tx;
import dk.moedegraf.history.Values;

/**
 * What an import must respect of the curators' work, as two calls in the importer's transaction: before
 * its writes (the log's lock; a withdrawn document is refused) and after them (retracted facts it
 * re-created are removed again, curated values it filled or changed are put back, and the edit is logged).
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

	public static void afterImport(Tx tx, String documentId, String title) {
		List<Subject> subjects = subjectsOf(tx, documentId);
		List<String> keys = subjects.stream().map(Subject::key).toList();
		// Tombstoned entities first (their relationships go with them), then tombstoned relationships.
		var tombstoned = tx.run("UNWIND $keys AS key MATCH (t:Tombstone {key: key}) RETURN key", Map.of("keys", keys))
				.stream().map(r -> r.get("key").asString()).toList();
		for (String key : tombstoned) {
			Subject s = Subject.parse(key);
			if (s.isEdge()) {
				tx.run("MATCH (a:" + label(s.from()) + " {id: $from})-[r:" + s.type() + "]->(b:" + label(s.to())
						+ " {id: $to}) DELETE r", Map.of("from", s.from(), "to", s.to()));
			}
			else {
				tx.run("MATCH (n:" + label(key) + " {id: $id}) DETACH DELETE n", Map.of("id", key));
			}
		}
		restoreCurated(tx, subjects);
		EditLog.append(tx, EditLog.IMPORT, "import of '" + title + "'", "IMPORT", subjects);
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
	private static void restoreCurated(Tx tx, List<Subject> subjects) {
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
			return;
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
	}

	static String label(String id) {
		return Subject.label(id).orElseThrow(() -> new IllegalArgumentException("Malformed id '" + id + "'"));
	}
}
