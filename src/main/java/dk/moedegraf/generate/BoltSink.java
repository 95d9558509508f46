package dk.moedegraf.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Writes over Bolt to any Neo4j: one {@code UNWIND} statement per batch of {@link #BATCH} rows of one label
 * (nodes) or one type between two labels (relationships), each batch its own transaction. Pending nodes are
 * always written before any relationship, so every relationship finds both ends by their id index.
 */
final class BoltSink implements GraphSink {

	private static final int BATCH = 10_000;

	private final Driver driver;
	private final Map<Label, List<Map<String, Object>>> nodes = new EnumMap<>(Label.class);
	private final Map<String, List<Map<String, Object>>> relationships = new LinkedHashMap<>();

	BoltSink(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void node(String id, Map<String, Object> properties) {
		var row = new LinkedHashMap<String, Object>(properties);
		row.put("id", id);
		var rows = nodes.computeIfAbsent(Label.of(id), l -> new ArrayList<>());
		rows.add(row);
		if (rows.size() >= BATCH) {
			flushNodes();
		}
	}

	@Override
	public void relationship(String type, String from, String to, Map<String, Object> properties) {
		if (!type.matches("[A-Z_]+")) {
			throw new IllegalArgumentException("Not a relationship type: " + type);
		}
		String key = type + " " + Label.of(from).name + " " + Label.of(to).name;
		var rows = relationships.computeIfAbsent(key, k -> new ArrayList<>());
		rows.add(Map.of("a", from, "b", to, "p", properties));
		if (rows.size() >= BATCH) {
			flushNodes();
			flush(key, rows);
		}
	}

	@Override
	public void close() {
		flushNodes();
		relationships.forEach(this::flush);
	}

	private void flushNodes() {
		nodes.forEach((label, rows) -> {
			if (!rows.isEmpty()) {
				// Labels come from the Label enum, never from input.
				write(label.mayExist ? "UNWIND $rows AS r MERGE (n:" + label.name + " {id: r.id}) ON CREATE SET n += r"
						: "UNWIND $rows AS r CREATE (n:" + label.name + ") SET n = r", rows);
				rows.clear();
			}
		});
	}

	private void flush(String key, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String[] k = key.split(" ");
		write("UNWIND $rows AS r MATCH (a:" + k[1] + " {id: r.a}) MATCH (b:" + k[2] + " {id: r.b}) CREATE (a)-[x:" + k[0]
				+ "]->(b) SET x = r.p", rows);
		rows.clear();
	}

	private void write(String cypher, List<Map<String, Object>> rows) {
		try (var session = driver.session()) {
			var batch = List.copyOf(rows);
			session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
		}
	}
}
