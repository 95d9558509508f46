package dk.moedegraf.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every statement of the read API runs here, in a READ transaction: with a {@code neo4j://} routing driver
 * it goes to a secondary. Spring Data Neo4j's transaction manager passes the bookmarks of the app's own
 * write transactions (the importer, curation) to the next ones, so a client reads its own write; called
 * inside a write transaction, a read joins it.
 */
@Component
public class Reads {

	private final Neo4jClient neo4j;
	private final TransactionTemplate readOnly;

	Reads(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Runs {@code work} with the client in one read transaction. */
	public <T> T run(Function<Neo4jClient, T> work) {
		return readOnly.execute(status -> work.apply(neo4j));
	}

	/**
	 * One statement for a whole level of a GraphQL query: the Cypher UNWINDs the parents' keys and RETURNs
	 * {@code key} and {@code rows} (a list) per parent. Parents without rows are absent.
	 */
	public <V> Map<String, List<V>> lists(String cypher, Map<String, Object> params, Function<Value, V> row) {
		Map<String, List<V>> result = new HashMap<>();
		run(client -> client.query(cypher).bindAll(params).fetchAs(Void.class).mappedBy((t, r) -> {
			result.put(r.get("key").asString(), r.get("rows").asList(row::apply));
			return null;
		}).all());
		return result;
	}
}
