package dk.moedegraf.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import java.util.Optional;

import dk.moedegraf.model.NodeKind;
import dk.moedegraf.names.NameKeys;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What the full-text index {@code entity_search} sees of an entity: {@code searchText} (every written form
 * and its OCR-tolerant skeleton), {@code searchGrams} (letter trigrams of the skeletons, for matches inside
 * a word without a leading-wildcard scan) and {@code searchOf} (what they were made from).
 * <p>
 * Whoever writes a name writes these in the same transaction: {@link #properties} for one entity, or
 * {@link #update} for nodes already written. Nothing refreshes them at start-up; a graph loaded by other
 * means runs {@code java -jar moedegraf.jar reindex} once ({@link Reindex}).
 */
public final class SearchText {

	/** The labels whose nodes are searchable; {@code n} is the node. */
	static final String LABELS = "(n:Person OR n:Organisation OR n:Forum OR n:Meeting OR n:Initiative OR n:Document)";

	/** The version of what {@link #properties} writes: the seed graph reloads when it changes. */
	public static final String FORMAT = "3: text, trigrams, the resolver's fold";

	/** A letter that no skeleton contains ({@link Skeleton} reads g as ø): marks the ends of a word in its grams. */
	static final char EDGE = 'g';

	private SearchText() {
	}

	/**
	 * The properties to SET on an entity named {@code name} with the other written forms {@code names}
	 * (aliases, initials, code): {@code searchText}, {@code searchGrams}, {@code searchOf}.
	 */
	public static Map<String, Object> properties(String name, List<String> names) {
		var p = new HashMap<String, Object>();
		p.put("searchText", text(name, names));
		p.put("searchGrams", grams(name, names));
		p.put("searchOf", searchOf(name, names));
		return p;
	}

	/** Every written form, and the skeleton of each, so exact and OCR-damaged queries both hit. */
	public static String text(String name, List<String> names) {
		var forms = forms(name, names);
		var out = new LinkedHashSet<String>(forms);
		forms.forEach(f -> out.add(Skeleton.of(f)));
		return String.join(" | ", out);
	}

	/**
	 * What {@link #text} is made of, stored beside it to tell when it is stale; it starts with the
	 * {@link #FORMAT}'s number, so a new format makes every node stale and {@code reindex} rewrites them.
	 */
	public static String searchOf(String name, List<String> names) {
		var s = new StringBuilder(FORMAT.substring(0, FORMAT.indexOf(':'))).append('|').append(name == null ? "" : name).append('|');
		names.forEach(n -> s.append(n).append('|'));
		return s.toString();
	}

	/**
	 * The trigrams of each skeleton word framed by {@link #EDGE}, in order ({@code ok} gives {@code gok okg}):
	 * a phrase of a query word's trigrams matches inside a word, with {@code g} in front as a prefix.
	 */
	static String grams(String name, List<String> names) {
		var words = new LinkedHashSet<String>();
		forms(name, names).forEach(f -> words.addAll(Skeleton.tokens(f)));
		var out = new ArrayList<String>();
		for (String w : words) {
			out.add(String.join(" ", trigrams(EDGE + w + EDGE)));
		}
		// A separator word of another length keeps a phrase from running on from one word into the next.
		return String.join(" xxxx ", out);
	}

	static List<String> trigrams(String s) {
		var out = new ArrayList<String>();
		for (int i = 0; i + 3 <= s.length(); i++) {
			out.add(s.substring(i, i + 3));
		}
		return out;
	}

	private static LinkedHashSet<String> forms(String name, List<String> names) {
		var forms = new LinkedHashSet<String>();
		if (name != null && !name.isEmpty()) {
			forms.add(name);
		}
		forms.addAll(names);
		return forms;
	}

	/**
	 * Writes the search properties of the entities with these ids, inside the caller's transaction; ids of
	 * other kinds (agenda items) are skipped. One statement per kind to read, one to write.
	 *
	 * @return how many nodes got a new search text
	 */
	public static int update(TransactionContext tx, Collection<String> ids) {
		return update((cypher, params) -> tx.run(cypher, params).list(), ids);
	}

	/** {@link #update(TransactionContext, Collection)} through Spring's client, in the caller's Spring transaction. */
	public static int update(Neo4jClient neo4j, Collection<String> ids) {
		return update((cypher, params) -> List.copyOf(neo4j.query(cypher).bindAll(params).fetchAs(Record.class)
				.mappedBy((t, r) -> r).all()), ids);
	}

	/** {@link #update(TransactionContext, Collection)} for any writer's transaction ({@code tx} runs one statement in it). */
	public static int update(NameKeys.Statements tx, Collection<String> ids) {
		var byLabel = new HashMap<String, List<String>>();
		ids.forEach(id -> NodeKind.ofId(id).ifPresent(k -> byLabel.computeIfAbsent(k.label(), l -> new ArrayList<>()).add(id)));
		var rows = new ArrayList<Map<String, Object>>();
		// The label comes from our own enum, never from the caller.
		byLabel.forEach((label, kindIds) -> tx.run("UNWIND $ids AS id MATCH (n:" + label + " {id: id}) RETURN "
				+ COLUMNS, Map.of("ids", kindIds)).forEach(r -> stale(r).ifPresent(rows::add)));
		if (!rows.isEmpty()) {
			tx.run(WRITE, Map.of("rows", rows));
		}
		return rows.size();
	}

	/** The columns {@link #stale} reads, for a node {@code n}. */
	static final String COLUMNS = "elementId(n) AS id, n.searchOf AS searchOf, n.searchGrams IS NOT NULL AS hasGrams, "
			+ "coalesce(n.name, n.title, '') AS name, coalesce(n.aliases, []) + coalesce(n.initials, []) "
			+ "+ CASE WHEN n.code IS NULL THEN [] ELSE [n.code] END AS names";

	/** The row to write for a node read with {@link #COLUMNS}, when its search properties are missing or stale. */
	static Optional<Map<String, Object>> stale(Record r) {
		var props = properties(r.get("name").asString(), r.get("names").asList(Value::asString));
		if (r.get("hasGrams").asBoolean() && props.get("searchOf").equals(r.get("searchOf").asString(null))) {
			return Optional.empty();
		}
		return Optional.of(Map.of("id", r.get("id").asString(), "props", props));
	}

	private static final String WRITE = "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n += row.props";

	static void write(TransactionContext tx, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			tx.run(WRITE, Map.of("rows", rows)).consume();
		}
	}
}
