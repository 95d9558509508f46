package dk.moedegraf.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every statement of the read API runs here, in a READ transaction: with a {@code neo4j://} routing driver
 * it goes to a secondary. The bookmarks of the app's own write transactions (the importer, curation) are
 * passed to the next reads, so a client reads its own write; called inside a write transaction, a read
 * joins it.
 * <p>
 * {@link #records} runs its one statement as an auto-commit READ transaction on a plain driver session:
 * one RUN and PULL, where an explicit transaction through Spring's transaction manager adds BEGIN and COMMIT
 * round trips and their bookkeeping on both sides (about a tenth of a read's CPU in a profile under load).
 */
@Component
public class Reads {

	private static final Logger log = LoggerFactory.getLogger(Reads.class);

	private final Neo4jClient neo4j;
	private final TransactionTemplate readOnly;
	private final Driver driver;
	private final Neo4jBookmarkManager bookmarks;
	private final DatabaseSelectionProvider database;

	Reads(Neo4jClient neo4j, PlatformTransactionManager transactions, Driver driver, Neo4jBookmarkManager bookmarks,
			DatabaseSelectionProvider database) {
		this.neo4j = neo4j;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.driver = driver;
		this.bookmarks = bookmarks;
		this.database = database;
	}

	/** Runs {@code work} with the client in one read transaction. */
	public <T> T run(Function<Neo4jClient, T> work) {
		return readOnly.execute(status -> work.apply(neo4j));
	}

	/** The records of one statement, each mapped (the mapping may return null, e.g. when it collects elsewhere). */
	public <T> List<T> records(String cypher, Map<String, Object> params, Function<Record, T> mapping) {
		// the compiled statements exist only at run time: this is where to see what a query became
		if (log.isDebugEnabled()) {
			log.debug("Cypher: {} {}", cypher, params);
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// inside a transaction (a mutation's payload): read what it wrote
			return run(client -> {
				var out = new ArrayList<T>();
				client.query(cypher).bindAll(params).fetchAs(Void.class).mappedBy((t, r) -> {
					out.add(mapping.apply(r));
					return null;
				}).all();
				return out;
			});
		}
		var used = bookmarks.getBookmarks();
		var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarks(used);
		String name = database.getDatabaseSelection().getValue();
		if (name != null) {
			config.withDatabase(name);
		}
		try (Session session = driver.session(config.build())) {
			var out = new ArrayList<T>();
			session.run(cypher, params).forEachRemaining(r -> out.add(mapping.apply(r)));
			session.close();
			bookmarks.updateBookmarks(used, session.lastBookmarks());
			return out;
		}
	}

	/** The first record of one statement, mapped; empty when there is none. */
	public <T> Optional<T> first(String cypher, Map<String, Object> params, Function<Record, T> mapping) {
		List<T> all = records(cypher, params, mapping);
		return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
	}

	/**
	 * One statement for a whole level of a GraphQL query: the Cypher UNWINDs the parents' keys and RETURNs
	 * {@code key} and {@code rows} (a list) per parent. Parents without rows are absent.
	 */
	public <V> Map<String, List<V>> lists(String cypher, Map<String, Object> params, Function<Value, V> row) {
		Map<String, List<V>> result = new HashMap<>();
		records(cypher, params, r -> result.put(r.get("key").asString(), r.get("rows").asList(row::apply)));
		return result;
	}

	@Configuration(proxyBeanMethods = false)
	static class Bookmarks {

		/** One bookmark manager for Spring's transactions (writes) and {@link #records}: reads see the app's last write. */
		@Bean
		Neo4jBookmarkManager neo4jBookmarkManager() {
			return Neo4jBookmarkManager.create();
		}
	}
}
