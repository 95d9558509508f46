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

	/**
	 * The records for these ids, keyed by id; ids that match nothing are absent. Malformed ids throw. An id
	 * that was merged into another entity answers with that entity (see dk.moedegraf.curation).
	 */
	public Map<String, Object> byIds(Collection<String> ids) {
		Map<String, Object> found = live(ids);
		if (found.size() < new java.util.HashSet<>(ids).size()) {
			Map<String, String> survivors = survivors(ids.stream().filter(id -> !found.containsKey(id)).toList());
			Map<String, Object> merged = live(survivors.values());
			survivors.forEach((id, survivor) -> {
				if (merged.containsKey(survivor)) {
					found.put(id, merged.get(survivor));
				}
			});
		}
		return found;
	}

	/** For ids of merge stubs: the live entity each was merged into, following later merges. */
	public Map<String, String> survivors(Collection<String> ids) {
		Map<String, String> result = new HashMap<>();
		neo4j.query("UNWIND $ids AS id MATCH (m:Merged {id: id}) RETURN id, m.mergedInto AS next")
				.bind(List.copyOf(ids)).to("ids").fetch().all()
				.forEach(r -> result.put((String) r.get("id"), (String) r.get("next")));
		// a survivor may itself have been merged later: follow the chain (it is short)
		for (int hop = 0; hop < 10 && !result.isEmpty(); hop++) {
			Map<String, String> further = new HashMap<>();
			neo4j.query("UNWIND $ids AS id MATCH (m:Merged {id: id}) RETURN id, m.mergedInto AS next")
					.bind(List.copyOf(result.values())).to("ids").fetch().all()
					.forEach(r -> further.put((String) r.get("id"), (String) r.get("next")));
			if (further.isEmpty()) {
				break;
			}
			result.replaceAll((id, s) -> further.getOrDefault(s, s));
		}
		return result;
	}

	private Map<String, Object> live(Collection<String> ids) {
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
