package dk.moedegraf.curation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.moedegraf.history.EditLog;
import dk.moedegraf.history.EditLog.Change;
import dk.moedegraf.history.EditLog.ChangeType;
import dk.moedegraf.history.GraphState;
import dk.moedegraf.history.Subject;
import dk.moedegraf.history.Tx;
import dk.moedegraf.names.NameKeys;
import dk.moedegraf.node.Nodes;
import dk.moedegraf.search.SearchText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' corrections to the graph. Each mutation is one transaction: check, write, log (the log compares
 * the touched subjects' states before and after, so the payload says exactly what changed), and for a dry
 * run roll the whole of it back. The live graph is always the current state: a retracted fact is removed
 * (its content stays in the log, a tombstone keeps imports from bringing it back), so readers need no filter.
 */
@Service
class Curation {

	/** The relationships that are facts (SOURCED_FROM belongs to its node). */
	static final List<String> FACT_TYPES = List.of("MEMBER_OF", "PARTICIPATED_IN", "AFFILIATED_WITH", "PART_OF",
			"PARTICIPATES_IN", "OF", "HAS_ITEM", "CONCERNS");

	/** Entity kinds editors create and correct, with the properties they may set. */
	enum Kind {
		PERSON("person", "Person", "name", List.of("name", "aliases", "initials")),
		ORGANISATION("org", "Organisation", "name", List.of("name", "aliases", "kind")),
		FORUM("forum", "Forum", "name", List.of("name", "aliases", "kind")),
		MEETING("meeting", "Meeting", "title", List.of("title", "date", "startsAt", "endsAt", "location")),
		INITIATIVE("initiative", "Initiative", "name", List.of("name", "aliases", "kind", "code"));

		final String prefix;
		final String label;
		final String nameProperty;
		final List<String> properties;

		Kind(String prefix, String label, String nameProperty, List<String> properties) {
			this.prefix = prefix;
			this.label = label;
			this.nameProperty = nameProperty;
			this.properties = properties;
		}
	}

	/** What a mutation did (or, for a dry run, would do). */
	record Outcome(boolean dryRun, EditLog.Edit edit, Map<String, Object> nodes) {
	}

	/** The writes of one mutation: returns the subjects they touched and the ids of entities to answer with. */
	private interface Work {
		Result run(Tx tx);
	}

	private record Result(List<Subject> subjects, List<String> answer) {
	}

	private final Neo4jClient neo4j;
	private final TransactionTemplate transactions;
	private final Nodes nodes;

	Curation(Neo4jClient neo4j, PlatformTransactionManager transactionManager, Nodes nodes) {
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.nodes = nodes;
	}

