package dk.moedegraf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import dk.moedegraf.MoedegrafApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/** What the embedded default promises: data survives restarts, one instance per directory, a URI turns it off. */
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
	void a_configured_uri_switches_the_embedded_server_off() {
		try (var server = start(dir)) {
			server.getBean(Neo4jClient.class).query("CREATE (:Person {id: 'person:test-restart', name: 'R'})").run();
			String uri = server.getBean(EmbeddedNeo4j.class).boltUri().toString();

			try (var client = start(dir.resolve("unused"), "--spring.neo4j.uri=" + uri)) {
				assertThat(client.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
				assertThat(dir.resolve("unused")).doesNotExist();
				assertThat(people(client)).isEqualTo(1);
			}
		}
	}
}
