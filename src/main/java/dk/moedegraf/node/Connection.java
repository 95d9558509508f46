package dk.moedegraf.node;

import java.util.List;

/** A Relay connection: the shape of every PersonConnection, ForumConnection … in the schema. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasNextPage, String endCursor) {
	}
}