	private Outcome write(String operation, String reason, boolean dryRun, Work work) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("reason is required: say why, it goes into the edit log.");
		}
		String actor = Actor.current();
		Outcome outcome = transactions.execute(status -> {
			Tx tx = Tx.of(neo4j);
			EditLog.lock(tx);
			Result result = work.run(tx);
			EditLog.Edit edit = EditLog.append(tx, actor, reason.strip(), operation, result.subjects()).orElse(null);
			// names written here are searchable at once: their search text is written in this transaction
			var touched = new java.util.LinkedHashSet<String>(result.answer());
			result.subjects().forEach(s -> java.util.stream.Stream.of(s.key(), s.from(), s.to())
					.filter(java.util.Objects::nonNull).forEach(touched::add));
			SearchText.update(neo4j, touched);
			// and their resolution keys: the next import finds a created, renamed or merged name here
			NameKeys.update(tx::run, touched);
			Map<String, Object> answer = result.answer().isEmpty() ? Map.of() : nodes.byIds(result.answer(), null);
			if (dryRun) {
				status.setRollbackOnly();
			}
			return new Outcome(dryRun, edit, answer);
		});
		return outcome;
	}

	// --- entities ---

	Outcome create(Kind kind, Map<String, Object> input) {
		Map<String, Object> props = properties(kind, input);
		Object name = props.get(kind.nameProperty);
		if (!(name instanceof String s) || s.isBlank()) {
			throw new IllegalArgumentException(kind.nameProperty + " is required and must not be blank.");
		}
		return write("CREATE_" + kind.name(), (String) input.get("reason"), dryRun(input), tx -> {
			String id = freshId(tx, kind, (String) name);
			props.putIfAbsent("aliases", kind.properties.contains("aliases") ? List.of(name) : null);
			props.values().removeIf(java.util.Objects::isNull);
			tx.run("CREATE (n:" + kind.label + ") SET n = $props, n.id = $id, n.curatedKeys = keys($props)",
					Map.of("props", props, "id", id));
			List<Subject> subjects = new ArrayList<>(List.of(Subject.node(id)));
			if (kind == Kind.MEETING && input.get("forum") != null) {
				String forum = requireNode(tx, (String) input.get("forum"), "Forum");
				tx.run("MATCH (m:Meeting {id: $m}), (f:Forum {id: $f}) CREATE (m)-[:OF {primary: true, sources: []}]->(f)",
						Map.of("m", id, "f", forum));
				subjects.add(Subject.edge(id, "OF", forum));
			}
			if (kind == Kind.ORGANISATION && input.get("partOf") != null) {
				String parent = requireNode(tx, (String) input.get("partOf"), "Organisation");
				tx.run("MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b}) CREATE (a)-[:PART_OF {sources: []}]->(b)",
						Map.of("a", id, "b", parent));
				subjects.add(Subject.edge(id, "PART_OF", parent));
			}
			return new Result(subjects, List.of(id));
		});
	}

	Outcome correct(Kind kind, Map<String, Object> input) {
		String id = (String) input.get("id");
		Map<String, Object> props = properties(kind, input);
		if (props.isEmpty()) {
			throw new IllegalArgumentException("Nothing to correct: give at least one of " + kind.properties + ".");
		}
		if (props.containsKey(kind.nameProperty) && (props.get(kind.nameProperty) == null
				|| ((String) props.get(kind.nameProperty)).isBlank())) {
			throw new IllegalArgumentException(kind.nameProperty + " cannot be removed, only corrected.");
		}
		return write("CORRECT_" + kind.name(), (String) input.get("reason"), dryRun(input), tx -> {
			requireNode(tx, id, kind.label);
			// SET += with a null value removes the property: a client sends null to clear a wrong value.
			tx.run("MATCH (n:" + kind.label + " {id: $id}) SET n += $props, n.curatedKeys = "
					+ "coalesce(n.curatedKeys, []) + [k IN keys($props) WHERE NOT k IN coalesce(n.curatedKeys, [])]",
					Map.of("id", id, "props", props));
			return new Result(List.of(Subject.node(id)), List.of(id));
		});
	}

	// --- memberships and attendance ---

	Outcome addFact(String type, String fromLabel, String from, String toLabel, String to, Map<String, Object> input,
			Map<String, Object> props) {
		return write("ADD_" + type, (String) input.get("reason"), dryRun(input), tx -> {
			requireNode(tx, from, fromLabel);
			requireNode(tx, to, toLabel);
			checkReferences(tx, props);
			Subject fact = Subject.edge(from, type, to);
			if (exists(tx, fact)) {
				throw new IllegalArgumentException("The fact " + fact.key() + " exists already; correct it instead.");
			}
			props.values().removeIf(java.util.Objects::isNull);
			tx.run("MATCH (a:" + fromLabel + " {id: $from}), (b:" + toLabel + " {id: $to}) CREATE (a)-[r:" + type + "]->(b) "
					+ "SET r = $props, r.sources = [], r.curatedKeys = keys($props)",
					Map.of("from", from, "to", to, "props", props));
			// An editor adding a fact by hand overrules an earlier retraction of it.
			tx.run("MATCH (t:Tombstone {key: $key}) DELETE t", Map.of("key", fact.key()));
			return new Result(List.of(fact), List.of());
		});
	}

	Outcome correctFact(String type, String from, String to, Map<String, Object> input, Map<String, Object> props,
			String operation) {
		if (props.isEmpty()) {
			throw new IllegalArgumentException("Nothing to correct: give at least one value.");
		}
		return write(operation, (String) input.get("reason"), dryRun(input), tx -> {
			Subject fact = Subject.edge(from, type, to);
			if (!exists(tx, fact)) {
				throw new NotFoundException("No fact " + fact.key() + ": nothing to correct.");
			}
			checkReferences(tx, props);
			var result = tx.run(match(fact) + "SET r += $props, r.curatedKeys = coalesce(r.curatedKeys, []) + "
					+ "[k IN keys($props) WHERE NOT k IN coalesce(r.curatedKeys, [])] RETURN r.from AS from, r.to AS to",
					Map.of("from", from, "to", to, "props", props)).get(0);
			if (!result.get("from").isNull() && !result.get("to").isNull()
					&& result.get("to").asLocalDate().isBefore(result.get("from").asLocalDate())) {
				throw new IllegalArgumentException("The fact would end (" + result.get("to").asLocalDate()
						+ ") before it begins (" + result.get("from").asLocalDate() + ").");
			}
			return new Result(List.of(fact), List.of());
		});
	}

	// --- retract and restore ---

	Outcome retract(String key, Map<String, Object> input) {
		Subject subject = Subject.parse(key);
		return write("RETRACT", (String) input.get("reason"), dryRun(input), tx -> {
			if (subject.isEdge()) {
				if (!exists(tx, subject)) {
					throw new NotFoundException("No fact " + key + ": nothing to retract.");
				}
				tx.run(match(subject) + "DELETE r", Map.of("from", subject.from(), "to", subject.to()));
				tombstone(tx, List.of(key));
				return new Result(List.of(subject), List.of());
			}
			String label = ImportGuard.label(key);
			if (label.equals("Document")) {
				throw new IllegalArgumentException("A document is not retracted but withdrawn: use withdrawDocument.");
			}
			requireNode(tx, key, label);
			List<Subject> subjects = new ArrayList<>(List.of(subject));
			List<String> items = new ArrayList<>();
			if (label.equals("Meeting")) {
				// its agenda items exist only as part of it
				tx.run("MATCH (:Meeting {id: $id})-[:HAS_ITEM]->(i:AgendaItem) RETURN i.id AS id", Map.of("id", key))
						.forEach(r -> items.add(r.get("id").asString()));
			}
			List<String> ids = new ArrayList<>(items);
			ids.add(key);
			subjects.addAll(edgesOf(tx, ids));
			items.forEach(i -> subjects.add(Subject.node(i)));
			tx.run("UNWIND $ids AS id MATCH (n:AgendaItem {id: id}) DETACH DELETE n", Map.of("ids", items));
			tx.run("MATCH (n:" + label + " {id: $id}) DETACH DELETE n", Map.of("id", key));
			tombstone(tx, List.of(key));
			return new Result(subjects, List.of());
		});
	}

	/** Puts back what the latest retraction of this entity or fact removed, exactly as it was. */
	Outcome restore(String key, Map<String, Object> input) {
		Subject subject = Subject.parse(key);
		return write("RESTORE", (String) input.get("reason"), dryRun(input), tx -> {
			if (!GraphState.capture(tx, List.of(subject)).isEmpty()) {
				throw new IllegalArgumentException(key + " is in the graph: there is nothing to restore.");
			}
			var found = tx.run("MATCH (c:Change {subject: $key, change: 'RETRACTED'}) RETURN c.seq AS seq ORDER BY seq DESC LIMIT 1",
					Map.of("key", key));
			if (found.isEmpty()) {
				throw new NotFoundException("Nothing was ever retracted as " + key + ".");
			}
			long seq = found.get(0).get("seq").asLong();
			Map<Subject, String> back = new LinkedHashMap<>();
			for (Change c : changesOf(tx, seq)) {
				if (c.change() == ChangeType.RETRACTED) {
					back.put(Subject.parse(c.subject()), c.before());
				}
			}
			// Relationships to entities that are gone since cannot come back; the entity and the rest do.
			Set<String> present = GraphState.capture(tx, endsOf(back.keySet())).keySet();
			back.keySet().removeIf(s -> s.isEdge() && !(back.containsKey(Subject.node(s.from())) || present.contains(s.from()))
					|| s.isEdge() && !(back.containsKey(Subject.node(s.to())) || present.contains(s.to())));
			if (subject.isEdge() && !back.containsKey(subject)) {
				throw new IllegalArgumentException("Cannot restore " + key + ": one of its ends is no longer in the graph.");
			}
			GraphState.apply(tx, back);
			tx.run("UNWIND $keys AS key MATCH (t:Tombstone {key: key}) DELETE t",
					Map.of("keys", back.keySet().stream().map(Subject::key).toList()));
			return new Result(List.copyOf(back.keySet()), subject.isEdge() ? List.of() : List.of(key));
		});
	}

	// --- documents ---

	/**
	 * Every fact whose only source is this document goes (logged, tombstoned); facts with other sources lose
	 * this one. The Document stays, marked withdrawn, so its id keeps answering and imports refuse it.
	 */
	Outcome withdraw(String documentId, Map<String, Object> input) {
		return write("WITHDRAW_DOCUMENT", (String) input.get("reason"), dryRun(input), tx -> {
			requireNode(tx, documentId, "Document");
			if (!tx.run("MATCH (d:Document {id: $id}) WHERE d.withdrawn RETURN d", Map.of("id", documentId)).isEmpty()) {
				throw new IllegalArgumentException(documentId + " is withdrawn already.");
			}
			Map<String, Object> p = Map.of("doc", documentId, "prefix", documentId + "@", "types", FACT_TYPES);
			List<Subject> subjects = new ArrayList<>(ImportGuard.subjectsOf(tx, documentId));
			// Facts citing the document whose ends it does not source (curated ends) are found here.
			tx.run("MATCH (a)-[r]->(b) WHERE type(r) IN $types AND any(s IN coalesce(r.sources, []) WHERE s STARTS WITH $prefix) "
					+ "RETURN a.id AS from, type(r) AS type, b.id AS to", p)
					.forEach(r -> subjects.add(Subject.edge(r.get("from").asString(), r.get("type").asString(), r.get("to").asString())));
			List<String> onlyThis = tx.run("""
					MATCH (a)-[r]->(b) WHERE type(r) IN $types AND any(s IN coalesce(r.sources, []) WHERE s STARTS WITH $prefix)
					WITH a, r, b, [s IN r.sources WHERE NOT s STARTS WITH $prefix] AS rest
					SET r.sources = rest
					WITH a, r, b, rest WHERE rest = []
					DELETE r
					RETURN a.id + '|' + type(r) + '|' + b.id AS key""", p).stream().map(r -> r.get("key").asString()).toList();
			tombstone(tx, onlyThis);
			// Nodes read only from this document, with no fact left that another source supports.
			List<String> gone = tx.run("""
					MATCH (d:Document {id: $doc})<-[:SOURCED_FROM]-(n)
					WITH DISTINCT n
					WHERE NOT EXISTS { (n)-[:SOURCED_FROM]->(o:Document) WHERE o.id <> $doc }
					  AND n.curatedKeys IS NULL
					  AND NOT EXISTS { (n)-[r]-() WHERE type(r) IN $types AND size(coalesce(r.sources, [])) > 0 }
					RETURN n.id AS id""", p).stream().map(r -> r.get("id").asString()).toList();
			subjects.addAll(edgesOf(tx, gone));
			// gone holds only nodes the document sources: reached from it, not by a scan
			tx.run("MATCH (:Document {id: $doc})<-[:SOURCED_FROM]-(n) WHERE n.id IN $ids DETACH DELETE n",
					Map.of("ids", gone, "doc", documentId));
			tombstone(tx, gone);
			tx.run("MATCH (:Document {id: $doc})<-[s:SOURCED_FROM]-() DELETE s", Map.of("doc", documentId));
			tx.run("MATCH (d:Document {id: $doc}) SET d.withdrawn = true", Map.of("doc", documentId));
			return new Result(subjects, List.of(documentId));
		});
	}

	// --- merge, unmerge, not the same ---

	Outcome merge(String survivor, String merged, Map<String, Object> input) {
		if (survivor.equals(merged)) {
			throw new IllegalArgumentException("An entity cannot be merged into itself.");
		}
		String label = ImportGuard.label(survivor);
		if (!label.equals(ImportGuard.label(merged)) || label.equals("Document")) {
			throw new IllegalArgumentException("Only two entities of one kind (not documents) can be merged: "
					+ survivor + ", " + merged + ".");
		}
		return write("MERGE", (String) input.get("reason"), dryRun(input), tx -> {
			requireNode(tx, survivor, label);
			requireNode(tx, merged, label);
			if (!tx.run("MATCH (a:" + label + " {id: $a}) WHERE $b IN coalesce(a.differentFrom, []) RETURN a",
					Map.of("a", survivor, "b", merged)).isEmpty()) {
				throw new IllegalArgumentException(survivor + " and " + merged
						+ " are marked as not the same person; they are not merged.");
			}
			// Before: every subject the merge may change, so the log keeps each one's old state for unmerge.
			List<Subject> subjects = new ArrayList<>(List.of(Subject.node(survivor), Subject.node(merged)));
			List<Subject> old = edgesOf(tx, List.of(merged));
			subjects.addAll(old);
			for (Subject e : old) {
				String from = e.from().equals(merged) ? survivor : e.from();
				String to = e.to().equals(merged) ? survivor : e.to();
				if (!from.equals(to)) {
					subjects.add(Subject.edge(from, e.type(), to));
				}
			}
			Map<String, Object> p = Map.of("old", merged, "new", survivor, "types", FACT_TYPES);
			tx.run("MATCH (a)-[r]->(b) WHERE type(r) IN $types AND (r.onBehalfOf = $old OR r.substituteFor = $old) "
					+ "RETURN a.id AS from, type(r) AS type, b.id AS to", p)
					.forEach(r -> subjects.add(Subject.edge(r.get("from").asString(), r.get("type").asString(), r.get("to").asString())));
			tx.run("MATCH (n) WHERE (n:Document AND $old IN coalesce(n.caseHandlers, [])) OR (n:AgendaItem AND n.responsible = $old) "
					+ "OR (n:Person AND $old IN coalesce(n.differentFrom, [])) RETURN n.id AS id", p)
					.forEach(r -> subjects.add(Subject.node(r.get("id").asString())));

			for (String type : FACT_TYPES) {
				// Facts move to the survivor; where it has the same fact, values it lacks are filled and sources joined.
				tx.run("MATCH (o:" + label + " {id: $old})-[r:" + type + "]->(x) MATCH (s:" + label + " {id: $new}) WHERE x <> s "
						+ "MERGE (s)-[n:" + type + "]->(x) WITH r, n, properties(n) AS kept "
						+ "SET n += properties(r), n += kept, n.sources = coalesce(kept.sources, []) + "
						+ "[y IN coalesce(r.sources, []) WHERE NOT y IN coalesce(kept.sources, [])] DELETE r", p);
				tx.run("MATCH (o:" + label + " {id: $old})<-[r:" + type + "]-(x) MATCH (s:" + label + " {id: $new}) WHERE x <> s "
						+ "MERGE (s)<-[n:" + type + "]-(x) WITH r, n, properties(n) AS kept "
						+ "SET n += properties(r), n += kept, n.sources = coalesce(kept.sources, []) + "
						+ "[y IN coalesce(r.sources, []) WHERE NOT y IN coalesce(kept.sources, [])] DELETE r", p);
			}
			tx.run("""
					MATCH (o:%s {id: $old}), (s:%s {id: $new})
					OPTIONAL MATCH (o)-[src:SOURCED_FROM]->(d)
					FOREACH (_ IN CASE WHEN src IS NULL THEN [] ELSE [1] END |
					  MERGE (s)-[:SOURCED_FROM {fromLine: src.fromLine, toLine: src.toLine}]->(d))
					WITH DISTINCT o, s
					WITH o, s, coalesce(o.name, o.title) AS oldName
					SET s.aliases = reduce(acc = coalesce(s.aliases, []), a IN [oldName] + coalesce(o.aliases, []) |
					                       CASE WHEN a IS NULL OR a IN acc THEN acc ELSE acc + a END),
					    s.initials = CASE WHEN o.initials IS NULL AND s.initials IS NULL THEN null ELSE
					                 reduce(acc = coalesce(s.initials, []), a IN coalesce(o.initials, []) |
					                        CASE WHEN a IN acc THEN acc ELSE acc + a END) END
					WITH o, s
					OPTIONAL MATCH (o)-[rest]-() DELETE rest
					WITH DISTINCT o, s
					REMOVE o:%s
					SET o = {id: $old, mergedInto: $new, mergedKind: $label}, o:Merged""".formatted(label, label, label),
					Map.of("old", merged, "new", survivor, "label", label));
			tx.run("MATCH (a)-[r]->(b) WHERE type(r) IN $types AND r.onBehalfOf = $old SET r.onBehalfOf = $new", p);
			tx.run("MATCH (a)-[r]->(b) WHERE type(r) IN $types AND r.substituteFor = $old SET r.substituteFor = $new", p);
			tx.run("MATCH (d:Document) WHERE $old IN coalesce(d.caseHandlers, []) "
					+ "SET d.caseHandlers = [x IN d.caseHandlers | CASE WHEN x = $old THEN $new ELSE x END]", p);
			tx.run("MATCH (i:AgendaItem {responsible: $old}) SET i.responsible = $new", p);
			tx.run("MATCH (n:Person) WHERE $old IN coalesce(n.differentFrom, []) "
					+ "SET n.differentFrom = [x IN n.differentFrom | CASE WHEN x = $old THEN $new ELSE x END]", p);
			return new Result(subjects, List.of(survivor));
		});
	}

	/** Puts every subject of the latest merge of this id back into its state before the merge. */
	Outcome unmerge(String merged, Map<String, Object> input) {
		return write("UNMERGE", (String) input.get("reason"), dryRun(input), tx -> {
			var found = tx.run("MATCH (c:Change {subject: $id, change: 'MERGED'}) RETURN c.seq AS seq ORDER BY seq DESC LIMIT 1",
					Map.of("id", merged));
			if (found.isEmpty() || tx.run("MATCH (m:Merged {id: $id}) RETURN m", Map.of("id", merged)).isEmpty()) {
				throw new NotFoundException(merged + " is not a merged entity.");
			}
			long seq = found.get(0).get("seq").asLong();
			List<Change> changes = changesOf(tx, seq);
			List<String> later = tx.run("UNWIND $keys AS key MATCH (c:Change {subject: key}) WHERE c.seq > $seq "
					+ "RETURN DISTINCT c.seq AS seq ORDER BY seq",
					Map.of("keys", changes.stream().map(Change::subject).toList(), "seq", seq))
					.stream().map(r -> String.valueOf(r.get("seq").asLong())).toList();
			if (!later.isEmpty()) {
				throw new IllegalArgumentException("The merge (edit " + seq + ") cannot be undone exactly: edits "
						+ String.join(", ", later) + " changed the same entities or facts since. Undo those first.");
			}
			Map<Subject, String> back = new LinkedHashMap<>();
			changes.forEach(c -> back.put(Subject.parse(c.subject()), c.before()));
			GraphState.apply(tx, back);
			return new Result(List.copyOf(back.keySet()), List.of(merged));
		});
	}

	Outcome markNotSame(String person, String other, Map<String, Object> input) {
		if (person.equals(other)) {
			throw new IllegalArgumentException("A person is always the same as themselves.");
		}
		return write("NOT_SAME_PERSON", (String) input.get("reason"), dryRun(input), tx -> {
			requireNode(tx, person, "Person");
			requireNode(tx, other, "Person");
			tx.run("""
					UNWIND [[$a, $b], [$b, $a]] AS pair
					MATCH (p:Person {id: pair[0]})
					SET p.differentFrom = coalesce(p.differentFrom, []) +
					    CASE WHEN pair[1] IN coalesce(p.differentFrom, []) THEN [] ELSE [pair[1]] END""",
					Map.of("a", person, "b", other));
			return new Result(List.of(Subject.node(person), Subject.node(other)), List.of(person, other));
		});
	}

	// --- helpers ---

	private static List<Change> changesOf(Tx tx, long seq) {
		return tx.run("MATCH (c:Change {seq: $seq}) RETURN c {.*} AS c ORDER BY c.i", Map.of("seq", seq))
				.stream().map(r -> change(r.get("c"))).toList();
	}

	private static Change change(org.neo4j.driver.Value v) {
		return new Change(v.get("seq").asLong(), v.get("i").asInt(), v.get("subject").asString(),
				v.get("from").asString(null), v.get("type").asString(null), v.get("to").asString(null),
				ChangeType.valueOf(v.get("change").asString()), v.get("before").asString(null), v.get("after").asString(null));
	}

	private static List<Subject> endsOf(Set<Subject> subjects) {
		Set<Subject> ends = new LinkedHashSet<>();
		subjects.stream().filter(Subject::isEdge).forEach(s -> {
			ends.add(Subject.node(s.from()));
			ends.add(Subject.node(s.to()));
		});
		return List.copyOf(ends);
	}

	/** The facts of these entities, found through each one's label (an index seek, not a scan). */
	private static List<Subject> edgesOf(Tx tx, List<String> ids) {
		Map<String, List<String>> byLabel = new LinkedHashMap<>();
		ids.forEach(id -> byLabel.computeIfAbsent(ImportGuard.label(id), l -> new ArrayList<>()).add(id));
		Set<Subject> edges = new LinkedHashSet<>();
		byLabel.forEach((label, some) -> tx.run("UNWIND $ids AS id MATCH (n:" + label + " {id: id})-[r]-() WHERE type(r) IN $types "
				+ "RETURN DISTINCT startNode(r).id AS from, type(r) AS type, endNode(r).id AS to",
				Map.of("ids", some, "types", FACT_TYPES))
				.forEach(r -> edges.add(Subject.edge(r.get("from").asString(), r.get("type").asString(), r.get("to").asString()))));
		return List.copyOf(edges);
	}

	private static void tombstone(Tx tx, List<String> keys) {
		tx.run("UNWIND $keys AS key MERGE (t:Tombstone {key: key}) SET t.at = datetime.realtime()", Map.of("keys", keys));
	}

	private static String match(Subject fact) {
		return "MATCH (a:" + ImportGuard.label(fact.from()) + " {id: $from})-[r:" + fact.type() + "]->(b:"
				+ ImportGuard.label(fact.to()) + " {id: $to}) ";
	}

	private static boolean exists(Tx tx, Subject fact) {
		return !tx.run(match(fact) + "RETURN 1", Map.of("from", fact.from(), "to", fact.to())).isEmpty();
	}

	/** The id, when a node of this label has it; NOT_FOUND otherwise, BAD_REQUEST for an id of another kind. */
	private static String requireNode(Tx tx, String id, String label) {
		if (id == null || !label.equals(Subject.label(id).orElse(null))) {
			throw new IllegalArgumentException("'" + id + "' is not the id of a " + label.toLowerCase(Locale.ROOT) + ".");
		}
		if (tx.run("MATCH (n:" + label + " {id: $id}) RETURN n.id", Map.of("id", id)).isEmpty()) {
			throw new NotFoundException("No " + label.toLowerCase(Locale.ROOT) + " has the id '" + id + "'.");
		}
		return id;
	}

	/** The ids a fact's values point at (representing, substituteFor) must exist. */
	private static void checkReferences(Tx tx, Map<String, Object> props) {
		if (props.get("onBehalfOf") != null) {
			requireNode(tx, (String) props.get("onBehalfOf"), "Organisation");
		}
		if (props.get("substituteFor") != null) {
			requireNode(tx, (String) props.get("substituteFor"), "Person");
		}
		if (props.get("from") instanceof LocalDate f && props.get("to") instanceof LocalDate t && t.isBefore(f)) {
			throw new IllegalArgumentException("to (" + t + ") is before from (" + f + ").");
		}
	}

	private static Map<String, Object> properties(Kind kind, Map<String, Object> input) {
		Map<String, Object> props = new HashMap<>();
		for (String p : kind.properties) {
			if (input.containsKey(p)) {
				Object v = input.get(p);
				props.put(p, v instanceof java.time.OffsetDateTime || v instanceof LocalDate || !(v instanceof String s) ? v : s.strip());
			}
		}
		return props;
	}

	static boolean dryRun(Map<String, Object> input) {
		return Boolean.TRUE.equals(input.get("dryRun"));
	}

	/** prefix:slug of the name, or slug-2, -3 … when a live node, a merged stub or a tombstone has it. */
	private static String freshId(Tx tx, Kind kind, String name) {
		String base = kind.prefix + ":" + slug(name);
		Set<String> taken = new java.util.HashSet<>();
		tx.run("MATCH (n:" + kind.label + ") WHERE n.id = $base OR n.id STARTS WITH $dash RETURN n.id AS id "
				+ "UNION MATCH (n:Merged) WHERE n.id = $base OR n.id STARTS WITH $dash RETURN n.id AS id "
				+ "UNION MATCH (t:Tombstone) WHERE t.key = $base OR t.key STARTS WITH $dash RETURN t.key AS id",
				Map.of("base", base, "dash", base + "-")).forEach(r -> taken.add(r.get("id").asString()));
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	static String slug(String name) {
		String s = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return s.isEmpty() ? "unnamed" : s.length() > 80 ? s.substring(0, 80) : s;
	}

}
