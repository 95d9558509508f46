package dk.moedegraf.graph;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The graph store alone, brought up to date (migrations, seed graph), with its driver: for commands that need the
 * database and nothing else. Starting the whole app (GraphQL, web, security, every feature) for them spent ~10 s of
 * the {@code generate} command's first start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphProperties.class)
@ImportAutoConfiguration(Neo4jAutoConfiguration.class)
@Import({ GraphConnectionConfiguration.class, GraphStartup.class })
public class GraphOnly {
}
