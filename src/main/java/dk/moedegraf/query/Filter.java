package dk.moedegraf.query;

import dk.moedegraf.model.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE conditions of a list query over {@code n}, built from a GraphQL filter input: each condition
 * is fixed Cypher chosen by which fields the client set, its value always a parameter.
 */
public final class Filter {

	private final List<String> conditions = new ArrayList<>();
	private final Map<String, Object> params = new HashMap<>();
	/** The pattern of the first condition on another entity's id: where the list query starts. */
	private String anchor;

	/** The name or an alias contains the text, ignoring case ({@code alsoCode}: or the code does). */
	public Filter nameContains(String text, boolean alsoCode) {
		if (text != null) {
			conditions.add("(toLower(n.name) CONTAINS toLower($name) "
					+ "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($name))"
					+ (alsoCode ? " OR toLower(n.code) CONTAINS toLower($name)" : "") + ")");
			params.put("name", text);
		}
		return this;
	}

	/**
	 * A condition on another entity's id, {@code EXISTS { pattern }} with the id as {@code $name}; a malformed id
	 * is refused. The first such pattern becomes the start of the query ({@link #match}) instead of a condition.
	 */
	public Filter id(String name, String id, String cypher) {
		if (id != null) {
			NodeKind.require(id);
			if (anchor == null && cypher.startsWith("EXISTS { ") && cypher.endsWith(" }")) {
				anchor = cypher.substring("EXISTS { ".length(), cypher.length() - 2);
				params.put(name, id);
				return this;
			}
			return value(name, id, cypher);
		}
		return this;
	}

	/** Changed (the entity or one of its facts, see dk.moedegraf.history.EditLog) at or after this time. */
	public Filter modifiedSince(java.time.OffsetDateTime since) {
		return value("modifiedSince", since, "n.modifiedAt >= $modifiedSince");
	}

	public Filter value(String name, Object value, String cypher) {
		if (value != null) {
			conditions.add(cypher);
			params.put(name, value);
		}
		return this;
	}

	/**
	 * The MATCH of {@code n} labelled {@code label} with these conditions and {@code extra} ones. A filter on
	 * another entity's id starts from that entity (one index seek, then its relationships) rather than testing
	 * every node of the label: at national scale a forum's 55 meetings against 150,000.
	 */
	String match(String label, List<String> extra) {
		var where = new ArrayList<>(conditions);
		where.addAll(extra);
		String start = anchor == null ? "MATCH (n:" + label + ")" : "MATCH " + anchor + " WITH DISTINCT n WHERE n:" + label;
		return start + (where.isEmpty() ? "" : (anchor == null ? " WHERE " : " AND ") + String.join(" AND ", where));
	}

	Map<String, Object> params() {
		return params;
	}
}
