package dk.moedegraf.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dk.moedegraf.node.Batch;
import dk.moedegraf.node.NodeKind;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The {@code sources} of many entities of one kind in one statement. */
@Component
public class NodeSources {

	private final Neo4jClient neo4j;

	NodeSources(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The sources of each parent record, for a {@code sources} batch mapping. */
	public <K> Map<K, List<SourceRef>> forParents(NodeKind kind, List<K> parents, java.util.function.Function<K, String> id) {
		return Batch.byParent(parents, id, of(kind, parents.stream().map(id).toList()));
	}

	public Map<String, List<SourceRef>> of(NodeKind kind, Collection<String> ids) {
		return Batch.lists(neo4j, "UNWIND $ids AS id MATCH (n:" + kind.label() + " {id: id}) RETURN id AS key, "
				+ SourceRef.ofNode("n") + " AS rows", Map.of("ids", List.copyOf(ids)), SourceRef::readOne)
				.entrySet().stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
						e -> e.getValue().stream().filter(java.util.Objects::nonNull).toList()));
	}
}
