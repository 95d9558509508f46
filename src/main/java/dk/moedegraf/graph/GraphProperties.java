package dk.moedegraf.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the graph store.
 *
 * @param dataDir   where the embedded Neo4j keeps its data; survives restarts
 * @param boltPort  the embedded server's Bolt port on localhost; 0 picks a free one
 * @param pageCache the embedded server's page cache, e.g. {@code 128m}; small by default so a laptop copes
 * @param password  the embedded server's Bolt password for user {@code neo4j}; empty = generated on first start
 *                  and kept in {@code bolt-password} in the data directory
 * @param seed      when to load the curated seed graph: {@code auto} (embedded only, when the seed changed),
 *                  {@code always} (any Neo4j, at every start; it is idempotent) or {@code never}
 */
@ConfigurationProperties("moedegraf.graph")
public record GraphProperties(
		@DefaultValue("data/neo4j") Path dataDir,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("128m") String pageCache,
		@DefaultValue("auto") SeedMode seed,
		@DefaultValue("") String password) {

	public enum SeedMode { AUTO, ALWAYS, NEVER }
}
