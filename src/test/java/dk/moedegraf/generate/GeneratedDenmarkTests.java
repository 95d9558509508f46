package dk.moedegraf.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A tiny synthetic Denmark generated into an otherwise empty database (no seed graph): its shape, that the same
 * seed gives the same graph, and that the API answers on it. Subclasses choose the writer (Java API or Bolt).
 */
@TestPropertySource(properties = "moedegraf.graph.seed=never")
abstract class GeneratedDenmarkTests extends GraphTest {

	static final long SEED = 7;
	static final double SCALE = 0.002;

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	/** Per subclass (each has its own database): what was generated into it. */
	private static final Map<Class<?>, GenerateCommand.Result> generated = new java.util.HashMap<>();

	abstract boolean viaBolt();

	@BeforeEach
	void generateOnce() {
		generated.computeIfAbsent(getClass(), c -> GenerateCommand.generate(context, SEED, SCALE, viaBolt(), true));
	}

	GenerateCommand.Result result() {
		return generated.get(getClass());
	}

	@Test
	void the_same_seed_gives_the_same_graph_and_another_seed_another() {
		var again = Fingerprint.alone();
		new Denmark(SEED, SCALE).writeTo(again);
		assertThat(again.hash()).isEqualTo(result().hash());
		assertThat(again.nodes()).isEqualTo(result().fingerprint().nodes());
		var other = Fingerprint.alone();
		new Denmark(SEED + 1, SCALE).writeTo(other);
		assertThat(other.hash()).isNotEqualTo(result().hash());
	}

	@Test
	void the_database_holds_exactly_what_was_generated_per_label_and_type() {
		var labels = new TreeMap<String, Long>();
		for (String label : result().fingerprint().nodes().keySet()) {
			labels.put(label, count("MATCH (n:" + label + ") RETURN count(n) AS c"));
		}
		assertThat(labels).isEqualTo(result().fingerprint().nodes());
		var types = new TreeMap<String, Long>();
		for (String type : result().fingerprint().relationships().keySet()) {
			types.put(type, count("MATCH ()-[r:" + type + "]->() RETURN count(r) AS c"));
		}
		assertThat(types).isEqualTo(result().fingerprint().relationships());
		assertThat(result().fingerprint().nodes()).containsKeys("Person", "Organisation", "Forum", "Meeting",
				"AgendaItem", "Initiative", "Document");
	}

