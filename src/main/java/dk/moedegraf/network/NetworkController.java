package dk.moedegraf.network;

import java.util.List;
import java.util.Map;

import dk.moedegraf.model.NodeKind;
import dk.moedegraf.query.ReadPath;
import dk.moedegraf.query.Reads;
import dk.moedegraf.query.RootCompilations;
import dk.moedegraf.query.Selection;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** How entities are connected: shortest chains and neighbourhoods over the relationships that carry meaning. */
@Controller
class NetworkController {

	/** Membership, attendance, affiliation, hierarchy, participation, and a meeting's forum. */
	static final String TYPES = "MEMBER_OF|PARTICIPATED_IN|AFFILIATED_WITH|PART_OF|PARTICIPATES_IN|OF";
	private static final String EDGE = "{from: startNode(r).id, to: endNode(r).id, type: type(r), "
			+ "label: coalesce(r.role, r.title, r.status)}";

	private final Reads reads;
	private final RootCompilations compilations;
	private final int maxHops;
	private final int maxDepth;
	private final int maxLimit;

	NetworkController(Reads reads, RootCompilations compilations, @org.springframework.beans.factory.annotation.Value("${moedegraf.api.max-path-hops:8}") int maxHops,
			@org.springframework.beans.factory.annotation.Value("${moedegraf.api.max-network-depth:3}") int maxDepth,
			@org.springframework.beans.factory.annotation.Value("${moedegraf.api.max-network-nodes:500}") int maxLimit) {
		this.reads = reads;
		this.compilations = compilations;
		this.maxHops = maxHops;
		this.maxDepth = maxDepth;
		this.maxLimit = maxLimit;
	}

	record Edge(String from, String to, String type, String label) {
	}

	record Path(int length, List<Object> nodes, List<Edge> edges) {
	}

	record Network(List<Object> nodes, List<Edge> edges) {
	}

	@QueryMapping
	Path path(@Argument String from, @Argument String to, @Argument Integer maxHops, DataFetchingEnvironment env) {
		int hops = maxHops == null ? 6 : maxHops;
		if (hops < 1 || hops > this.maxHops) {
			throw new IllegalArgumentException("maxHops must be between 1 and " + this.maxHops + ", was " + hops);
		}
		NodeKind fromKind = NodeKind.require(from);
		NodeKind toKind = NodeKind.require(to);
		String node = compilations.get(env, "path nodes", () -> nodes("x", Selection.of(env, "", "Path")));
		if (from.equals(to)) {
			return reads.first("MATCH (x:" + fromKind.label() + " {id: $id}) RETURN " + node + " AS a",
					Map.of("id", from), r -> new Path(0, List.of(ReadPath.readAnyNode(r.get("a"))), List.of())).orElse(null);
		}
		// Labels come from our enum and hops is a checked int: nothing the caller wrote enters the text.
		return reads.first("MATCH (a:" + fromKind.label() + " {id: $from}), (b:" + toKind.label() + " {id: $to}) "
				+ "MATCH p = shortestPath((a)-[:" + TYPES + "*.." + hops + "]-(b)) "
				+ "RETURN [x IN nodes(p) | " + node + "] AS nodes, [r IN relationships(p) | " + EDGE + "] AS edges",
				Map.of("from", from, "to", to),
				r -> new Path(r.get("edges").size(), r.get("nodes").asList(ReadPath::readAnyNode),
						r.get("edges").asList(NetworkController::edge))).orElse(null);
	}

	@QueryMapping
	Network network(@Argument String center, @Argument Integer depth, @Argument Integer limit, DataFetchingEnvironment env) {
		int d = depth == null ? 1 : depth;
		int l = limit == null ? 200 : limit;
		if (d < 1 || d > maxDepth) {
			throw new IllegalArgumentException("depth must be between 1 and " + maxDepth + ", was " + d);
		}
		if (l < 1 || l > maxLimit) {
			throw new IllegalArgumentException("limit must be between 1 and " + maxLimit + ", was " + l);
		}
		NodeKind kind = NodeKind.require(center);
		// DISTINCT end nodes let Neo4j expand breadth-first with pruning instead of enumerating paths.
		return reads.first("MATCH (c:" + kind.label() + " {id: $center}) "
				+ "CALL (c) { MATCH (c)-[:" + TYPES + "*1.." + d + "]-(n) WHERE n <> c RETURN DISTINCT n LIMIT $others } "
				+ "WITH c, collect(n) AS others WITH [c] + others AS ns "
				+ "CALL (ns) { UNWIND ns AS a MATCH (a)-[r:" + TYPES + "]->(b) WHERE b IN ns RETURN collect(" + EDGE + ") AS edges } "
				+ "RETURN [x IN ns | " + compilations.get(env, "network nodes", () -> nodes("x", Selection.of(env, "", "Network")))
				+ "] AS ns, edges",
				Map.of("center", center, "others", l - 1),
				r -> new Network(r.get("ns").asList(ReadPath::readAnyNode), r.get("edges").asList(NetworkController::edge)))
				.orElse(new Network(List.of(), List.of()));
	}

	/** The projection of a path's or network's node in {@code v}: what the query selects on its kind. */
	private static String nodes(String v, Selection parent) {
		return ReadPath.anyNode(v, parent, "nodes", NodeKind.values());
	}

	private static Edge edge(Value v) {
		return new Edge(v.get("from").asString(), v.get("to").asString(), v.get("type").asString(),
				v.get("label").asString(null));
	}
}
