package dk.moedegraf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dk.moedegraf.MoedegrafApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What the embedded default promises: data survives restarts, one instance per directory, a URI turns it off,
 * Bolt wants a password.
 */
class EmbeddedNeo4jLifecycleTest {

	@TempDir
	Path dir;

	private ConfigurableApplicationContext start(Path dataDir, String... more) {
		String[] args = new String[more.length + 4];
		args[0] = "--moedegraf.graph.data-dir=" + dataDir;
		args[1] = "--moedegraf.graph.bolt-port=0";
		args[2] = "--moedegraf.graph.seed=never";
		args[3] = "--server.port=0";
		System.arraycopy(more, 0, args, 4, more.length);
		return new SpringApplicationBuilder(MoedegrafApplication.class).run(args);
	}

	private static long people(ConfigurableApplicationContext app) {
		return app.getBean(Neo4jClient.class).query("MATCH (p:Person {id: 'person:test-restart'}) RETURN count(p) AS c")
				.fetchAs(Long.class).mappedBy((t, r) -> r.get("c").asLong()).one().orElseThrow();
	}

	@Test
	void data_written_before_a_restart_is_there_after_it() {
		try (var app = start(dir)) {
			app.getBean(Neo4jClient.class).query("CREATE (:Person {id: 'person:test-restart', name: 'R'})").run();
		}
		try (var app = start(dir)) {
			assertThat(people(app)).isEqualTo(1);
		}
	}

	@Test
	void a_second_instance_on_the_same_directory_fails_with_a_clear_message() {
		try (var first = start(dir)) {
			assertThatThrownBy(() -> start(dir).close())
					.hasStackTraceContaining("is in use by another running instance");
			// The first instance is unharmed.
			assertThat(people(first)).isZero();
		}
	}

	@Test
	void bolt_needs_the_password_generated_on_first_start_which_is_kept_owner_only_across_restarts() throws Exception {
		String password;
		try (var app = start(dir)) {
			Path file = dir.resolve(BoltPassword.FILE);
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			password = Files.readString(file).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
			URI uri = app.getBean(EmbeddedNeo4j.class).boltUri();

			assertThatThrownBy(() -> connect(uri, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
			assertThatThrownBy(() -> connect(uri, AuthTokens.basic("neo4j", "not-the-password")))
				.isInstanceOf(AuthenticationException.class);
			assertThat(connect(uri, AuthTokens.basic("neo4j", password))).isEqualTo(1);
		}
		try (var app = start(dir)) {
			assertThat(Files.readString(dir.resolve(BoltPassword.FILE)).strip()).isEqualTo(password);
			assertThat(connect(app.getBean(EmbeddedNeo4j.class).boltUri(), AuthTokens.basic("neo4j", password))).isEqualTo(1);
		}
	}

	@Test
	void a_configured_bolt_password_is_used_and_nothing_is_written_to_the_data_directory() {
		try (var app = start(dir, "--moedegraf.graph.password=configured-in-test-42")) {
			assertThat(dir.resolve(BoltPassword.FILE)).doesNotExist();
			URI uri = app.getBean(EmbeddedNeo4j.class).boltUri();
			assertThat(connect(uri, AuthTokens.basic("neo4j", "configured-in-test-42"))).isEqualTo(1);
			assertThatThrownBy(() -> connect(uri, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
		}
	}

	/** Connects as cypher-shell would and runs one statement. */
	private static int connect(URI uri, AuthToken auth) {
		try (Driver driver = GraphDatabase.driver(uri, auth); var session = driver.session()) {
			return session.run("RETURN 1 AS one").single().get("one").asInt();
		}
	}

	@Test
	void a_configured_uri_switches_the_embedded_server_off() throws Exception {
		try (var server = start(dir)) {
			server.getBean(Neo4jClient.class).query("CREATE (:Person {id: 'person:test-restart', name: 'R'})").run();
			String uri = server.getBean(EmbeddedNeo4j.class).boltUri().toString();
			String password = Files.readString(dir.resolve(BoltPassword.FILE)).strip();

			try (var client = start(dir.resolve("unused"), "--spring.neo4j.uri=" + uri,
					"--spring.neo4j.authentication.password=" + password)) {
				assertThat(client.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
				assertThat(dir.resolve("unused")).doesNotExist();
				assertThat(people(client)).isEqualTo(1);
			}
		}
	}

	/** A test run shuts every cached context's server down at exit, one after another, within Surefire's 30 s. */
	@Test
	void an_embedded_server_that_served_bolt_shuts_down_in_well_under_its_five_second_quiet_period() {
		EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, 0, "16m", "shutdown-test-42");
		try {
			assertThat(connect(server.boltUri(), AuthTokens.basic("neo4j", "shutdown-test-42"))).isEqualTo(1);
		}
		finally {
			long start = System.nanoTime();
			server.close();
			assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(3));
		}
	}
}
