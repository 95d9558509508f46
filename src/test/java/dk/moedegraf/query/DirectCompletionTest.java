package dk.moedegraf.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.moedegraf.GraphTest;
import dk.moedegraf.ReadmeExamples;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Objects completed directly give, byte for byte, the answer graphql-java gives completing them field by field:
 * the same keys in the same order, values, nulls and errors.
 */
class DirectCompletionTest extends GraphTest {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Queries that reach what the walk must get right; the README's queries are added to them. */
	private static final List<String> QUERIES = List.of(
			// aliases, the same field twice with other arguments, __typename, fragments spread and inline
			"""
			query { f: node(id: "forum:hovedmed-sof") { __typename id ... on Forum { name
			    now: members(at: "2026-06-15") { who: person { name id } role to representing { name __typename } }
			    all: members { ...seat } meetings { date title startsAt attendance { status office person { name } } } } } }
			fragment seat on Membership { role from to person { __typename name aliases } }""",
			// enums, dates, nullable objects, a non-null list of non-null objects
			"""
			{ meetings(first: 5) { totalCount edges { cursor node { id title date location forum { name }
			    attendance { status role representing { name } substituteFor { name } person { name } } } } pageInfo { hasNextPage endCursor } } }""",
			// an interface list whose items are of several types, and a union of fragments
			"""
			{ node(id: "org:bupl") { ... on Organisation { name parent { name } children { name }
			    partners { organisation { id name } via { __typename id ... on Forum { name } ... on Initiative { name kind } } }
			    participations { role forum { name } initiative { name } } people { title person { name } } } } }""",
			// @skip and @include with variables
			"""
			query($yes: Boolean = true, $no: Boolean = false) { node(id: "person:thomas-medom") { ... on Person {
			    name @include(if: $yes) aliases @skip(if: $yes)
			    memberships @include(if: $no) { role }
			    affiliations @skip(if: $no) { title organisation { name } } } } }""",
			// a row's key and an extension field: fields with data fetchers of their own, below directly completed ones
			"""
			{ node(id: "forum:strategisk-forum") { ... on Forum { members { key role person { id probe } } } } }""",
			// a batch-loaded field (history: a DataLoader) beside walked objects, and beside one that falls back
			"""
			{ node(id: "person:thomas-medom") { ... on Person { name history { seq operation }
			    memberships { forum { name members { person { name } } } } attendance { key status meeting { title } } } } }""",
			// sources and their documents, initiatives from agenda items
			"""
			{ node(id: "meeting:buu-hovedmed-buf-2026-02-04") { ... on Meeting { title date sources { document { title } fromLine toLine excerpt }
			    agenda { number title decision initiatives { name kind discussedAt { title } organisations { organisation { name } } } } } } }""",
			// errors: a malformed id, and an unknown one beside a known one
			"""
			{ bad: node(id: "no such id") { id } none: node(id: "person:nobody-at-all") { id } some: node(id: "person:thomas-medom") { id } }""",
			"""
			{ nodes(ids: ["forum:strategisk-forum", "person:thomas-medom"]) { __typename id ... on Person { name } ... on Forum { name } } }""",
			"""
			{ search(text: "Kgbenhavn", first: 5) { score matched node { __typename id ... on Organisation { name children { name } } } } }""",
			// introspection: its objects are graphql-java's own, with their own data fetchers
			"""
			{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name isDeprecated
			    args { name defaultValue type { name kind ofType { name kind } } } type { name kind ofType { name kind } } } } } }""",
			"""
			{ __type(name: "Person") { name kind description interfaces { name } fields { name description } } }""");

	@Test
	void objects_completed_directly_answer_exactly_as_graphql_java_field_by_field() throws Exception {
		var queries = new ArrayList<>(QUERIES);
		ReadmeExamples.all().stream().filter(q -> !ReadmeExamples.isMutation(q)).forEach(queries::add);
		double before = objects("direct");
		for (String query : queries) {
			String direct = post(query, false);
			String fieldByField = post(query, true);
			assertThat(direct).as(query).isEqualTo(fieldByField);
			assertThat(direct).as(query).contains("\"data\":{");
		}
		assertThat(objects("direct") - before).as("objects completed directly").isGreaterThan(queries.size());
	}

	@Test
	void a_fully_compiled_query_leaves_no_object_to_graphql_java() throws Exception {
		String query = """
				{ node(id: "meeting:hovedmed-sof-2026-04-24") { ... on Meeting { title attendance { status person { name } } } } }""";
		post(query, false);
		double direct = objects("direct");
		double fieldByField = objects("field-by-field");
		post(query, false);
		assertThat(objects("direct") - direct).isEqualTo(1);
		assertThat(objects("field-by-field") - fieldByField).isZero();
	}

	@Test
	void a_null_where_the_schema_promises_a_value_is_the_same_error_either_way() throws Exception {
		neo4j.query("CREATE (:Person {id: 'person:direct-completion-nameless', aliases: []})").run();
		try {
			String query = """
					{ node(id: "person:direct-completion-nameless") { ... on Person { id name } } }""";
			String direct = post(query, false);
			assertThat(direct).isEqualTo(post(query, true)).contains("NullValueInNonNullableField").contains("\"node\":null");
		}
		finally {
			neo4j.query("MATCH (p:Person {id: 'person:direct-completion-nameless'}) DETACH DELETE p").run();
		}
	}

	private String post(String query, boolean fieldByField) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))));
		if (fieldByField) {
			request.header(FieldByFieldForTests.HEADER, "true");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private double objects(String completion) {
		return meters.get("moedegraf.graphql.objects").tag("completion", completion).functionCounter().count();
	}
}
