package dk.moedegraf.search;

import java.util.ArrayList;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * The search half of {@code java -jar moedegraf.jar reindex} (dk.moedegraf.importing.ImportCommand): writes the search properties ({@link SearchText}) of every entity
 * whose are missing or stale, for a graph loaded by other means (cypher-shell, {@code neo4j-admin import}).
 * A one-off: the app itself never scans the graph at start-up. Reads the nodes in one pass and writes them
 * in batches of {@value #BATCH}, each its own transaction, so a large graph needs no large transaction.
 */
public final class Reindex {

	static final int BATCH = 5_000;

	private Reindex() {
	}

	/** @return how many nodes got new search properties */
	public static int reindex(Driver driver) {
		int written = 0;
		try (var reading = driver.session(); var writing = driver.session()) {
			var result = reading.run("MATCH (n) WHERE " + SearchText.LABELS + " RETURN " + SearchText.COLUMNS);
			var rows = new ArrayList<Map<String, Object>>();
			while (result.hasNext()) {
				SearchText.stale(result.next()).ifPresent(rows::add);
				if (rows.size() == BATCH || !result.hasNext()) {
					var batch = java.util.List.copyOf(rows);
					writing.executeWriteWithoutResult(tx -> SearchText.write(tx, batch));
					written += rows.size();
					rows.clear();
				}
			}
		}
		return written;
	}
}
