package dk.moedegraf.query;

import dk.moedegraf.model.NodeKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.neo4j.driver.Value;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/**
 * Keyset pagination for the list queries. The cursor is the sort key of the last row (opaque to clients),
 * so a page stays right when rows are added before it, and each page is one index-ordered read.
 */
@Component
public class Pages {

	private final Reads reads;
	private final RootCompilations compilations;
	private final int maxFirst;

	Pages(Reads reads, RootCompilations compilations,
			@org.springframework.beans.factory.annotation.Value("${moedegraf.api.max-first:100}") int maxFirst) {
		this.reads = reads;
		this.compilations = compilations;
		this.maxFirst = maxFirst;
	}

	/** What a page's query selects below {@code edges.node}, compiled, and whether it counts the total. */
	private record Compilation(ReadPath.Projection nodes, boolean counted) {
	}

	/**
	 * One page of nodes labelled {@code kind}, matching the filter, ordered by {@code sortProperty} then id.
	 *
	 * The page is one statement: what the query selects below {@code edges.node} is compiled into it
	 * ({@link ReadPath}).
	 *
	 * @param descending newest first, for dates; rows without a sort value come last either way
	 */
	public <T> Connection<T> page(NodeKind kind, Filter filter, String sortProperty, boolean descending,
			Integer first, String after, Class<T> type, DataFetchingEnvironment env) {
		Map<String, Object> params = filter.params();
		int size = first == null ? 20 : first;
		if (size < 0 || size > maxFirst) {
			throw new IllegalArgumentException("first must be between 0 and " + maxFirst + ", was " + size);
		}
		var values = new HashMap<>(params);
		String sort = "n." + sortProperty;
		// Rows with a sort value first, in the order of that property's index, then the rest by id ("nulls last"):
		// two reads, so that the first is an index-ordered scan that stops after one page instead of sorting every
		// node of the label (national graph: a page of 20 of 41,745 people took 45 database hits instead of 125,236).
		// The second runs only when the first comes up short of a page.
		var withKey = new ArrayList<String>();
		var withoutKey = new ArrayList<String>();
		withKey.add(sort + " IS NOT NULL");
		withoutKey.add(sort + " IS NULL");
		boolean afterKeyless = false;
		if (after != null) {
			Cursor c = Cursor.decode(after);
			values.put("afterId", c.id());
			if (c.key() == null) {
				afterKeyless = true;
				withoutKey.add("n.id > $afterId");
			}
			else {
				values.put("afterKey", c.key());
				// the range condition on its own, so that the index seeks to the cursor; the tie on the key as a CASE,
				// not an OR, which the planner (on stale statistics) split into a union of two seeks and a full sort
				withKey.add(sort + (descending ? " <= " : " >= ") + "$afterKey");
				withKey.add("CASE WHEN " + sort + " = $afterKey THEN n.id > $afterId ELSE true END");
			}
		}
		String countMatch = filter.match(kind.label(), List.of());
		values.put("limit", size + 1);
		// the sort key and the id go with every row: the cursor is made of them
		Compilation compiled = compilations.get(env, "page " + kind + " " + sortProperty,
				() -> new Compilation(ReadPath.project(kind, Selection.of(env, "edges/node", kind.typeName()), sortProperty, "id"),
						env.getSelectionSet().contains("totalCount")));
		ReadPath.Projection nodes = compiled.nodes();
		values.putAll(nodes.params());
		String keyed = afterKeyless ? "WITH [] AS keyed "
				: "CALL () { " + filter.match(kind.label(), withKey) + " WITH n ORDER BY " + sort + (descending ? " DESC" : "")
						+ ", n.id LIMIT $limit RETURN collect(n) AS keyed } ";
		String page = keyed + "UNWIND (keyed + CASE WHEN size(keyed) < $limit THEN COLLECT { "
				+ filter.match(kind.label(), withoutKey) + " WITH n ORDER BY n.id LIMIT $limit RETURN n } ELSE [] END)[..$limit] AS n ";
		// The total, when selected, is counted in the same statement: one round trip per page, not two.
		boolean counted = compiled.counted();
		// One row more than the page tells whether there is a next page; only the page's rows are projected (the
		// extra row's nested fields were a page's worth of work more: a tenth of ten forums with their members).
		values.put("size", size);
		String cypher = (counted ? "CALL () { " + countMatch + " RETURN count(n) AS total } " : "")
				+ "CALL () { " + page + "RETURN collect(n) AS found } "
				+ "CALL (found) { UNWIND found[..$size] AS n RETURN collect(" + nodes.cypher() + ") AS rows } "
				+ "RETURN " + (counted ? "total" : "null") + " AS total, size(found) > $size AS more, rows";
		var total = new AtomicReference<Long>();
		var more = new AtomicBoolean();
		List<Value> rows = reads.first(cypher, values, r -> {
			if (!r.get("total").isNull()) {
				total.set(r.get("total").asLong());
			}
			more.set(r.get("more").asBoolean());
			return r.get("rows");
		}).map(v -> v.asList(x -> x)).orElse(List.of());
		// Asked for only by a field the statement did not see (a fragment on another path): counted then.
		LongSupplier counter = () -> total.updateAndGet(known -> known != null ? known
				: reads.first(countMatch + " RETURN count(n) AS c", params, r -> r.get("c").asLong()).orElse(0L));
		boolean hasNext = more.get();
		var edges = new ArrayList<Connection.Edge<T>>();
		var store = Compiled.of(env);
		for (Value node : rows) {
			edges.add(new Connection.Edge<>(type.cast(ReadPath.readNode(kind, node, nodes.selection(), store)),
					new Cursor(node.get(sortProperty), node.get("id").asString()).encode()));
		}
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(hasNext, end), counter);
	}

	/** Sort key and id of a row; the key keeps its Neo4j type (string or date). */
	record Cursor(Object key, String id) {

		Cursor(Value key, String id) {
			this(key.isNull() ? null : key.asObject(), id);
		}

		String encode() {
			String k = key == null ? "n:" : (key instanceof java.time.LocalDate d ? "d:" + d : "s:" + key);
			return Base64.getUrlEncoder().withoutPadding()
					.encodeToString((k + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String cursor) {
			try {
				String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				int sep = s.indexOf('\u0000');
				String k = s.substring(0, sep);
				String id = s.substring(sep + 1);
				Object key = switch (k.substring(0, 2)) {
					case "n:" -> null;
					case "d:" -> java.time.LocalDate.parse(k.substring(2));
					case "s:" -> k.substring(2);
					default -> throw new IllegalArgumentException();
				};
				return new Cursor(key, id);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("Malformed cursor '" + cursor + "': pass an endCursor or cursor this API returned.");
			}
		}
	}
}
