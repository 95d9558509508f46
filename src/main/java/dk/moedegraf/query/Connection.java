package dk.moedegraf.query;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A Relay connection: the shape of every PersonConnection, ForumConnection … in the schema. The total is
 * counted only when a query selects {@code totalCount}, so a page alone costs one statement, not two.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

	public long totalCount() {
		return counter.getAsLong();
	}

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasNextPage, String endCursor) {
	}
}
