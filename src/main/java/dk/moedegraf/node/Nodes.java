package dk.moedegraf.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Loads entities by id: one statement per kind asked for, whatever the number of ids. */
@Component
public class Nodes {

	private final Neo4jClient neo4j;

	Nodes(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The records for these ids, keyed by id; ids that match nothing are absent. Malformed ids throw. */
	public Map<String, Object> byIds(Collection<String> ids) {
		Map<NodeKind, List<String>> byKind = new LinkedHashMap<>();
		for (String id : ids) {
			byKind.computeIfAbsent(NodeKind.require(id), k -> new ArrayList<>()).add(id);
		}
		Map<String, Object> found = new HashMap<>();
		byKind.forEach((kind, kindIds) -> neo4j
				// The label comes from our own enum, never from the caller.
				.query("UNWIND $ids AS id MATCH (n:" + kind.label() + " {id: id}) RETURN id, " + kind.project("n") + " AS n")
				.bind(kindIds).to("ids")
				.fetchAs(Void.class)
				.mappedBy((types, record) -> {
					found.put(record.get("id").asString(), kind.toRecord(record.get("n")));
					return null;
				})
				.all());
		return found;
	}
}
