package dk.moedegraf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The base of every integration test: the whole app on a random port, on the embedded Neo4j in a fresh
 * directory (with the seed graph loaded), unless a subclass is annotated {@link OnNeo4jContainer}.
 * Tests live in abstract classes extending this one; each has an embedded subclass (always runs) and a
 * container subclass (runs where Docker exists). Contexts are cached, so all embedded tests share one
 * database: tests that write use their own ids and clean up after themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"moedegraf.graph.data-dir=target/test-neo4j/${random.uuid}", "moedegraf.graph.bolt-port=0" })
@AutoConfigureHttpGraphQlTester
public abstract class GraphTest {

	@Autowired
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected Neo4jClient neo4j;

	/**
	 * WebTestClient gives up after 5 s by default: on a loaded shared machine the first request of a fresh
	 * context (plans not yet compiled; an import also writes the edit log) can take longer. Speed is the
	 * benchmark's business, not a unit test's.
	 */
	@org.junit.jupiter.api.BeforeEach
	void patientClient() {
		graphQl = graphQl.mutate().webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(60))).build();
	}
}
