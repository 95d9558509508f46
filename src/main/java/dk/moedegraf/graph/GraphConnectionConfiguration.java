package dk.moedegraf.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Neo4j when no server is configured. Setting {@code spring.neo4j.uri} (or {@code NEO4J_URI})
 * switches it off and Boot's own auto-configuration connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(GraphConnectionConfiguration.NoNeo4jUri.class)
class GraphConnectionConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(GraphProperties properties) {
		return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.pageCache(), properties.password());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embedded.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(EmbeddedNeo4j.USER, embedded.password());
			}
		};
	}

	static final class NoNeo4jUri implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.neo4j.uri"));
		}
	}
}
