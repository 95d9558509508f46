package dk.moedegraf.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code searchText} in step with names and aliases on every entity, so the full-text index sees the
 * OCR-tolerant skeletons. Writers (seed, importer, curation) need not know about it: {@link #refresh()}
 * finds the nodes whose names changed since it last ran.
 */
@Component
public class SearchText {

	private static final String LABELS = "(n:Person OR n:Organisation OR n:Forum OR n:Meeting OR n:Initiative OR n:Document)";
	/** What the search text is made of; stored beside it to tell when it is stale. */
	private static final String SOURCE = "coalesce(n.name, n.title, '') + '|' + reduce(s = '', a IN coalesce(n.aliases, []) + "
			+ "coalesce(n.initials, []) + CASE WHEN n.code IS NULL THEN [] ELSE [n.code] END | s + a + '|')";

	private final Driver driver;

	SearchText(Driver driver) {
		this.driver = driver;
	}

	/** @return how many nodes got a new search text */
	public int refresh() {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				var stale = tx.run("MATCH (n) WHERE " + LABELS + " WITH n, " + SOURCE + " AS source "
						+ "WHERE n.searchOf IS NULL OR n.searchOf <> source "
						+ "RETURN elementId(n) AS id, source, coalesce(n.name, n.title, '') AS name, "
						+ "coalesce(n.aliases, []) + coalesce(n.initials, []) + CASE WHEN n.code IS NULL THEN [] ELSE [n.code] END AS names")
						.list(r -> Map.<String, Object>of("id", r.get("id").asString(), "source", r.get("source").asString(),
								"text", text(r.get("name").asString(), r.get("names").asList(Value::asString))));
				tx.run("UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n.searchText = row.text, n.searchOf = row.source",
						Map.of("rows", stale)).consume();
				return stale.size();
			});
		}
	}

	/**
	 * Every written form, and the skeleton of each, so exact and OCR-damaged queries both hit. Writers that
	 * know a node's names (the importer) store it with {@link #source} as {@code searchOf} themselves.
	 */
	public static String text(String name, List<String> names) {
		var forms = new LinkedHashSet<String>();
		forms.add(name);
		forms.addAll(names);
		var out = new LinkedHashSet<String>(forms);
		forms.forEach(f -> out.add(Skeleton.of(f)));
		return String.join(" | ", out);
	}

	/** {@code searchOf}: what {@link #text} was made of, exactly as {@code SOURCE} computes it in Cypher. */
	public static String source(String name, List<String> names) {
		var b = new StringBuilder(name == null ? "" : name).append('|');
		names.forEach(n -> b.append(n).append('|'));
		return b.toString();
	}
}
