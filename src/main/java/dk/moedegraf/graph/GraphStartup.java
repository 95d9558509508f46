package dk.moedegraf.graph;

import dk.moedegraf.names.NameKeys;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to date before the web server takes requests (migrations, then the seed graph),
 * and says in one line which Neo4j the app uses and where to open it.
 */
@Component
class GraphStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

	private final Driver driver;
	private final GraphProperties properties;
	private final ObjectProvider<EmbeddedNeo4j> embedded;
	private final Neo4jConnectionDetails connection;
	private int migrationsApplied;
	private int seedStatements;

	GraphStartup(Driver driver, GraphProperties properties, ObjectProvider<EmbeddedNeo4j> embedded,
			Neo4jConnectionDetails connection) {
		this.driver = driver;
		this.properties = properties;
		this.embedded = embedded;
		this.connection = connection;
	}

	@Override
	public void afterSingletonsInstantiated() {
		migrationsApplied = GraphSchema.migrate(driver);
		SeedGraph.baseline(driver);
		boolean isEmbedded = embedded.getIfAvailable() != null;
		seedStatements = switch (properties.seed()) {
			case NEVER -> 0;
			case ALWAYS -> SeedGraph.load(driver, false);
			case AUTO -> isEmbedded ? SeedGraph.load(driver, true) : 0;
		};
		if (seedStatements > 0) {
			// the seed is plain Cypher: the importer's resolution keys of its nodes are computed here, once per load
			NameKeys.refresh(driver);
		}
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		EmbeddedNeo4j db = embedded.getIfAvailable();
		String store = db != null ? "embedded Neo4j in " + db.dataDir() + " (" + db.boltUri() + ")"
				: "Neo4j at " + connection.getUri();
		String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
		log.info("Using {}; {} migration(s) applied, seed graph {}; GraphiQL at http://localhost:{}/graphiql",
				store, migrationsApplied,
				seedStatements > 0 ? "loaded (" + seedStatements + " statements)" : "unchanged", port);
	}
}
