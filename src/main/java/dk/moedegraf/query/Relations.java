package dk.moedegraf.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.moedegraf.model.NodeKind;
import org.springframework.stereotype.Component;

/**
 * The batch loaders' side of the read path: a relation field of many parents in one statement, written by
 * {@link ReadPath} like the compiled queries (one Cypher per relation, not a copy per controller). Used
 * when the parents did not come from a compiled statement (search hits, an import report, a type a schema
 * extension adds): then each level below is one statement, as before compiling.
 */
@Component
public class Relations {

	private final Reads reads;

	Relations(Reads reads) {
		this.reads = reads;
	}

	/** The list-valued relation {@code field} of each parent, every field of its rows, in the parents' order. */
	@SuppressWarnings("unchecked")
	public <K, V> Map<K, List<V>> lists(NodeKind kind, String field, List<K> parents, Function<K, String> id) {
		var values = fetch(kind, field, parents, id);
		return Batch.byParent(parents, id, (Map<String, List<V>>) (Map<String, ?>) values);
	}

	/** The single-valued relation {@code field} of each parent; parents without one are left out. */
	@SuppressWarnings("unchecked")
	public <K, V> Map<K, V> one(NodeKind kind, String field, List<K> parents, Function<K, String> id) {
		var values = fetch(kind, field, parents, id);
		var result = new HashMap<K, V>();
		for (K parent : parents) {
			Object v = values.get(id.apply(parent));
			if (v != null) {
				result.put(parent, (V) v);
			}
		}
		return result;
	}

	private <K> Map<String, Object> fetch(NodeKind kind, String field, List<K> parents, Function<K, String> id) {
		var statement = ReadPath.statement();
		var relation = Selection.Relation.all(field);
		// The label comes from our own enum; the relation's Cypher from ReadPath.
		String cypher = "UNWIND $ids AS id MATCH (v:" + kind.label() + " {id: id}) RETURN id AS key, "
				+ statement.relation(kind, "v", relation) + " AS value";
		var params = new HashMap<>(statement.params());
		params.putAll(Batch.ids(parents, id));
		var unused = new Compiled();
		var result = new HashMap<String, Object>();
		reads.records(cypher, params,
				r -> result.put(r.get("key").asString(), ReadPath.readRelation(kind, relation, r.get("value"), unused)));
		return result;
	}
}
