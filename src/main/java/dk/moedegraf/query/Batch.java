package dk.moedegraf.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parents of a batch loader and the rows {@code Reads.lists} fetched for them: one statement for a whole
 * level of a query, each parent given its rows, an empty list where there were none.
 */
public final class Batch {

	private Batch() {
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
}
