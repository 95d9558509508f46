package dk.moedegraf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the schema migrations in {@code cypher/migrations}. neo4j-migrations records what it applied in
 * the database, so applying again is a no-op.
 */
final class GraphSchema {

	static final String LOCATION = "cypher/migrations";

	private GraphSchema() {
	}

	/** @return how many migrations this call applied */
	static int migrate(Driver driver) {
		var config = MigrationsConfig.builder()
				.withLocationsToScan("classpath:" + LOCATION)
				// Spring's resolver finds the scripts inside a Boot fat jar as well as in target/classes.
				.withResourceScanner(GraphSchema::scan)
				.withInstalledBy("moedegraf")
				.build();
		var migrations = new Migrations(config, driver);
		long pending = migrations.info().getElements().stream()
				.filter(e -> e.getState() == MigrationState.PENDING)
				.count();
		migrations.apply();
		return (int) pending;
	}

	private static List<URL> scan(List<String> paths) {
		var resolver = new PathMatchingResourcePatternResolver(GraphSchema.class.getClassLoader());
		var urls = new ArrayList<URL>();
		try {
			for (String path : paths) {
				for (Resource resource : resolver.getResources("classpath*:" + path + "/*.cypher")) {
					urls.add(resource.getURL());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return urls;
	}
}
