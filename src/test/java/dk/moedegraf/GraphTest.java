package dk.moedegraf;

import java.time.Duration;

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
 * <p>
 * {@link #graphQl} calls anonymously, as the public does; {@link #editor()} and {@link #admin()} send one of the
 * three test API keys configured here (the third has no role).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"moedegraf.graph.data-dir=target/test-neo4j/${random.uuid}", "moedegraf.graph.bolt-port=0",
		// The cached contexts close one after another at JVM exit, and Surefire kills the fork 30 s after
		// System.exit. A graceful web server waits up to 30 s for an async request still open (a subscription whose
		// client went away is noticed only at its next keep-alive); nothing is served any more when a test context closes.
		"server.shutdown=immediate",
		"moedegraf.security.api-keys[0].name=test-editor",
		"moedegraf.security.api-keys[0].sha256=c775c8bb6fb82a3d621a65317d75f9336adfb3d7f86b39d3af67dd176e8a5889",
		"moedegraf.security.api-keys[0].roles=EDITOR",
		"moedegraf.security.api-keys[1].name=test-admin",
		"moedegraf.security.api-keys[1].sha256=944650a7cd0f9e14d5c4fb15edbffb7fa45fb9ed36a4fa9be3d7e5476ae51bd9",
		"moedegraf.security.api-keys[1].roles=ADMIN",
		"moedegraf.security.api-keys[2].name=test-no-role",
		"moedegraf.security.api-keys[2].sha256=848cbb81a38ab7bb29441aaeda4d9e7dcaa7d583903f918472dd7820ec825f6a" })
@AutoConfigureHttpGraphQlTester
public abstract class GraphTest {

	public static final String API_KEY = "X-API-Key";
	/** The keys whose SHA-256 the properties above hold. */
	public static final String EDITOR_KEY = "test-editor-key";
	public static final String ADMIN_KEY = "test-admin-key";
	public static final String NO_ROLE_KEY = "test-no-role-key";

	protected HttpGraphQlTester graphQl;

	@Autowired
	protected Neo4jClient neo4j;

	/** Boot's tester (and its WebTestClient) give up after 5 s; on a machine shared by several builds a request can take longer. */
	@Autowired
	void tester(HttpGraphQlTester tester) {
		Duration patience = Duration.ofSeconds(60);
		this.graphQl = tester.mutate().webTestClient(client -> client.responseTimeout(patience)).responseTimeout(patience).build();
	}

	/** Requests with the editor's key. */
	protected HttpGraphQlTester editor() {
		return graphQl.mutate().header(API_KEY, EDITOR_KEY).build();
	}

	/** Requests with the admin's key. */
	protected HttpGraphQlTester admin() {
		return graphQl.mutate().header(API_KEY, ADMIN_KEY).build();
	}
}
