package dk.moedegraf.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.moedegraf.model.NodeKind;
import dk.moedegraf.query.Compiled;
import dk.moedegraf.query.ReadPath;
import dk.moedegraf.query.Reads;
import dk.moedegraf.query.RootCompilations;
import dk.moedegraf.query.Selection;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/**
 * Loads entities by id: one statement per kind asked for, whatever the number of ids, with what the query
 * selects on each kind compiled into it ({@link ReadPath}). An id that was merged into another entity
 * answers with that entity (see dk.moedegraf.curation).
 */
@Component
public class Nodes {

	private static final String NEXT = "UNWIND $ids AS id MATCH (m:Merged {id: id}) RETURN id, m.mergedInto AS next";

	private final Reads reads;
	private final RootCompilations compilations;

	Nodes(Reads reads, RootCompilations compilations) {
		this.reads = reads;
		this.compilations = compilations;
	}

	/**
	 * The records for these ids, keyed by id; ids that match nothing are absent. Malformed ids throw. With
	 * {@code env}, the query's selection below each record is compiled into the statement; without it
	 * (a mutation's payload) the records are plain and their fields load as they are asked for.
	 */
	public Map<String, Object> byIds(Collection<String> ids, DataFetchingEnvironment env) {
		Map<String, Object> found = live(ids, env);
		if (found.size() < new HashSet<>(ids).size()) {
			Map<String, String> survivors = survivors(ids.stream().filter(id -> !found.containsKey(id)).toList());
			Map<String, Object> merged = live(survivors.values(), env);
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
		reads.records(NEXT, Map.of("ids", List.copyOf(ids)), r -> result.put(r.get("id").asString(), r.get("next").asString(null)));
		// a survivor may itself have been merged later: follow the chain (it is short)
		for (int hop = 0; hop < 10 && !result.isEmpty(); hop++) {
			Map<String, String> further = new HashMap<>();
			reads.records(NEXT, Map.of("ids", List.copyOf(result.values())),
					r -> further.put(r.get("id").asString(), r.get("next").asString(null)));
			if (further.isEmpty()) {
				break;
			}
			result.replaceAll((id, s) -> further.getOrDefault(s, s));
		}
		return result;
	}

	private Map<String, Object> live(Collection<String> ids, DataFetchingEnvironment env) {
		Map<NodeKind, List<String>> byKind = new LinkedHashMap<>();
		for (String id : ids) {
			byKind.computeIfAbsent(NodeKind.require(id), k -> new ArrayList<>()).add(id);
		}
		Map<String, Object> found = new HashMap<>();
		byKind.forEach((kind, kindIds) -> {
			if (env == null) {
				// The label comes from our own enum, never from the caller.
				String cypher = "UNWIND $ids AS id MATCH (n:" + kind.label() + " {id: id}) RETURN id, "
						+ kind.project("n") + " AS n";
				reads.records(cypher, Map.of("ids", kindIds),
						record -> found.put(record.get("id").asString(), kind.toRecord(record.get("n"))));
				return;
			}
			var compiled = Compiled.of(env);
			ReadPath.Projection projection = compilations.get(env, "node " + kind,
					() -> ReadPath.project(kind, Selection.of(env, "", kind.typeName())));
			var params = new HashMap<>(projection.params());
			params.put("ids", kindIds);
			reads.records("UNWIND $ids AS id MATCH (n:" + kind.label() + " {id: id}) RETURN id, " + projection.cypher() + " AS n",
					params, record -> found.put(record.get("id").asString(),
							ReadPath.readNode(kind, record.get("n"), projection.selection(), compiled)));
		});
		return found;
	}
}
