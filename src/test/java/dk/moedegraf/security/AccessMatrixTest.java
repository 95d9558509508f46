package dk.moedegraf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.moedegraf.GraphTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Controller;
import org.springframework.util.ReflectionUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, over HTTP with real headers: anonymous, a wrong key, a key without a role, editor and admin,
 * against every mutation of the running schema (found there, so a new mutation is covered the day it is added)
 * and every endpoint. A refused call must change nothing: the graph's nodes and relationships are counted
 * before and after.
 */
class AccessMatrixTest extends GraphTest {

	enum Caller {
		ANONYMOUS(null), WRONG_KEY("not-a-configured-key"), NO_ROLE(NO_ROLE_KEY), EDITOR(EDITOR_KEY), ADMIN(ADMIN_KEY);

		final String key;

		Caller(String key) {
			this.key = key;
		}
	}

	/** An outcome: the HTTP status, and for GraphQL the error classification (null = no refusal). */
	record Outcome(int status, String classification) {

		static final Outcome ALLOWED = new Outcome(200, null);
		static final Outcome UNAUTHORIZED = new Outcome(200, "UNAUTHORIZED");
		static final Outcome FORBIDDEN = new Outcome(200, "FORBIDDEN");
		static final Outcome WRONG_KEY = new Outcome(401, "UNAUTHORIZED");
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String MINUTES = "Referat\nUdvalget for Adgangsprøver\nMødedato: den 6. november 2017 kl. 11:30\n"
			+ "Til stede:\nAnne Adgang (formand)\nBo Nøgle\n\nPunkt 1. Godkendelse af dagsorden\nBeslutning: Godkendt.";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	ApplicationContext context;