	@Test
	void every_membership_has_from_to_and_a_source_in_a_generated_document() {
		assertThat(count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS c")).isPositive();
		assertThat(count("MATCH ()-[r:MEMBER_OF]->() WHERE r.from IS NULL OR r.to IS NULL OR r.from > r.to "
				+ "OR size(coalesce(r.sources, [])) = 0 RETURN count(r) AS c")).isZero();
		assertThat(driver.executableQuery("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND type(r) <> 'SOURCED_FROM' UNWIND coalesce(r.sources, [null]) AS s "
				+ "WITH a, r, b, s WHERE s IS NULL OR NOT EXISTS { MATCH (:Document {id: split(s, '@')[0]}) } "
				+ "RETURN coalesce(a.id, labels(a)[0]) + ' -' + type(r) + '-> ' + coalesce(b.id, labels(b)[0]) + ' @ ' + coalesce(s, 'none') AS edge LIMIT 20").execute().records()
				.stream().map(r -> r.get("edge").asString()).toList())
				.as("every edge of the graph (the migrations chain aside) but SOURCED_FROM names a document that exists").isEmpty();
		assertThat(count("MATCH (n) WHERE (n:Person OR n:Organisation OR n:Forum OR n:Meeting OR n:AgendaItem OR n:Initiative) "
				+ "AND NOT (n)-[:SOURCED_FROM]->(:Document) RETURN count(n) AS c")).as("every entity is sourced").isZero();
	}

	@Test
	void denmark_has_five_regions_municipalities_administrations_and_institutions() {
		assertThat(count("MATCH (o:Organisation {kind: 'region'}) RETURN count(o) AS c")).isEqualTo(5);
		assertThat(count("MATCH (o:Organisation {kind: 'kommune'}) RETURN count(o) AS c"))
				.isEqualTo(new Denmark(SEED, SCALE).municipalities());
		assertThat(count("MATCH (:Organisation {kind: 'centre'})-[:PART_OF]->(:Organisation {kind: 'forvaltning'})"
				+ "-[:PART_OF]->(:Organisation {kind: 'kommune'}) RETURN count(*) AS c")).isPositive();
		assertThat(count("MATCH (:Organisation {kind: 'school'})-[:PART_OF]->(:Organisation {kind: 'centre'}) RETURN count(*) AS c"))
				.isPositive();
		assertThat(count("MATCH (:Organisation {kind: 'union'})-[:PART_OF]->(:Organisation {id: 'org:foa'}) RETURN count(*) AS c"))
				.isPositive();
		for (String kind : List.of("council", "committee", "med", "partnership", "network")) {
			assertThat(count("MATCH (f:Forum {kind: $kind}) RETURN count(f) AS c", Map.of("kind", kind))).as(kind).isPositive();
		}
		assertThat(count("MATCH (f:Forum)<-[:PARTICIPATES_IN]-(k:Organisation {kind: 'kommune'}) WITH f, count(k) AS n "
				+ "WHERE n >= 2 RETURN count(f) AS c")).as("forums across municipalities").isPositive();
	}

	@Test
	void meetings_record_afbud_stand_ins_guests_and_seats_changing_over_time() {
		assertThat(count("MATCH (s:Person)-[p:PARTICIPATED_IN {status: 'PRESENT'}]->(m:Meeting)<-[a:PARTICIPATED_IN {status: 'ABSENT'}]-(x:Person) "
				+ "WHERE p.substituteFor = x.id RETURN count(*) AS c")).as("stand-ins for the absent").isPositive();
		assertThat(count("MATCH ()-[g:PARTICIPATED_IN {status: 'GUEST'}]->() WHERE size(g.agendaItems) = 1 RETURN count(g) AS c"))
				.isPositive();
		assertThat(count("MATCH (a:Person)-[r1:MEMBER_OF]->(f:Forum)<-[r2:MEMBER_OF]-(b:Person) "
				+ "WHERE a <> b AND r1.role = r2.role AND r1.onBehalfOf = r2.onBehalfOf AND r2.from = r1.to + duration('P1D') "
				+ "RETURN count(*) AS c")).as("a successor takes the seat the day after").isPositive();
		assertThat(count("MATCH (p:Person)-[r:PARTICIPATED_IN]->(m:Meeting) WHERE NOT EXISTS { MATCH (p)-[s:MEMBER_OF]->(:Forum)<-[:OF]-(m) "
				+ "WHERE s.from <= m.date <= s.to } AND r.status <> 'GUEST' AND r.substituteFor IS NULL RETURN count(*) AS c"))
				.as("members attend only while they hold the seat").isZero();
		assertThat(count("MATCH (:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:CONCERNS]->(:Initiative) RETURN count(*) AS c")).isPositive();
	}

	@Test
	void refuses_to_generate_into_a_database_that_already_holds_one() {
		assertThatThrownBy(() -> GenerateCommand.generate(context, SEED, SCALE, viaBolt()))
				.isInstanceOf(GenerateCommand.AlreadyGeneratedException.class);
	}

	@Test
	void the_api_answers_on_the_generated_graph_with_no_search_refresh() {
		assertThat(count("MATCH (n) WHERE (n:Person OR n:Organisation OR n:Forum OR n:Meeting OR n:Initiative OR n:Document) "
				+ "AND (n.searchText IS NULL OR n.searchOf IS NULL) RETURN count(n) AS c")).isZero();
		var person = driver.executableQuery("MATCH (p:Person)-[:MEMBER_OF]->() WITH p ORDER BY p.id LIMIT 1 "
				+ "RETURN p.id AS id, p.name AS name").execute().records().get(0);
		String id = person.get("id").asString();
		String name = person.get("name").asString();
		graphQl.document("query($id: ID!) { node(id: $id) { ... on Person { name memberships { forum { name } from to } } } }")
				.variable("id", id).execute()
				.path("node.name").entity(String.class).isEqualTo(name)
				.path("node.memberships").entityList(Object.class).hasSizeGreaterThan(0)
				.path("node.memberships[0].from").hasValue();
		graphQl.document("query($text: String!) { search(text: $text, kinds: [PERSON], first: 50) { node { id } } }")
				.variable("text", name).execute()
				.path("search[*].node.id").entityList(String.class).contains(id);
		var meeting = driver.executableQuery("MATCH (m:Meeting)<-[r:PARTICIPATED_IN]-() WITH m, count(r) AS n "
				+ "ORDER BY m.id LIMIT 1 RETURN m.id AS id, n").execute().records().get(0);
		graphQl.document("query($id: ID!) { node(id: $id) { ... on Meeting { forum { id } attendance { status person { id } } agenda { title } } } }")
				.variable("id", meeting.get("id").asString()).execute()
				.path("node.attendance").entityList(Object.class).hasSize(meeting.get("n").asInt())
				.path("node.forum.id").hasValue()
				.path("node.agenda").entityList(Object.class).hasSizeGreaterThan(2);
	}

	private long count(String cypher) {
		return count(cypher, Map.of());
	}

	private long count(String cypher, Map<String, Object> params) {
		return driver.executableQuery(cypher).withParameters(params).execute().records().get(0).get("c").asLong();
	}
}
