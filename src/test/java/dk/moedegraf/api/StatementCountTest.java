package dk.moedegraf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import dk.moedegraf.GraphTest;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** No N+1: a nested query is one Cypher statement, however many parents it has. */
class StatementCountTest extends GraphTest {

	private static final String NESTED = """
			{ forums(first: %d, filter: {nameContains: "NPlusOne"}) { edges { node { name
			    members { role representing { name } sources { document { id } } person { name aliases
			      memberships { role forum { name } } } } } } } }""";

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void twelveForumsWithMembersWhoSitInSeveralOfThem() {
		neo4j.query("""
				UNWIND range(1, 12) AS i
				CREATE (f:Forum {id: 'forum:test-nplusone-' + i, name: 'NPlusOne ' + i, aliases: []})
				WITH f, i
				UNWIND range(1, 3) AS j
				MERGE (p:Person {id: 'person:test-nplusone-' + ((i + j) % 10)})
				  ON CREATE SET p.name = 'NPlusOne Person ' + ((i + j) % 10), p.aliases = []
				CREATE (p)-[:MEMBER_OF {role: 'medlem', onBehalfOf: 'org:bupl', sources: ['document:64f1c8e78dbe42cc@28-29']}]->(f)
				""").run();
	}

	@AfterEach
	void removeThem() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'forum:test-nplusone-' OR n.id STARTS WITH 'person:test-nplusone-' DETACH DELETE n").run();
	}

	@Test
	void a_nested_query_over_twelve_forums_sends_as_many_statements_as_over_two() {
		graphQl.document(NESTED.formatted(1)).execute().path("forums.edges").entityList(Object.class).hasSize(1);

		double before = statementsSent();
		graphQl.document(NESTED.formatted(2)).execute().path("forums.edges").entityList(Object.class).hasSize(2);
		double forTwo = statementsSent() - before;

		before = statementsSent();
		graphQl.document(NESTED.formatted(12)).execute()
				.path("forums.edges").entityList(Object.class).hasSize(12)
				.path("forums.edges[11].node.members[0].person.memberships").entityList(Object.class).hasSizeGreaterThan(1);
		double forTwelve = statementsSent() - before;

		// The page with everything below it is one compiled statement, whatever the number of forums.
		assertThat(forTwelve).isEqualTo(forTwo).isEqualTo(1);
	}

	/** Bolt RUN messages, counted by the driver's Micrometer observation. */
	private double statementsSent() {
		var runs = meters.getMeters().stream()
				.filter(m -> m.getId().getName().equals("neo4j.bolt.client.exchange.duration.summary.run")).toList();
		assertThat(runs).as("the driver's RUN counter").isNotEmpty();
		return runs.stream().flatMap(m -> StreamSupport.stream(m.measure().spliterator(), false))
				.mapToDouble(Measurement::getValue).sum();
	}
}
