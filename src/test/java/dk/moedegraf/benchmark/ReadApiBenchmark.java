package dk.moedegraf.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dk.moedegraf.GraphTest;
import dk.moedegraf.search.Skeleton;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Statistic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Five reference read queries, each three ways on the same embedded database: GraphQL over HTTP (a real
 * client against the running server), GraphQL in-process (ExecutionGraphQlService: no HTTP, no JSON), and
 * the equivalent hand-written Cypher (one statement returning the same data) through the Neo4j driver.
 * Single-threaded; the three ways are interleaved per iteration so that load from other processes hits them
 * alike. Reports, never asserts on speed: it only checks that both sides return the same data.
 * <p>
 * Not part of {@code ./mvnw verify}: tagged {@code benchmark}, which surefire excludes unless the
 * {@code benchmark} profile is active: {@code ./mvnw -Pbenchmark test}. Knobs (system properties):
 * {@code benchmark.warmup} (200), {@code benchmark.iterations} (1000), {@code benchmark.max-seconds} (60,
 * per query, measuring stops early when reached), {@code benchmark.only} (run only the queries whose name
 * contains it).
 */
@Tag("benchmark")
class ReadApiBenchmark extends GraphTest {

	private static final int WARMUP = Integer.getInteger("benchmark.warmup", 200);
	private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 1000);
	private static final long MAX_NANOS = Long.getLong("benchmark.max-seconds", 60) * 1_000_000_000L;
	/** Only the queries whose name contains this, e.g. "path"; all when empty. */
	private static final String ONLY = System.getProperty("benchmark.only", "");

	private static final String TYPES = "MEMBER_OF|PARTICIPATED_IN|AFFILIATED_WITH|PART_OF|PARTICIPATES_IN|OF";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	ExecutionGraphQlService graphQlService;

	@Autowired
	MeterRegistry meters;

	private final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/**
	 * A reference query: the GraphQL document, the hand-written Cypher, and for each side how to reach the
	 * answer as plain Java values (maps, lists, strings, numbers) so that the two can be compared.
	 */
	record Reference(String name, String graphQl, String cypher, Map<String, Object> params,
			Function<Map<String, Object>, Object> graphQlAnswer, Function<List<Record>, Object> cypherAnswer,
			Function<Object, String> describe) {
	}

	@Test
	void readQueries() throws Exception {
		var references = references().stream().filter(r -> r.name().contains(ONLY)).toList();
		var out = new StringBuilder();
		out.append(header());

		var rows = new ArrayList<String[]>();
		var notes = new ArrayList<String>();
		var breakdown = new ArrayList<String>();
		for (Reference ref : references) {
			notes.add(verify(ref));
			for (int i = 0; i < WARMUP; i++) {
				overHttp(ref);
				inProcess(ref);
				cypher(ref);
			}
			long[][] samples = new long[3][ITERATIONS];
			int n = 0;
			long start = System.nanoTime();
			while (n < ITERATIONS && System.nanoTime() - start < MAX_NANOS) {
				// Rotate which way goes first, so none always runs on a cache the other warmed.
				for (int k = 0; k < 3; k++) {
					int way = (n + k) % 3;
					long t0 = System.nanoTime();
					switch (way) {
						case 0 -> overHttp(ref);
						case 1 -> inProcess(ref);
						default -> cypher(ref);
					}
					samples[way][n] = System.nanoTime() - t0;
				}
				n++;
			}
			Stats httpStats = Stats.of(Arrays.copyOf(samples[0], n));
			Stats inProcessStats = Stats.of(Arrays.copyOf(samples[1], n));
			Stats cypherStats = Stats.of(Arrays.copyOf(samples[2], n));
			// Where the in-process time goes: how long each way holds Bolt connections per request (statements on
			// the wire and in the database), measured alone after the timed loop; the rest is GraphQL and mapping.
			double[] graphQlInDb = connectionUse(() -> inProcess(ref));
			double[] cypherInDb = connectionUse(() -> cypher(ref));
			breakdown.add(String.format(Locale.ROOT, "  %-20s in-proc %7.3f ms, connections in use %7.3f ms, rest %7.3f ms"
					+ "  |  cypher %7.3f ms, connection in use %7.3f ms, rest %7.3f ms", ref.name(),
					graphQlInDb[0], graphQlInDb[1], graphQlInDb[0] - graphQlInDb[1],
					cypherInDb[0], cypherInDb[1], cypherInDb[0] - cypherInDb[1]));
			rows.add(new String[] { ref.name(), Integer.toString(n), Integer.toString(statements(ref)),
					httpStats.p50(), httpStats.p99(), httpStats.throughput(),
					inProcessStats.p50(), inProcessStats.p99(), inProcessStats.throughput(),
					cypherStats.p50(), cypherStats.p99(), cypherStats.throughput(),
					ratio(httpStats, cypherStats), ratio(inProcessStats, cypherStats) });
		}

		out.append(table(rows));
		out.append("\nEquivalence (checked once per query, before timing):\n");
		for (int i = 0; i < references.size(); i++) {
			out.append("  ").append(references.get(i).name()).append(": ").append(notes.get(i)).append('\n');
		}
		out.append("\nWhere the time goes (200 requests of each way run alone, means). \"connections in use\" = driver metric\n"
				+ "db.client.connection.use.time, acquire to release: statements in the database and on the wire, plus the mapping of\n"
				+ "rows into records while they stream; rest = GraphQL engine, DataLoader dispatch, observations, sessions:\n");
		breakdown.forEach(line -> out.append(line).append('\n'));
		out.append("""

				Latencies in ms per request (client side, System.nanoTime), throughput = 1 / mean latency (single thread).
				http = GraphQL over HTTP/1.1 (java.net.http, JSON body, response parsed); in-proc = ExecutionGraphQlService
				(no HTTP, no JSON); cypher = one hand-written statement via Driver.executableQuery, records materialised.
				stmts = Cypher statements the GraphQL request sends (driver RUN count); the hand Cypher always sends 1.
				ratio = GraphQL p50 / Cypher p50 (target in issue 4: http <= 1.25).
				""");
		String report = out.toString();
		System.out.println(report);
		Path file = Path.of("target", "benchmark.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	// ---- the reference queries ----

	private List<Reference> references() throws ReflectiveOperationException {
		var list = new ArrayList<Reference>();

		list.add(new Reference("1 who-sits-where",
				"""
						{ forums(first: 20) { edges { node { name members { role representing { name }
						  person { name memberships { role representing { name } forum { name } } } } } } } }""",
				"""
						MATCH (f:Forum) WITH f ORDER BY f.name, f.id LIMIT 20
						RETURN f { .name, members: COLLECT {
						  MATCH (f)<-[r:MEMBER_OF]-(p:Person)
						  OPTIONAL MATCH (o:Organisation {id: r.onBehalfOf})
						  WITH r, p, o ORDER BY p.name, r.role
						  RETURN { role: r.role, representing: o { .name }, person: p { .name, memberships: COLLECT {
						    MATCH (p)-[r2:MEMBER_OF]->(f2:Forum)
						    OPTIONAL MATCH (o2:Organisation {id: r2.onBehalfOf})
						    WITH r2, f2, o2 ORDER BY f2.name, r2.role
						    RETURN { role: r2.role, representing: o2 { .name }, forum: f2 { .name } } } } } } } AS node""",
				Map.of(),
				data -> list(at(data, "forums.edges")).stream().map(e -> at(e, "node")).toList(),
				records -> records.stream().map(r -> r.get("node").asObject()).toList(),
				answer -> {
					var forums = list(answer);
					long members = forums.stream().mapToLong(f -> list(at(f, "members")).size()).sum();
					long memberships = forums.stream().flatMap(f -> list(at(f, "members")).stream())
							.mapToLong(m -> list(at(m, "person.memberships")).size()).sum();
					return forums.size() + " forums, " + members + " members, " + memberships + " memberships of those members";
				}));

		list.add(new Reference("2 meeting+attendance",
				"""
						{ node(id: "meeting:hovedmed-sof-2026-04-24") { ... on Meeting { title date
						  attendance { status role representing { name } person { name } } } } }""",
				"""
						MATCH (m:Meeting {id: $id})
						RETURN m { .title, .date, attendance: COLLECT {
						  MATCH (m)<-[r:PARTICIPATED_IN]-(p:Person)
						  OPTIONAL MATCH (o:Organisation {id: r.onBehalfOf})
						  WITH r, p, o ORDER BY CASE r.status WHEN 'PRESENT' THEN 0 WHEN 'GUEST' THEN 1 ELSE 2 END, p.name
						  RETURN { status: r.status, role: r.role, representing: o { .name }, person: p { .name } } } } AS node""",
				Map.of("id", "meeting:hovedmed-sof-2026-04-24"),
				data -> at(data, "node"),
				records -> records.get(0).get("node").asObject(),
				answer -> {
					var attendance = list(at(answer, "attendance"));
					var byStatus = new TreeMap<String, Integer>();
					attendance.forEach(a -> byStatus.merge((String) at(a, "status"), 1, Integer::sum));
					return attendance.size() + " attendees " + byStatus;
				}));

		// The GraphQL resolver turns the user's text into Lucene queries; the hand-written side gets the very same
		// strings (built once, outside the timing), so both ask the indexes the same question.
		Class<?> search = Class.forName("dk.moedegraf.search.SearchController");
		Method entityQuery = search.getDeclaredMethod("entityQuery", List.class);
		Method textQuery = search.getDeclaredMethod("textQuery", String.class);
		entityQuery.setAccessible(true);
		textQuery.setAccessible(true);
		var searches = new ArrayList<Map<String, Object>>();
		for (String text : List.of("Kobenhavn", "Medom")) {
			searches.add(Map.of("text", text, "entity", entityQuery.invoke(null, Skeleton.tokens(text)),
					"body", textQuery.invoke(null, text)));
		}
		list.add(new Reference("3 search x2",
				"""
						{ kobenhavn: search(text: "Kobenhavn") { score node { __typename id } }
						  medom: search(text: "Medom") { score node { __typename id } } }""",
				"""
						UNWIND $searches AS s
						CALL (s) {
						  CALL db.index.fulltext.queryNodes('entity_search', s.entity) YIELD node, score
						  WITH node, score ORDER BY score DESC, node.id LIMIT $limit
						  RETURN collect({ node: node, score: score }) AS hits
						}
						CALL (s, hits) {
						  CALL db.index.fulltext.queryNodes('document_text', s.body) YIELD node, score
						  WITH node, score ORDER BY score DESC LIMIT $limit
						  WITH node, score WHERE NOT node IN [h IN hits | h.node]
						  RETURN collect({ node: node, score: score / 2 }) AS docs
						}
						CALL (hits, docs) {
						  UNWIND hits + docs AS h
						  WITH h ORDER BY h.score DESC LIMIT $limit
						  RETURN collect({ score: h.score, node: { label: labels(h.node)[0], id: h.node.id } }) AS ranked
						}
						RETURN s.text AS text, ranked""",
				Map.of("searches", searches, "limit", 10),
				data -> Map.of("Kobenhavn", ids(at(data, "kobenhavn")), "Medom", ids(at(data, "medom"))),
				records -> {
					var answer = new TreeMap<String, Object>();
					records.forEach(r -> answer.put(r.get("text").asString(), ids(r.get("ranked").asObject())));
					return answer;
				},
				answer -> {
					@SuppressWarnings("unchecked")
					var m = (Map<String, List<String>>) answer;
					return "Kobenhavn: " + m.get("Kobenhavn").size() + " hit(s) (" + first(m.get("Kobenhavn")) + " …), Medom: "
							+ m.get("Medom").size() + " hit(s) (" + first(m.get("Medom")) + " …)";
				}));

		list.add(new Reference("4 path",
				"""
						{ path(from: "person:poul-erik-philipsen", to: "person:thomas-medom") { length
						  nodes { __typename id } edges { from to type label } } }""",
				"""
						MATCH (a:Person {id: $from}), (b:Person {id: $to})
						MATCH p = shortestPath((a)-[:%s*..6]-(b))
						RETURN length(p) AS length, [n IN nodes(p) | n.id] AS nodes,
						  [r IN relationships(p) | { from: startNode(r).id, to: endNode(r).id, type: type(r),
						    label: coalesce(r.role, r.title, r.status) }] AS edges""".formatted(TYPES),
				Map.of("from", "person:poul-erik-philipsen", "to", "person:thomas-medom"),
				data -> Map.of("length", ((Number) at(data, "path.length")).longValue(),
						"nodes", list(at(data, "path.nodes")).stream().map(n -> at(n, "id")).toList(),
						"edges", at(data, "path.edges")),
				records -> Map.of("length", records.get(0).get("length").asLong(),
						"nodes", records.get(0).get("nodes").asObject(), "edges", records.get(0).get("edges").asObject()),
				answer -> "length " + at(answer, "length") + ": " + String.join(" - ", list(at(answer, "nodes")).stream()
						.map(String::valueOf).toList())));

		list.add(new Reference("5 network depth 2",
				"""
						{ network(center: "forum:strategisk-forum", depth: 2) { nodes { __typename id }
						  edges { from to type label } } }""",
				"""
						MATCH (c:Forum {id: $center})
						CALL (c) { MATCH (c)-[:%1$s*1..2]-(n) WHERE n <> c RETURN DISTINCT n LIMIT 199 }
						WITH c, collect(n) AS others
						WITH [c] + others AS ns
						CALL (ns) {
						  UNWIND ns AS a MATCH (a)-[r:%1$s]->(b) WHERE b IN ns
						  RETURN collect({ from: a.id, to: b.id, type: type(r), label: coalesce(r.role, r.title, r.status) }) AS edges
						}
						RETURN [n IN ns | n.id] AS nodes, edges""".formatted(TYPES),
				Map.of("center", "forum:strategisk-forum"),
				data -> Map.of("nodes", list(at(data, "network.nodes")).stream().map(n -> at(n, "id")).toList(),
						"edges", at(data, "network.edges")),
				records -> Map.of("nodes", records.get(0).get("nodes").asObject(), "edges", records.get(0).get("edges").asObject()),
				answer -> list(at(answer, "nodes")).size() + " nodes, " + list(at(answer, "edges")).size() + " edges"));
		return list;
	}

	// ---- the three ways ----

	private Map<String, Object> overHttp(Reference ref) {
		try {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Accept", "application/graphql-response+json")
					.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", ref.graphQl()))))
					.build();
			var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			@SuppressWarnings("unchecked")
			Map<String, Object> body = json.readValue(response.body(), Map.class);
			if (response.statusCode() != 200 || body.get("errors") != null) {
				throw new IllegalStateException(ref.name() + ": HTTP " + response.statusCode() + " " + body.get("errors"));
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> data = (Map<String, Object>) body.get("data");
			return data;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> inProcess(Reference ref) {
		var response = graphQlService.execute(new DefaultExecutionGraphQlRequest(ref.graphQl(), null, null, null,
				Long.toString(System.nanoTime()), Locale.ROOT)).block();
		if (response == null || !response.isValid() || !response.getErrors().isEmpty()) {
			throw new IllegalStateException(ref.name() + ": " + (response == null ? "no response" : response.getErrors()));
		}
		return response.getData();
	}

	private List<Record> cypher(Reference ref) {
		return driver.executableQuery(ref.cypher()).withParameters(ref.params()).execute().records();
	}

	// ---- equivalence and statement counts ----

	/** Both GraphQL ways and the Cypher give the same answer; says what it was. */
	private String verify(Reference ref) {
		Object answer = ref.graphQlAnswer().apply(overHttp(ref));
		Object http = normalise(answer);
		Object inProc = normalise(ref.graphQlAnswer().apply(inProcess(ref)));
		Object cypher = normalise(ref.cypherAnswer().apply(cypher(ref)));
		assertThat(inProc).as(ref.name() + ": in-process GraphQL = GraphQL over HTTP").isEqualTo(http);
		assertThat(cypher).as(ref.name() + ": hand-written Cypher = GraphQL").isEqualTo(http);
		return "same data both sides: " + ref.describe().apply(answer);
	}

	/** The Cypher statements one GraphQL request sends: Bolt RUN messages counted by the driver's observation. */
	private int statements(Reference ref) {
		double before = runs();
		overHttp(ref);
		return (int) Math.round(runs() - before);
	}

	/** Over 200 requests run alone: mean latency and mean time the driver's connections were in use, in ms. */
	private double[] connectionUse(Runnable request) {
		int n = 200;
		double before = connectionUseSeconds();
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			request.run();
		}
		long elapsed = System.nanoTime() - start;
		return new double[] { elapsed / 1e6 / n, (connectionUseSeconds() - before) * 1000 / n };
	}

	private double connectionUseSeconds() {
		return meters.getMeters().stream()
				.filter(m -> m.getId().getName().equals("db.client.connection.use.time"))
				.flatMap(m -> java.util.stream.StreamSupport.stream(m.measure().spliterator(), false))
				.filter(ms -> ms.getStatistic() == Statistic.TOTAL_TIME)
				.mapToDouble(io.micrometer.core.instrument.Measurement::getValue).sum();
	}

	private double runs() {
		return meters.getMeters().stream()
				.filter(m -> m.getId().getName().startsWith("neo4j.bolt.client.exchange")
						&& m.getId().getName().endsWith(".run"))
				.flatMap(m -> java.util.stream.StreamSupport.stream(m.measure().spliterator(), false))
				.filter(ms -> ms.getStatistic() == Statistic.COUNT)
				.mapToDouble(io.micrometer.core.instrument.Measurement::getValue).sum();
	}

	/**
	 * JSON numbers and Cypher integers alike as longs (doubles stay doubles), dates as ISO strings, and lists
	 * sorted: ties in an ORDER BY may come back in either order, so membership counts, not position.
	 */
	private static Object normalise(Object value) {
		if (value instanceof Map<?, ?> map) {
			var result = new TreeMap<String, Object>();
			map.forEach((k, v) -> result.put(String.valueOf(k), normalise(v)));
			return result;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ReadApiBenchmark::normalise)
					.sorted(Comparator.comparing(String::valueOf)).toList();
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return ((Number) value).longValue();
		}
		if (value instanceof Double d) {
			// Lucene scores: the same float either way, but JSON round-trips it through text.
			return Math.round(d * 1e6) / 1e6;
		}
		if (value instanceof TemporalAccessor t) {
			return t.toString();
		}
		return value;
	}

	// ---- helpers ----

	private static Object at(Object root, String dotted) {
		Object v = root;
		for (String k : dotted.split("\\.")) {
			v = v instanceof Map<?, ?> m ? m.get(k) : null;
		}
		return v;
	}

	private static List<?> list(Object value) {
		return value == null ? List.of() : (List<?>) value;
	}

	/** Search hits as (score, id) pairs in rank order, typename or label left out. */
	private static List<String> ids(Object hits) {
		return list(hits).stream().map(h -> (String) at(h, "node.id")).toList();
	}

	private static String first(List<String> ids) {
		return ids.isEmpty() ? "none" : ids.get(0);
	}

	private static String ratio(Stats graphQl, Stats cypher) {
		return String.format(Locale.ROOT, "%.2f", (double) graphQl.p50Nanos() / cypher.p50Nanos());
	}

	private static String header() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		return String.format(Locale.ROOT,
				"Read API benchmark, %s%nJava %s, %d CPUs, system load average at start %.2f; warm-up %d, measured up to %d "
						+ "iterations (or %d s) per query, single-threaded, interleaved%n%n",
				Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				os.getSystemLoadAverage(), WARMUP, ITERATIONS, MAX_NANOS / 1_000_000_000L);
	}

	private static String table(List<String[]> rows) {
		String[] head = { "query", "n", "stmts", "http p50", "http p99", "http ops/s", "in-proc p50", "in-proc p99",
				"in-proc ops/s", "cypher p50", "cypher p99", "cypher ops/s", "http/cypher", "in-proc/cypher" };
		int[] width = new int[head.length];
		for (int i = 0; i < head.length; i++) {
			width[i] = head[i].length();
			for (String[] row : rows) {
				width[i] = Math.max(width[i], row[i].length());
			}
		}
		var sb = new StringBuilder();
		var all = new ArrayList<String[]>();
		all.add(head);
		all.addAll(rows);
		for (int r = 0; r < all.size(); r++) {
			var line = new StringBuilder();
			for (int i = 0; i < head.length; i++) {
				String cell = all.get(r)[i];
				line.append(i == 0 ? String.format("%-" + width[i] + "s", cell) : String.format("  %" + width[i] + "s", cell));
			}
			sb.append(line).append('\n');
			if (r == 0) {
				sb.append("-".repeat(line.length())).append('\n');
			}
		}
		return sb.toString();
	}

	/** Latency percentiles from the sorted samples (exact, no histogram needed at these counts). */
	record Stats(long[] sorted, double meanNanos) {

		static Stats of(long[] samples) {
			long[] sorted = samples.clone();
			Arrays.sort(sorted);
			return new Stats(sorted, Arrays.stream(sorted).average().orElse(Double.NaN));
		}

		long percentile(double p) {
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

		long p50Nanos() {
			return percentile(50);
		}

		String p50() {
			return ms(percentile(50));
		}

		String p99() {
			return ms(percentile(99));
		}

		String throughput() {
			return String.format(Locale.ROOT, "%.0f", 1e9 / meanNanos);
		}

		private static String ms(long nanos) {
			return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
		}
	}
}
