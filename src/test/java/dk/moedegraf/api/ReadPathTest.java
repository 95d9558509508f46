package dk.moedegraf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.StreamSupport;

import dk.moedegraf.GraphTest;
import dk.moedegraf.query.Reads;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The compiled read path: one statement per root field, the same answers, and room for fields it does not know. */
class ReadPathTest extends GraphTest {

	@Autowired
	MeterRegistry meters;

	@Autowired
	Reads reads;

	private static final String MEMBERS = """
			{ node(id: "forum:strategisk-forum") { ... on Forum { name
			    members { role representing { name } person { name memberships { forum { name } } } } } } }""";

	@Test
	void a_forum_with_its_members_and_their_memberships_is_one_statement() {
		graphQl.document(MEMBERS).execute();
		double before = statementsSent();
		var names = graphQl.document(MEMBERS).execute()
				.path("node.members[*].person.name").entityList(String.class).get();
		assertThat(statementsSent() - before).isEqualTo(1);
		assertThat(names).isNotEmpty().isSorted();
	}

	@Test
	void compiled_and_batch_loaded_fields_give_the_same_answer() {
		assertCompiledEqualsBatched("forum:strategisk-forum", "Forum", "FORUM", "Strategisk Forum",
				"id name members { role representing { name } person { name } } meetings { title date }");
		assertCompiledEqualsBatched("org:bupl", "Organisation", "ORGANISATION", "BUPL",
				"id partners { organisation { id name } via { id __typename ... on Forum { name } ... on Initiative { name kind } } }");
	}

	/**
	 * {@code fields} of {@code id} read below {@code node(id)} (one compiled statement) and below a search hit for
	 * {@code text} (search hits are not compiled below the hit: their fields come from the batch loaders).
	 */
	private void assertCompiledEqualsBatched(String id, String type, String kind, String text, String fields) {
		var compiled = graphQl.document("{ node(id: \"" + id + "\") { ... on " + type + " { " + fields + " } } }")
				.execute().path("node").entity(Object.class).get();
		var batched = graphQl.document("{ search(text: \"" + text + "\", kinds: [" + kind + "], first: 5) { node { ... on " + type
				+ " { " + fields + " } } } }").execute().path("search[?(@.node.id == '" + id + "')].node").entityList(Object.class).get();
		assertThat(batched).containsExactly(compiled);
	}

