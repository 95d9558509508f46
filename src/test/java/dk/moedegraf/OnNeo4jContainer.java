package dk.moedegraf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Runs a {@link GraphTest} against Neo4j 5.26 in a container instead of the embedded default: the app gets
 * the container's URI, which also proves a configured URI switches the embedded server off. Skipped where
 * there is no Docker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Testcontainers(disabledWithoutDocker = true)
@ContextConfiguration(initializers = OnNeo4jContainer.Initializer.class)
public @interface OnNeo4jContainer {

	class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		// One container for the whole run, shared by every container test class (Ryuk removes it).
		private static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			NEO4J.start();
			TestPropertyValues.of("spring.neo4j.uri=" + NEO4J.getBoltUrl(), "moedegraf.graph.seed=always")
					.applyTo(context);
		}
	}
}
