package dk.moedegraf;

import static org.assertj.core.api.Assertions.assertThat;

import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

abstract class ApplicationTests extends GraphTest {

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@AfterEach
	void removeFixtures() {
		neo4j.query("MATCH (n:Person) WHERE n.id STARTS WITH 'person:test-app-' DETACH DELETE n").run();
	}

	@Test
	void answers_a_graphql_query_with_data_from_neo4j() {
		neo4j.query("CREATE (:Person {id: 'person:test-app-ada', name: 'Ada Testesen', aliases: ['Ada Testesen', 'AT']})").run();

		graphQl.document("{ node(id: \"person:test-app-ada\") { __typename id ... on Person { name aliases } } }")
				.execute()
				.path("node.__typename").entity(String.class).isEqualTo("Person")
				.path("node.name").entity(String.class).isEqualTo("Ada Testesen")
				.path("node.aliases").entityList(String.class).containsExactly("Ada Testesen", "AT");
	}

	@Test
	void an_unknown_id_is_null_and_a_malformed_one_a_bad_request() {
		graphQl.document("{ node(id: \"person:nobody-at-all\") { id } }").execute()
				.path("node").valueIsNull();
		graphQl.document("{ node(id: \"DROP DATABASE\") { id } }").execute()
				.errors().satisfy(errors -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(errors.get(0).getMessage()).contains("Malformed id");
				});
	}

	@Test
	void migrations_ran_at_start_and_running_them_again_changes_nothing() {
		var migrations = new Migrations(MigrationsConfig.builder().withLocationsToScan("classpath:cypher/migrations").build(), driver);
		assertThat(migrations.info().getElements()).isNotEmpty()
				.allMatch(e -> e.getState() == MigrationState.APPLIED);
		long constraintsBefore = count("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c");

		migrations.apply();

		assertThat(migrations.info().getElements()).allMatch(e -> e.getState() == MigrationState.APPLIED);
		assertThat(count("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c")).isEqualTo(constraintsBefore);
		assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name = 'person_id' RETURN count(*) AS c")).isEqualTo(1);
	}

	@Test
	void the_id_constraint_rejects_a_second_person_with_the_same_id() {
		neo4j.query("CREATE (:Person {id: 'person:test-app-twin', name: 'Twin'})").run();
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> neo4j.query("CREATE (:Person {id: 'person:test-app-twin', name: 'Twin'})").run())
				.hasMessageContaining("already exists");
	}

	@Test
	void graphiql_is_served_health_reports_neo4j_and_prometheus_exposes_graphql_and_driver_metrics_to_an_admin() {
		graphQl.document("{ people(first: 1) { totalCount } }").execute().path("people.totalCount").hasValue();
		var client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

		client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
				.jsonPath("$.status").isEqualTo("UP")
				.jsonPath("$.components.neo4j.status").isEqualTo("UP")
				.jsonPath("$.components.neo4j.details.server").value(String.class, s -> assertThat(s).startsWith("5.26"));

		client.get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk()
				.expectBody(String.class).value(html -> assertThat(html).containsIgnoringCase("graphiql"));

		String metrics = client.get().uri("/actuator/prometheus").header(API_KEY, ADMIN_KEY).exchange().expectStatus().isOk()
				.expectBody(String.class).returnResult().getResponseBody();
		// Driver 6 names its pool metrics after OpenTelemetry: wait (acquisition), use and create times.
		assertThat(metrics).contains("graphql_request_seconds_count").contains("db_client_connection_wait_time_seconds_count")
				.contains("db_client_connection_use_time_seconds_count")
				// per-field observations cost more than the fetching: none are made
				.doesNotContain("graphql_datafetcher");
	}

	private long count(String cypher) {
		return neo4j.query(cypher).fetchAs(Long.class).mappedBy((t, r) -> r.get("c").asLong()).one().orElseThrow();
	}
}