	@Test
	void a_field_added_by_a_schema_extension_runs_its_own_fetcher_below_a_compiled_root() {
		var probes = graphQl.document("""
				{ node(id: "forum:strategisk-forum") { ... on Forum { members { person { id probe } } } } }""")
				.execute().path("node.members[*].person.probe").entityList(String.class).get();
		assertThat(probes).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("probe of person:"));
	}

	/**
	 * Statements read a node's id only when something needs it: here nothing selects {@code id}, so the fields the
	 * statement leaves to their fetchers (a schema extension's, a fact's key made of its ends' ids) must still get it.
	 */
	@Test
	void fields_left_to_their_fetchers_get_the_ids_they_need_when_no_id_is_selected() {
		var probes = graphQl.document("""
				{ node(id: "forum:strategisk-forum") { ... on Forum { members { person { probe } } } } }""").execute()
				.path("node.members[*].person.probe").entityList(String.class).get();
		assertThat(probes).isNotEmpty().allSatisfy(p -> assertThat(p).matches("probe of person:\\S+"));
		var keys = graphQl.document("""
				{ node(id: "forum:strategisk-forum") { ... on Forum { members { key } } } }""").execute()
				.path("node.members[*].key").entityList(String.class).get();
		assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(k).matches("person:[^|]+\\|MEMBER_OF\\|forum:strategisk-forum"));
	}

	@Test
	void nodes_asked_for_nothing_but_their_type_are_found() {
		assertThat(graphQl.document("{ node(id: \"forum:strategisk-forum\") { __typename } }").execute()
				.path("node.__typename").entity(String.class).get()).isEqualTo("Forum");
		// a cursor holds the row's id, selected or not
		var cursors = graphQl.document("{ forums(first: 3) { edges { cursor node { __typename } } } }").execute()
				.path("forums.edges[*].cursor").entityList(String.class).get();
		assertThat(cursors).hasSize(3).isEqualTo(graphQl.document("{ forums(first: 3) { edges { cursor node { id } } } }")
				.execute().path("forums.edges[*].cursor").entityList(String.class).get());
	}

	/**
	 * A root field's compiled selection is kept for the next request with the same query: sent again with other
	 * values of the variables used below the root, it must answer for those values, not the first ones.
	 */
	@Test
	void a_query_sent_again_with_other_variables_below_its_root_answers_for_those_values() {
		String byId = """
				query($at: Date, $role: Boolean!) { node(id: "forum:hovedmed-sof") { ... on Forum {
				    members(at: $at) { person { id } role @include(if: $role) } } } }""";
		String list = """
				query($at: Date, $role: Boolean!) { forums(first: 5) { edges { node {
				    members(at: $at) { person { id } role @include(if: $role) } } } } }""";
		for (String at : new String[] {null, "2026-06-15", null}) {
			for (boolean role : new boolean[] {false, true}) {
				String literal = "at: " + (at == null ? "null" : "\"" + at + "\"") + ") { person { id }" + (role ? " role" : "");
				assertThat(answer(byId, "node", at, role)).isEqualTo(answer(literally(byId, literal), "node", null, false));
				assertThat(answer(list, "forums", at, role)).isEqualTo(answer(literally(list, literal), "forums", null, false));
			}
		}
		assertThat(answer(byId, "node", "2026-06-15", false)).isNotEqualTo(answer(byId, "node", null, false));
	}

	private static String literally(String query, String literal) {
		return query.replace("query($at: Date, $role: Boolean!)", "query")
			.replace("at: $at) { person { id } role @include(if: $role)", literal);
	}

	private Object answer(String query, String path, String at, boolean role) {
		return graphQl.document(query).variable("at", at).variable("role", role).execute().path(path).entity(Object.class).get();
	}

	/**
	 * Two aliases of a parent ({@code p1}, {@code p2}: the same person) each use the result key {@code m} for another
	 * field; the compiled one must not answer for the other, which runs its own fetcher.
	 */
	@Test
	void one_result_key_for_two_fields_under_two_aliases_of_a_parent_answers_each_field() {
		var both = graphQl.document("""
				{ node(id: "forum:strategisk-forum") { ... on Forum { members {
				    p1: person { m: memberships { role } } p2: person { m: history { seq } } } } } }""").execute();
		var memberships = graphQl.document("""
				{ node(id: "forum:strategisk-forum") { ... on Forum { members { person { memberships { role } } } } } }""")
				.execute().path("node.members[*].person.memberships").entityList(Object.class).get();
		var history = graphQl.document("""
				{ node(id: "forum:strategisk-forum") { ... on Forum { members { person { history { seq } } } } } }""")
				.execute().path("node.members[*].person.history").entityList(Object.class).get();
		assertThat(both.path("node.members[*].p1.m").entityList(Object.class).get()).isNotEmpty().isEqualTo(memberships);
		assertThat(both.path("node.members[*].p2.m").entityList(Object.class).get()).isEqualTo(history);
	}

	@Test
	void the_same_field_under_two_aliases_with_different_arguments_keeps_both_answers() {
		var response = graphQl.document("""
				{ node(id: "forum:hovedmed-sof") { ... on Forum {
				    all: members { person { id } } then: members(at: "2026-06-15") { person { id } } } } }""").execute();
		var all = response.path("node.all[*].person.id").entityList(String.class).get();
		var then = response.path("node.then[*].person.id").entityList(String.class).get();
		assertThat(all).containsAll(then);
		assertThat(then.size()).isLessThan(all.size());
	}

	@Test
	void reads_run_in_read_transactions_where_a_write_is_refused() {
		assertThatThrownBy(() -> reads.run(client -> client.query("CREATE (:ReadPathProbe)").run()))
				.hasMessageContaining("read");
		assertThat(neo4j.query("MATCH (n:ReadPathProbe) RETURN count(n) AS c").fetchAs(Long.class).one()).contains(0L);
	}

	/** Bolt RUN messages, counted by the driver's Micrometer observation. */
	private double statementsSent() {
		List<io.micrometer.core.instrument.Meter> runs = meters.getMeters().stream()
				.filter(m -> m.getId().getName().equals("neo4j.bolt.client.exchange.duration.summary.run")).toList();
		return runs.stream().flatMap(m -> StreamSupport.stream(m.measure().spliterator(), false))
				.mapToDouble(Measurement::getValue).sum();
	}
}
