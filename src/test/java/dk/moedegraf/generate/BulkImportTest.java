package dk.moedegraf.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The command line's bulk import into a young embedded database writes the same graph as the transactional
 * writer: same entities with the same properties, same relationships, seed graph kept, same schema, all online.
 */
class BulkImportTest {

	@TempDir
	Path bulk;

	@TempDir
	Path transactional;

	@Test
	void bulk_import_writes_what_the_transactional_writer_writes() {
		assertThat(GenerateCommand.run(args(bulk))).isZero();
		var withTransactions = new ArrayList<>(List.of(args(transactional)));
		withTransactions.add("--transactional");
		assertThat(GenerateCommand.run(withTransactions.toArray(String[]::new))).isZero();

		var a = read(bulk);
		var b = read(transactional);
		assertThat(a.get("schema")).isEqualTo(b.get("schema"));
		assertThat(a.get("offline")).isEqualTo(List.of());
		assertThat(a.get("nodes")).isEqualTo(b.get("nodes"));
		assertThat(a.get("relationships")).isEqualTo(b.get("relationships"));
		assertThat((List<?>) a.get("nodes")).hasSizeGreaterThan(3000);
	}

	private static String[] args(Path dir) {
		return new String[] { "--seed=7", "--scale=0.002", "--moedegraf.graph.data-dir=" + dir,
				"--moedegraf.graph.bolt-port=0", "--moedegraf.graph.page-cache=64m" };
	}

	/**
	 * Entities (by id, properties sorted) and relationships between them, sorted; the schema by name. Times the
	 * edit log writes (modifiedAt) differ from run to run and are left out.
	 */
	private static Map<String, Object> read(Path home) {
		var service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
				.setConfig(BoltConnector.enabled, false)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.build();
		try (var tx = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
			var result = new TreeMap<String, Object>();
			result.put("nodes", lines(tx.execute("""
					MATCH (n) WHERE n.id CONTAINS ':' AND NOT n:SeedInfo
					RETURN n.id + ' ' + reduce(s = '', l IN labels(n) | s + ':' + l) AS head, properties(n) AS properties""")));
			result.put("relationships", lines(tx.execute("""
					MATCH (a)-[r]->(b) WHERE a.id CONTAINS ':' AND b.id CONTAINS ':'
					RETURN a.id + ' -' + type(r) + '-> ' + b.id AS head, properties(r) AS properties""")));
			result.put("schema", column(tx.execute("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name + ' ' + type AS line")
				.columnAs("line")));
			result.put("offline", column(tx.execute("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name AS line")
				.columnAs("line")));
			return result;
		}
		finally {
			service.shutdown();
		}
	}

	/** One line per row: its head and its properties sorted by key, arrays spelled out. */
	@SuppressWarnings("unchecked")
	private static List<String> lines(org.neo4j.graphdb.Result rows) {
		var list = new ArrayList<String>();
		rows.forEachRemaining(row -> {
			var properties = new TreeMap<String, String>();
			((Map<String, Object>) row.get("properties")).forEach((k, v) -> {
				if (!k.equals("modifiedAt")) {
					properties.put(k, v instanceof long[] l ? java.util.Arrays.toString(l)
							: v instanceof Object[] o ? java.util.Arrays.toString(o) : String.valueOf(v));
				}
			});
			list.add(row.get("head") + " " + properties);
		});
		list.sort(null);
		return list;
	}

	private static List<String> column(java.util.Iterator<Object> values) {
		var list = new ArrayList<String>();
		values.forEachRemaining(v -> list.add((String) v));
		list.sort(null);
		return list;
	}
}
