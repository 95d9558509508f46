package dk.moedegraf.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes straight into the embedded database through Neo4j's Java API, in transactions of
 * {@link #BATCH} operations: no Cypher to plan and no index seek per relationship end, which is what makes a
 * national graph load in about a minute. Nodes are remembered by internal id for the relationships that follow.
 */
final class EmbeddedSink implements GraphSink {

	private static final int BATCH = 50_000;

	private final GraphDatabaseService db;
	private final Map<String, Long> ids = new HashMap<>(1 << 21);
	private final Map<Label, org.neo4j.graphdb.Label> labels = new HashMap<>();
	private final Map<String, RelationshipType> types = new HashMap<>();
	private Transaction tx;
	private int operations;

	EmbeddedSink(GraphDatabaseService db) {
		this.db = db;
		for (Label l : Label.values()) {
			labels.put(l, org.neo4j.graphdb.Label.label(l.name));
		}
	}

	@Override
	@SuppressWarnings("deprecation") // internal ids are the cheapest handle within one load; they never leave it
	public void node(String id, Map<String, Object> properties) {
		Label label = Label.of(id);
		Transaction t = tx();
		Node node = label.mayExist ? t.findNode(labels.get(label), "id", id) : null;
		if (node == null) {
			node = t.createNode(labels.get(label));
			node.setProperty("id", id);
			for (var p : properties.entrySet()) {
				node.setProperty(p.getKey(), value(p.getValue()));
			}
		}
		ids.put(id, node.getId());
		count();
	}

	@Override
	@SuppressWarnings("deprecation")
	public void relationship(String type, String from, String to, Map<String, Object> properties) {
		Transaction t = tx();
		var rel = t.getNodeById(id(from)).createRelationshipTo(t.getNodeById(id(to)),
				types.computeIfAbsent(type, RelationshipType::withName));
		for (var p : properties.entrySet()) {
			rel.setProperty(p.getKey(), value(p.getValue()));
		}
		count();
	}

	@Override
	public void close() {
		if (tx != null) {
			tx.commit();
			tx.close();
			tx = null;
		}
	}

	private long id(String id) {
		Long internal = ids.get(id);
		if (internal == null) {
			throw new IllegalStateException("Relationship to " + id + " before the node was written");
		}
		return internal;
	}

	private Transaction tx() {
		if (tx == null) {
			tx = db.beginTx();
		}
		return tx;
	}

	private void count() {
		if (++operations % BATCH == 0) {
			close();
		}
	}

	/** The Java API stores arrays, not lists. */
	static Object value(Object v) {
		if (v instanceof List<?> list) {
			if (!list.isEmpty() && list.get(0) instanceof Number) {
				return list.stream().mapToLong(n -> ((Number) n).longValue()).toArray();
			}
			return list.stream().map(String::valueOf).toArray(String[]::new);
		}
		if (v instanceof Integer i) {
			return i.longValue(); // as Cypher and Bolt store integers
		}
		return v;
	}
}
