package dk.moedegraf.history;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neo4j.driver.Value;

/**
 * The append-only edit log in Neo4j. Every writer (seed, import, curation) calls {@link #lock} first and
 * {@link #append} last, in its own transaction. An edit is an {@code (:Edit {seq, actor, at, reason, operation})}
 * and one {@code (:Change {seq, i, subject, from, type, to, change, before, after})} per subject whose state
 * differs from the state last logged for it: the log compares states as data, so a write that changes
 * nothing logs nothing, and "before" is always the previous "after".
 * <p>
 * Sequence numbers come from one counter node incremented in the writing transaction: a rollback (or a dry
 * run) takes its number back with it, so the numbers are gap-free, and the counter's write lock, taken
 * first, queues writers in one order (no deadlocks between two writers' locks, and seq follows commit order).
 */
public final class EditLog {

	public static final String SEED = "seed";
	public static final String IMPORT = "import";

	/** What happened to one subject in one edit. */
	public enum ChangeType { CREATED, UPDATED, RETRACTED, MERGED }

	public record Change(long seq, int index, String subject, String from, String type, String to, ChangeType change,
			String before, String after) {

		static Change from(Value v) {
			return new Change(v.get("seq").asLong(), v.get("i").asInt(), v.get("subject").asString(),
					v.get("from").asString(null), v.get("type").asString(null), v.get("to").asString(null),
					ChangeType.valueOf(v.get("change").asString()), v.get("before").asString(null), v.get("after").asString(null));
		}
	}

	public record Edit(long seq, String actor, OffsetDateTime at, String reason, String operation, List<Change> changes) {

		static Edit from(Value e, List<Change> changes) {
			return new Edit(e.get("seq").asLong(), e.get("actor").asString(), e.get("at").asOffsetDateTime(),
					e.get("reason").asString(null), e.get("operation").asString(), changes);
		}
	}

	private EditLog() {
	}

	/** Takes the log's write lock. First statement of every writing transaction. */
	public static void lock(Tx tx) {
		tx.run("MERGE (c:EditCounter {name: 'edits'}) ON CREATE SET c.seq = 0 SET c.lockedBy = randomUUID()", Map.of());
	}

	/**
	 * Logs the subjects whose state changed since they were last logged, as one edit; empty when none did.
	 * Sets {@code modifiedAt} on the changed nodes and on both ends of changed relationships.
	 */
	public static Optional<Edit> append(Tx tx, String actor, String reason, String operation, Collection<Subject> subjects) {
		Map<String, Subject> byKey = new LinkedHashMap<>();
		subjects.forEach(s -> byKey.putIfAbsent(s.key(), s));
		Map<String, String> now = GraphState.capture(tx, byKey.values());
		Map<String, String> last = lastLogged(tx, byKey.keySet());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Subject s : byKey.values()) {
			String before = last.get(s.key());
			String after = now.get(s.key());
			if (Objects.equals(before, after)) {
				continue;
			}
			ChangeType type = after == null ? ChangeType.RETRACTED : before == null ? ChangeType.CREATED
					: after.contains("\"Merged\"") && !before.contains("\"Merged\"") ? ChangeType.MERGED : ChangeType.UPDATED;
			Map<String, Object> row = new HashMap<>();
			row.put("i", (long) rows.size());
			row.put("subject", s.key());
			row.put("from", s.from());
			row.put("type", s.type());
			row.put("to", s.to());
			row.put("change", type.name());
			row.put("before", before);
			row.put("after", after);
			row.put("touched", s.isEdge() ? List.of(s.from(), s.to()) : List.of(s.key()));
			rows.add(row);
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Value edit = tx.run("""
				MERGE (c:EditCounter {name: 'edits'}) ON CREATE SET c.seq = 0
				SET c.seq = c.seq + 1
				CREATE (e:Edit {seq: c.seq, actor: $actor, at: datetime.realtime(), reason: $reason, operation: $operation})
				WITH e
				UNWIND $rows AS row
				CREATE (x:Change {seq: e.seq, i: row.i, subject: row.subject, from: row.from, type: row.type, to: row.to,
				                  change: row.change, before: row.before, after: row.after})
				WITH e, collect(x {.*}) AS changes
				RETURN e {.*} AS edit, changes""", Map.of("actor", actor, "reason", reason == null ? "" : reason,
				"operation", operation, "rows", rows)).get(0).get("edit");
		stamp(tx, rows, edit.get("at").asOffsetDateTime());
		List<Change> changes = new ArrayList<>();
		for (Map<String, Object> r : rows) {
			changes.add(new Change(edit.get("seq").asLong(), ((Long) r.get("i")).intValue(), (String) r.get("subject"),
					(String) r.get("from"), (String) r.get("type"), (String) r.get("to"),
					ChangeType.valueOf((String) r.get("change")), (String) r.get("before"), (String) r.get("after")));
		}
		return Optional.of(Edit.from(edit, changes));
	}

	private static void stamp(Tx tx, List<Map<String, Object>> rows, OffsetDateTime at) {
		Map<String, List<String>> byLabel = new HashMap<>();
		rows.stream().flatMap(r -> ((List<?>) r.get("touched")).stream()).map(String.class::cast).distinct()
				.forEach(id -> byLabel.computeIfAbsent(Subject.requireLabel(id), l -> new ArrayList<>()).add(id));
		byLabel.forEach((label, ids) -> tx.run("UNWIND $ids AS id MATCH (n:" + label + " {id: id}) SET n.modifiedAt = $at",
				Map.of("ids", ids, "at", at)));
	}

	/** The state each subject had after its latest logged change (absent: never logged, or retracted). */
	public static Map<String, String> lastLogged(Tx tx, Collection<String> keys) {
		Map<String, String> last = new HashMap<>();
		tx.run("""
				UNWIND $keys AS key
				CALL (key) { MATCH (c:Change {subject: key}) RETURN c.after AS after ORDER BY c.seq DESC LIMIT 1 }
				RETURN key, after""", Map.of("keys", List.copyOf(keys)))
				.forEach(r -> {
					if (!r.get("after").isNull()) {
						last.put(r.get("key").asString(), r.get("after").asString());
					}
				});
		return last;
	}

	/** Has anyone but the seed loader written? Then the seed graph must not be loaded over their work. */
	public static boolean hasEditsBesidesSeed(Tx tx) {
		return !tx.run("MATCH (e:Edit) WHERE e.actor <> $seed RETURN e.seq LIMIT 1", Map.of("seed", SEED)).isEmpty();
	}

	public static boolean isEmpty(Tx tx) {
		return tx.run("MATCH (e:Edit) RETURN e.seq LIMIT 1", Map.of()).isEmpty();
	}
}