	@TestFactory
	Stream<DynamicTest> every_mutation_refuses_callers_without_its_role_and_changes_nothing() {
		List<GraphQLFieldDefinition> mutations = graphQlSource.schema().getMutationType().getFieldDefinitions();
		assertThat(mutations).extracting(GraphQLFieldDefinition::getName).contains("importDocument");
		Map<String, String> roles = requiredRoles();
		var tests = new ArrayList<DynamicTest>();
		for (GraphQLFieldDefinition field : mutations) {
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest(field.getName() + " × " + caller, () -> {
					String role = roles.get(field.getName());
					assertThat(role).as("Mutation." + field.getName()
							+ " needs @PreAuthorize(\"hasRole('EDITOR')\") or hasRole('ADMIN') on its controller method")
						.isIn(Roles.EDITOR, Roles.ADMIN);
					mutationRow(field, role, caller);
				}));
			}
		}
		return tests.stream();
	}

	private void mutationRow(GraphQLFieldDefinition field, String role, Caller caller) throws Exception {
		Outcome expected = switch (caller) {
			case ANONYMOUS -> Outcome.UNAUTHORIZED;
			case WRONG_KEY -> Outcome.WRONG_KEY;
			case NO_ROLE -> Outcome.FORBIDDEN;
			case EDITOR -> role.equals(Roles.ADMIN) ? Outcome.FORBIDDEN : Outcome.ALLOWED;
			case ADMIN -> Outcome.ALLOWED;
		};
		boolean dryRun = supportsDryRun(field);
		// A permitted call is only made where it can be a dry run: the matrix writes nothing of its own.
		assumeTrue(expected != Outcome.ALLOWED || dryRun, field.getName() + " has no dryRun; its own tests cover the permitted call");
		// refused callers ask for the real thing (dryRun false): the refusal, not the dry run, must keep the graph as it was
		var call = sampleCall(field, expected == Outcome.ALLOWED);
		long before = graphSize();

		var response = graphQl(caller, call.document(), call.variables());

		assertThat(response.status()).as("HTTP status").isEqualTo(expected.status());
		List<String> classifications = response.classifications();
		if (expected == Outcome.ALLOWED) {
			assertThat(classifications).as(response.body()).doesNotContain("UNAUTHORIZED", "FORBIDDEN");
		}
		else {
			assertThat(classifications).as(response.body()).containsExactly(expected.classification());
			assertThat(response.field(field.getName())).as("no answer for a refused call").isNull();
		}
		assertThat(graphSize()).as("nodes + relationships after the call").isEqualTo(before);
	}

	@TestFactory
	Stream<DynamicTest> every_endpoint_answers_each_caller_as_intended() {
		record Row(String what, Map<Caller, Integer> expected, Request request) {
		}
		String upload = "/api/import?title=Adgang&source=test-access/upload&dryRun=";
		var rows = List.of(
				new Row("POST /api/import", statuses(401, 401, 403, 200, 200),
						caller -> send(caller, "POST", upload + allowedUpload(caller), "text/plain", MINUTES)),
				new Row("GET /actuator/prometheus", statuses(401, 401, 403, 403, 200),
						caller -> send(caller, "GET", "/actuator/prometheus", null, null)),
				new Row("GET /actuator/metrics", statuses(401, 401, 403, 403, 200),
						caller -> send(caller, "GET", "/actuator/metrics", null, null)),
				new Row("GET /actuator/health", statuses(200, 401, 200, 200, 200),
						caller -> send(caller, "GET", "/actuator/health", null, null)),
				new Row("GraphQL query", statuses(200, 401, 200, 200, 200),
						caller -> graphQl(caller, "{ people(first: 1) { totalCount } }", Map.of())),
				new Row("GET /graphiql", statuses(200, 401, 200, 200, 200),
						caller -> send(caller, "GET", "/graphiql?path=/graphql", null, null)),
				// a static file that is not there: 404 for anyone, never a demand for credentials
				new Row("GET /no-such-asset.css", statuses(404, 401, 404, 404, 404),
						caller -> send(caller, "GET", "/no-such-asset.css", null, null)));
		var tests = new ArrayList<DynamicTest>();
		for (Row row : rows) {
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest(row.what() + " × " + caller, () -> {
					long before = graphSize();
					Response response = row.request().send(caller);
					assertThat(response.status()).as(response.body()).isEqualTo(row.expected().get(caller));
					if (response.status() == 401 || response.status() == 403) {
						assertThat(response.json().keySet()).as("a JSON refusal: " + response.body()).containsAnyOf("error", "errors");
					}
					if (row.what().equals("GraphQL query") && response.status() == 200) {
						assertThat(response.classifications()).isEmpty();
						assertThat(((Number) ((Map<?, ?>) response.field("people")).get("totalCount")).intValue()).isPositive();
					}
					assertThat(graphSize()).isEqualTo(before);
				}));
			}
		}
		return tests.stream();
	}

	@Test
	void the_upload_refuses_in_json_naming_what_is_missing() throws Exception {
		Response anonymous = send(Caller.ANONYMOUS, "POST", "/api/import?source=test-access/u", "text/plain", MINUTES);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat((String) anonymous.json().get("error")).contains("X-API-Key");

		Response noRole = send(Caller.NO_ROLE, "POST", "/api/import?source=test-access/u", "text/plain", MINUTES);
		assertThat(noRole.status()).isEqualTo(403);
		assertThat((String) noRole.json().get("error")).contains("role");
	}

	@Test
	void a_wrong_key_is_refused_even_for_a_read_and_says_so() throws Exception {
		Response response = graphQl(Caller.WRONG_KEY, "{ people(first: 1) { totalCount } }", Map.of());
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.classifications()).containsExactly("UNAUTHORIZED");
		assertThat(response.body()).contains("X-API-Key is not a valid key");
	}

	@Test
	void without_an_issuer_bearer_tokens_are_not_looked_at_and_grant_nothing() throws Exception {
		assertThat(context.getBeansOfType(JwtDecoder.class)).isEmpty();
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query",
					"mutation { importDocument(input: {title: \"t\", text: \"" + MINUTES.replace("\n", "\\n") + "\"}) { created } }"))))
			.build();
		long before = graphSize();
		Response response = new Response(http.send(request, HttpResponse.BodyHandlers.ofString()));
		assertThat(response.classifications()).containsExactly("UNAUTHORIZED");
		assertThat(graphSize()).isEqualTo(before);
	}

	// --- the mutations of the running schema, and the role their controller methods demand

	/** Mutation field → the role in its handler's {@code @PreAuthorize("hasRole('…')")}, or the expression as written. */
	private Map<String, String> requiredRoles() {
		var roles = new LinkedHashMap<String, String>();
		for (Object bean : context.getBeansWithAnnotation(Controller.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
				SchemaMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, SchemaMapping.class);
				if (mapping == null || !"Mutation".equals(mapping.typeName())) {
					continue;
				}
				String field = mapping.field().isEmpty() ? method.getName() : mapping.field();
				PreAuthorize guard = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
				String expression = guard != null ? guard.value() : "";
				var role = java.util.regex.Pattern.compile("hasRole\\('(\\w+)'\\)").matcher(expression);
				roles.put(field, role.matches() ? role.group(1) : expression);
			}
		}
		return roles;
	}

	private static boolean supportsDryRun(GraphQLFieldDefinition field) {
		return field.getArguments().stream().anyMatch(a -> a.getName().equals("dryRun")
				|| GraphQLTypeUtil.unwrapAll(a.getType()) instanceof GraphQLInputObjectType in && in.getField("dryRun") != null);
	}

	record Call(String document, Map<String, Object> variables) {
	}

	/** A well-formed call of the field: its required arguments filled with harmless values, dryRun as asked. */
	private static Call sampleCall(GraphQLFieldDefinition field, boolean dryRun) {
		var declarations = new ArrayList<String>();
		var arguments = new ArrayList<String>();
		var variables = new LinkedHashMap<String, Object>();
		for (GraphQLArgument a : field.getArguments()) {
			if (GraphQLTypeUtil.isNonNull(a.getType()) && !a.hasSetDefaultValue() || a.getName().equals("dryRun")) {
				declarations.add("$" + a.getName() + ": " + GraphQLTypeUtil.simplePrint(a.getType()));
				arguments.add(a.getName() + ": $" + a.getName());
				variables.put(a.getName(), sample(a.getType(), a.getName(), dryRun));
			}
		}
		String selection = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLCompositeType ? " { __typename }" : "";
		String document = "mutation" + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " { "
				+ field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + selection + " }";
		return new Call(document, variables);
	}

	private static Object sample(GraphQLInputType type, String name, boolean dryRun) {
		if (type instanceof GraphQLNonNull nonNull) {
			return sample((GraphQLInputType) nonNull.getWrappedType(), name, dryRun);
		}
		if (type instanceof GraphQLList list) {
			return List.of(sample((GraphQLInputType) list.getWrappedType(), name, dryRun));
		}
		if (type instanceof GraphQLEnumType e) {
			return e.getValues().get(0).getName();
		}
		if (type instanceof GraphQLInputObjectType input) {
			var value = new LinkedHashMap<String, Object>();
			for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
				if (GraphQLTypeUtil.isNonNull(f.getType()) && !f.hasSetDefaultValue() || f.getName().equals("dryRun")) {
					value.put(f.getName(), sample(f.getType(), f.getName(), dryRun));
				}
			}
			return value;
		}
		return switch (((GraphQLScalarType) type).getName()) {
			case "Boolean" -> name.equals("dryRun") && dryRun;
			case "Int" -> 1;
			case "Float" -> 1.0;
			case "ID" -> "person:test-access-matrix";
			case "Date" -> "2026-01-01";
			case "DateTime" -> "2026-01-01T10:00:00+01:00";
			default -> "test-access-matrix";
		};
	}

	// --- HTTP

	@FunctionalInterface
	interface Request {
		Response send(Caller caller) throws Exception;
	}

	private static Map<Caller, Integer> statuses(int anonymous, int wrongKey, int noRole, int editor, int admin) {
		return Map.of(Caller.ANONYMOUS, anonymous, Caller.WRONG_KEY, wrongKey, Caller.NO_ROLE, noRole, Caller.EDITOR,
				editor, Caller.ADMIN, admin);
	}

	/** Permitted uploads are dry runs (the matrix writes nothing); refused ones ask for the real import. */
	private static boolean allowedUpload(Caller caller) {
		return caller == Caller.EDITOR || caller == Caller.ADMIN;
	}

	private Response graphQl(Caller caller, String document, Map<String, Object> variables) throws Exception {
		return send(caller, "POST", "/graphql", "application/json",
				JSON.writeValueAsString(Map.of("query", document, "variables", variables)));
	}

	private Response send(Caller caller, String method, String path, String contentType, String body)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (caller.key != null) {
			request.header(API_KEY, caller.key);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
	}

	record Response(int status, String body) {

		Response(HttpResponse<String> response) {
			this(response.statusCode(), response.body());
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return body.isBlank() ? Map.of() : JSON.readValue(body, Map.class);
		}

		@SuppressWarnings("unchecked")
		List<String> classifications() {
			var errors = (List<Map<String, Object>>) json().getOrDefault("errors", List.of());
			return errors.stream()
				.map(e -> (Map<String, Object>) e.getOrDefault("extensions", Map.of()))
				.map(x -> String.valueOf(x.get("classification")))
				.toList();
		}

		Object field(String name) {
			Object data = json().get("data");
			return data instanceof Map<?, ?> map ? map.get(name) : null;
		}
	}

	private long graphSize() {
		return neo4j.query("MATCH (n) RETURN count(n) + COUNT { ()-[]->() } AS c").fetchAs(Long.class)
			.mappedBy((t, r) -> r.get("c").asLong()).one().orElseThrow();
	}
}
