package dk.moedegraf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tools (GraphiQL, Apollo, GraphQL Code Generator, Postman) read the schema with graphql-js's standard
 * introspection query ({@code getIntrospectionQuery()}, its exact text in graphql-test/introspection-query.graphql):
 * it must pass the limits, while deep data queries and introspection nested without end stay refused.
 */
class IntrospectionTest extends GraphTest {

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void the_standard_introspection_query_is_answered_over_http() throws Exception {
		String query = new ClassPathResource("graphql-test/introspection-query.graphql").getContentAsString(StandardCharsets.UTF_8);
		Map<String, Object> body = post(Map.of("query", query, "operationName", "IntrospectionQuery"));
		assertThat(body).doesNotContainKey("errors");
		@SuppressWarnings("unchecked")
		var types = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) body.get("data")).get("__schema")).get("types");
		assertThat(types).extracting(t -> t.get("name")).contains("Query", "Person", "Forum", "Meeting", "Membership");
	}

	@Test
	void introspection_nested_beyond_its_own_cap_is_refused() throws Exception {
		var deep = new StringBuilder("{ __type(name: \"Membership\") { fields { type ");
		for (int i = 0; i < 25; i++) {
			deep.append("{ ofType ");
		}
		deep.append("{ name }").append(" }".repeat(25)).append(" } } }");
		Map<String, Object> body = post(Map.of("query", deep.toString()));
		assertThat(String.valueOf(body.get("errors"))).contains("maximum introspection depth exceeded");
		assertThat(body.get("data")).isNull();
	}

	@Test
	void a_data_query_as_deep_as_the_introspection_query_is_still_refused() throws Exception {
		String deep = "{ node(id: \"forum:strategisk-forum\") { ... on Forum { members { person { memberships { forum { members "
				+ "{ person { memberships { forum { members { person { memberships { forum { name } } } } } } } } } } } } } } }";
		Map<String, Object> body = post(Map.of("query", deep));
		assertThat(String.valueOf(body.get("errors"))).contains("maximum query depth exceeded");
		// Sent again, the document comes parsed from the cache (ParsedDocuments): the limits still apply.
		assertThat(String.valueOf(post(Map.of("query", deep)).get("errors"))).contains("maximum query depth exceeded");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(Map<String, Object> request) throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
				HttpResponse.BodyHandlers.ofString());
		return json.readValue(response.body(), Map.class);
	}
}
