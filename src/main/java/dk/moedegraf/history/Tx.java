package dk.moedegraf.history;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The transaction a write runs in. The log must be written in the writer's own transaction (so a rollback
 * or a dry run takes the edit with it), and writers hold either a Spring-managed {@link Neo4jClient} or a
 * driver transaction (the seed loader): this is the little both have in common.
 */
@FunctionalInterface
public interface Tx {

	List<Record> run(String cypher, Map<String, Object> params);

	/** Joins the Spring-managed transaction of the caller. */
	static Tx of(Neo4jClient neo4j) {
		return (cypher, params) -> List.copyOf(neo4j.query(cypher).bindAll(params).fetchAs(Record.class)
				.mappedBy((t, r) -> r).all());
	}

	static Tx of(TransactionContext tx) {
		return (cypher, params) -> tx.run(cypher, params).list();
	}
}
