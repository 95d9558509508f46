package dk.moedegraf.graph;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The in-process Neo4j of the default set-up. The application talks to it over Bolt on localhost, exactly
 * as it would to an external server, so nothing else in the code knows which one it has.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	/** The one user of the embedded server; the app, the import command and cypher-shell log in as it. */
	static final String USER = "neo4j";

	private final DatabaseManagementService service;
	private final Path dataDir;
	private final URI boltUri;
	private final String password;

	private EmbeddedNeo4j(DatabaseManagementService service, Path dataDir, URI boltUri, String password) {
		this.service = service;
		this.dataDir = dataDir;
		this.boltUri = boltUri;
		this.password = password;
	}

	/**
	 * @param password the Bolt password; when empty, the one kept in {@link BoltPassword#FILE} in the data
	 *                 directory (generated on first start)
	 */
	static EmbeddedNeo4j start(Path dataDir, int boltPort, String pageCache, String password) {
		Path home = dataDir.toAbsolutePath().normalize();
		DatabaseManagementService service = null;
		try {
			Files.createDirectories(home);
			String secret = password == null || password.isEmpty() ? BoltPassword.keptIn(home) : password;
			service = new DatabaseManagementServiceBuilder(home)
					// Bolt listens on localhost only, but any local process (or user) could otherwise read and write.
					.setConfig(GraphDatabaseSettings.auth_enabled, true)
					.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
					.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
					.setConfig(BoltConnector.enabled, true)
					.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
					// Neo4j 5.26's in-JVM local connector does not start on Boot's netty 4.2; TCP Bolt does.
					.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
					// Bolt's event loops otherwise wait a 5 s quiet period for new work at shutdown. Nothing comes: the
					// app's driver is closed first. A test run shuts its servers (one per cached context) down one
					// after another at exit, and Surefire gives the fork 30 s before it kills it.
					.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
					.setConfig(HttpConnector.enabled, false)
					.setConfig(HttpsConnector.enabled, false)
					.build();
			BoltPassword.apply(service, USER, secret);
			var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
					.getLocalAddress(ConnectorType.BOLT);
			return new EmbeddedNeo4j(service, home,
					URI.create("bolt://" + address.getHost() + ":" + address.getPort()), secret);
		}
		catch (Exception ex) {
			if (service != null) {
				service.shutdown();
			}
			throw new EmbeddedNeo4jStartException(home, boltPort, ex);
		}
	}

	/** The database itself, for bulk loads that bypass Bolt and Cypher (the {@code generate} command). */
	public GraphDatabaseService database() {
		return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	URI boltUri() {
		return boltUri;
	}

	/** Its home directory (the {@code generate} command's bulk import writes the store files there). */
	public Path dataDir() {
		return dataDir;
	}

	String password() {
		return password;
	}

	@Override
	public void close() {
		service.shutdown();
	}

	/** Says in one sentence what went wrong, instead of a page of Neo4j internals. */
	static final class EmbeddedNeo4jStartException extends IllegalStateException {

		EmbeddedNeo4jStartException(Path home, int port, Throwable cause) {
			super(explain(home, port, cause), cause);
		}

		private static String explain(Path home, int port, Throwable cause) {
			for (Throwable t = cause; t != null; t = t.getCause()) {
				String name = t.getClass().getSimpleName();
				String message = String.valueOf(t.getMessage());
				if (name.contains("FileLock") || message.contains("lock")) {
					return "The embedded Neo4j data directory " + home + " is in use by another running instance. "
							+ "Stop that instance, or give this one its own directory (moedegraf.graph.data-dir).";
				}
				if (message.contains("password") && message.contains("length")) {
					return "The configured Bolt password (moedegraf.graph.password / NEO4J_PASSWORD) is too short: " + message;
				}
				if (t instanceof java.net.BindException || message.contains("Address already in use")) {
					return "Port " + port + " for the embedded Neo4j's Bolt connector is taken. Set moedegraf.graph.bolt-port "
							+ "(0 picks a free port), or point the app at that server with NEO4J_URI.";
				}
			}
			return "The embedded Neo4j in " + home + " did not start: " + cause.getMessage();
		}
	}
}
