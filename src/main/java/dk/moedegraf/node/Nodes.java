package dk.moedegraf.node;

import dk.moedegraf.model.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.moedegraf.query.Compiled;
import dk.moedegraf.query.ReadPath;
import dk.moedegraf.query.Reads;
import dk.moedegraf.query.Selection;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/**
 * Loads entities by id: one statement per kind asked for, whatever the number of ids, with what the query
 * selects on each kind compiled into it ({@link ReadPath}).
 */
@Component
class Nodes {

	private final Reads reads;

	Nodes(Reads reads) {
		this.reads = reads;
	}

	/** The records for these ids, keyed by id; ids that match nothing are absent. Malformed ids throw. */
	Map<String, Object> byIds(Collection<String> ids, DataFetchingEnvironment env) {
		Map<NodeKind, List<String>> byKind = new LinkedHashMap<>();
		for (String id : ids) {
			byKind.computeIfAbsent(NodeKind.require(id), k -> new ArrayList<>()).add(id);
		}
		Map<String, Object> found = new HashMap<>();
		var compiled = Compiled.of(env);
		byKind.forEach((kind, kindIds) -> {
			var statement = ReadPath.statement();
			var selection = Selection.of(env, "", kind.typeName());
			var params = new HashMap<>(statement.params());
			// The label comes from our own enum, never from the caller.
			String cypher = "UNWIND $ids AS id MATCH (n:" + kind.label() + " {id: id}) RETURN id, "
					+ statement.node(kind, "n", selection) + " AS n";
			params.putAll(statement.params());
			params.put("ids", kindIds);
			reads.run(neo4j -> neo4j.query(cypher).bindAll(params).fetchAs(Void.class).mappedBy((types, record) -> {
				found.put(record.get("id").asString(), ReadPath.readNode(kind, record.get("n"), selection, compiled));
				return null;
			}).all());
		});
		return found;
	}
}
