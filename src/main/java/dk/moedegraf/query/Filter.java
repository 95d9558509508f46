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

	/** A condition on another entity's id, given as {@code $name} in the Cypher; a malformed id is refused. */
	public Filter id(String name, String id, String cypher) {
		if (id != null) {
			NodeKind.require(id);
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

	List<String> conditions() {
		return conditions;
	}

	Map<String, Object> params() {
		return params;
	}
}
