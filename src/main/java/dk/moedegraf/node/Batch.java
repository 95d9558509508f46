package dk.moedegraf.node;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One statement for a whole level of a GraphQL query: the Cypher UNWINDs the parents' keys and RETURNs
 * {@code key} and {@code rows} (a list) per parent. Parents without rows get an empty list.
 */
public final class Batch {

	private Batch() {
	}

	public static <V> Map<String, List<V>> lists(Neo4jClient neo4j, String cypher, Map<String, Object> params,
			Function<Value, V> row) {
		Map<String, List<V>> result = new HashMap<>();
		neo4j.query(cypher).bindAll(params).fetchAs(Void.class).mappedBy((t, r) -> {
			result.put(r.get("key").asString(), r.get("rows").asList(row::apply));
			return null;
		}).all();
		return result;
	}

	/** The {@code $ids} parameter of a batch statement: the parents' ids, in order. */
	public static <K> Map<String, Object> ids(Collection<K> parents, Function<K, String> id) {
		return Map.of("ids", parents.stream().map(id).toList());
	}

	/** The rows per parent record, in the parents' order, with an empty list where there were none. */
	public static <K, V> Map<K, List<V>> byParent(Collection<K> parents, Function<K, String> key,
			Map<String, List<V>> rows) {
		Map<K, List<V>> result = new LinkedHashMap<>();
		for (K parent : parents) {
			result.put(parent, rows.getOrDefault(key.apply(parent), List.of()));
		}
		return result;
	}

	/** For a single-valued field: the first row per parent; parents without rows are left out (null). */
	public static <K, V> Map<K, V> firstByParent(Collection<K> parents, Function<K, String> key,
			Map<String, List<V>> rows) {
		Map<K, V> result = new HashMap<>();
		for (K parent : parents) {
			List<V> found = rows.getOrDefault(key.apply(parent), List.of());
			if (!found.isEmpty()) {
				result.put(parent, found.get(0));
			}
		}
		return result;
	}

	/** Null for a Cypher null, else the mapped value: optional nodes in rows. */
	public static <V> V optional(Value value, Function<Value, V> mapper) {
		return value == null || value.isNull() ? null : mapper.apply(value);
	}
}
