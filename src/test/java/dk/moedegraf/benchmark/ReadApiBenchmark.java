package dk.moedegraf.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.Socket;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dk.moedegraf.GraphTest;
import dk.moedegraf.RawHttp;
import dk.moedegraf.search.Skeleton;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Statistic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API under load: each reference query as GraphQL over HTTP (a real client against the running server)
 * and as one hand-written Cypher statement returning the same data (checked equal before timing), each run by
 * {@code benchmark.clients} concurrent clients (8) for {@code benchmark.seconds} (10) after a warm-up. Reports
 * req/s, p50, p99, the Cypher statements one GraphQL request sends, and the ratios to hand Cypher; then the
 * keep-alive probe (a request written in one piece or in two, see ResponseFramingTest). Parameters (which forum,
 * which person) are picked from the graph by a deterministic query, so the same graph gives the same run.
 * <p>
 * Not part of {@code ./mvnw verify}: tagged {@code benchmark}; {@code ./mvnw -Pbenchmark test} runs it on the
 * embedded seed graph. On a generated Denmark (see README, "Benchmark"): {@code -Dbenchmark.data-dir=DIR}
 * (a directory the {@code generate} command wrote); against an external Neo4j: {@code -Dbenchmark.uri=bolt://…}
 * (with {@code -Dbenchmark.password=…}). {@code benchmark.only} runs the queries whose name contains it.
 */
@Tag("benchmark")
class ReadApiBenchmark extends GraphTest {

	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);
	private static final int WARMUP = Integer.getInteger("benchmark.warmup", 100);
	/** Seconds per way of all queries under load before the first is timed (see {@link #warmUp}). */
	private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup-seconds", 30);
	/** How long each way has the clients before the other takes its turn. */
	private static final int WINDOW_MS = Integer.getInteger("benchmark.window-ms", 1000);
	/** Only the queries whose name contains this (or one of its |-separated parts), e.g. "path|floor"; all when empty. */
	private static final String ONLY = System.getProperty("benchmark.only", "");
	/** With minutes (e.g. 10), the soak instead of the table: every query, round robin, for that long. */
	private static final int SOAK_MINUTES = Integer.getInteger("benchmark.soak-minutes", 0);

	private static final String TYPES = "MEMBER_OF|PARTICIPATED_IN|AFFILIATED_WITH|PART_OF|PARTICIPATES_IN|OF";

	private static boolean chosen(Reference ref) {
		return Arrays.stream(ONLY.split("\\|")).anyMatch(ref.name()::contains);
	}

	@DynamicPropertySource
	static void target(DynamicPropertyRegistry registry) {
		// the app as it ships: without the tests' switch to field-by-field completion (a header check per request)
		registry.add("moedegraf.test.field-by-field", () -> "false");
		String dir = System.getProperty("benchmark.data-dir");
		if (dir != null) {
			registry.add("moedegraf.graph.data-dir", () -> dir);
			registry.add("moedegraf.graph.page-cache", () -> System.getProperty("benchmark.page-cache", "1g"));
		}
		String uri = System.getProperty("benchmark.uri");
		if (uri != null) {
			registry.add("spring.neo4j.uri", () -> uri);
			registry.add("spring.neo4j.authentication.password", () -> System.getProperty("benchmark.password", ""));
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

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
	void readQueriesUnderLoad() throws Exception {
		assumeTrue(SOAK_MINUTES == 0, "a soak was asked for");
		var references = references().stream().filter(ReadApiBenchmark::chosen).toList();
		var out = new StringBuilder(header());
		var rows = new ArrayList<String[]>();
		var threadRows = new ArrayList<String[]>();
		var notes = new ArrayList<String>();
		var timed = new ArrayList<Reference>();
		for (Reference ref : references) {
			try {
				notes.add(ref.name() + ": " + verify(ref));
				timed.add(ref);
			}
			catch (AssertionError | RuntimeException e) {
				notes.add(ref.name() + ": NOT TIMED, " + e.getMessage().lines().findFirst().orElse(""));
			}
		}
		warmUp(timed);
		for (Reference ref : timed) {
			byte[] request = request(ref);
			var clients = ThreadLocal.withInitial(this::loadClient);
			Stats[] turns;
			try {
				for (int i = 0; i < WARMUP; i++) {
					clients.get().send(request);
					cypher(ref);
				}
				turns = takingTurns(SECONDS, () -> clients.get().send(request), () -> cypher(ref));
			}
			finally {
				closeLoadClients();
			}
			Stats httpStats = turns[0];
			Stats cypherStats = turns[1];
			rows.add(new String[] { ref.name(), Integer.toString(statements(ref)), httpStats.throughput(), httpStats.p50(),
					httpStats.p99(), cypherStats.throughput(), cypherStats.p50(), cypherStats.p99(),
					String.format(Locale.ROOT, "%.2f", httpStats.perSecond() / cypherStats.perSecond()),
					String.format(Locale.ROOT, "%.2f", (double) httpStats.p50Nanos() / cypherStats.p50Nanos()),
					httpStats.cpu(), cypherStats.cpu(),
					String.format(Locale.ROOT, "%.2f", cypherStats.cpuPerRequest() / httpStats.cpuPerRequest()) });
			var threadRow = new ArrayList<String>(List.of(ref.name()));
			for (int g = 0; g <= ThreadCpu.GROUPS.size(); g++) {
				threadRow.add(httpStats.cpuOf(g) + " / " + cypherStats.cpuOf(g));
			}
			threadRows.add(threadRow.toArray(String[]::new));
		}
		out.append(table(HEAD, rows));
		System.out.println(table(HEAD, rows));
		var threadHead = new ArrayList<String>(List.of("CPU ms per request, http / cypher"));
		ThreadCpu.GROUPS.forEach(g -> threadHead.add(g.getValue()));
		threadHead.add("not Java (GC, JIT)");
		out.append('\n').append(table(threadHead.toArray(String[]::new), threadRows));
		out.append("\nEquivalence (checked once per query, before timing):\n");
		notes.forEach(n -> out.append("  ").append(n).append('\n'));
		out.append("\nKeep-alive probe (one connection, 200 requests, client with Nagle on as most are):\n");
		out.append("  request in one write:  p50 ").append(probe(false)).append('\n');
		out.append("  request in two writes: p50 ").append(probe(true)).append('\n');
		out.append(String.format(Locale.ROOT, """

				%d concurrent clients, %d s per way after %d s per way of all queries under load and %d warm-up requests of the query, the
				two ways taking turns every %d ms (both meet the same machine); latencies in ms per request (client side).
				http = GraphQL over HTTP/1.1 (a raw kept-alive socket per client, as wrk or autocannon; status and
				data checked, answer not parsed); cypher = one hand-written statement via
				Driver.executableQuery, records materialised. stmts = Cypher statements one GraphQL request sends (driver RUN
				count); hand Cypher always sends 1. req/s ratio = http req/s / cypher req/s; p50 ratio = http p50 / cypher p50.
				cpu = CPU time of the whole JVM (clients, server, embedded database) per request, in ms; cpu ratio = cypher cpu /
				http cpu: what the req/s ratio comes to when the CPUs are the limit and nothing else runs. The second table
				splits that CPU by thread: Neo4j's Bolt workers (running the statement) and network threads, the driver's
				network threads, Tomcat's (HTTP, Spring, graphql-java, reading rows, JSON), the clients', other Java
				threads, and what the JVM used beyond its listed threads (GC, JIT).
				System load average at the end: %.2f.
				""", CLIENTS, SECONDS, WARMUP_SECONDS, WARMUP, WINDOW_MS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		String report = out.toString();
		System.out.println(report);
		Path file = Path.of("target", "benchmark.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	/**
	 * The soak: {@link #CLIENTS} clients send the reference queries round robin over HTTP for
	 * {@link #SOAK_MINUTES}; every answer must be free of errors, and every 25th equal to the answer checked
	 * against hand Cypher at the start. Every 30 s a line: requests, errors, p50/p99 of that window, heap in use
	 * after a full collection (what stays: it grows when something leaks), threads. Report in
	 * {@code target/soak.txt}.
	 */
	@Test
	void soak() throws Exception {
		assumeTrue(SOAK_MINUTES > 0, "no soak asked for (-Dbenchmark.soak-minutes=10)");
		var references = references().stream().filter(ReadApiBenchmark::chosen).toList();
		var expected = new java.util.HashMap<String, Object>();
		for (Reference ref : references) {
			verify(ref);
			expected.put(ref.name(), normalise(ref.graphQlAnswer().apply(overHttp(ref))));
		}
		var out = new StringBuilder(header()).append(String.format(Locale.ROOT,
				"Soak: %d clients, %d minutes, %d queries round robin over HTTP%n%n%8s %10s %8s %9s %9s %14s %8s%n", CLIENTS,
				SOAK_MINUTES, references.size(), "minute", "requests", "errors", "p50 ms", "p99 ms", "heap after GC", "threads"));
		var window = new ConcurrentLinkedQueue<Long>();
		var errors = new java.util.concurrent.atomic.AtomicLong();
		var total = new java.util.concurrent.atomic.AtomicLong();
		var firstError = new java.util.concurrent.atomic.AtomicReference<String>();
		long end = System.nanoTime() + SOAK_MINUTES * 60_000_000_000L;
		var pool = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			int offset = c;
			pool.execute(() -> {
				for (long i = offset; System.nanoTime() < end; i++) {
					Reference ref = references.get((int) (i % references.size()));
					long t0 = System.nanoTime();
					try {
						Object answer = ref.graphQlAnswer().apply(overHttp(ref));
						if (i % 25 == 0 && !normalise(answer).equals(expected.get(ref.name()))) {
							throw new IllegalStateException(ref.name() + ": the answer changed");
						}
					}
					catch (RuntimeException e) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, e.toString());
					}
					window.add(System.nanoTime() - t0);
					total.incrementAndGet();
				}
			});
		}
		pool.shutdown();
		var heaps = new ArrayList<Long>();
		long started = System.nanoTime();
		boolean finished;
		do {
			finished = pool.awaitTermination(30, TimeUnit.SECONDS);
			heaps.add(heapAfterGc());
			out.append(soakLine((System.nanoTime() - started) / 60e9, total.get(), errors.get(), window, heaps.get(heaps.size() - 1)));
		}
		while (!finished);
		int half = heaps.size() / 2;
		out.append(String.format(Locale.ROOT, "%n%d requests, %d errors%s; heap after GC: max of the first half %d MB, of the second half %d MB%n",
				total.get(), errors.get(), firstError.get() == null ? "" : " (first: " + firstError.get() + ")",
				heaps.subList(0, Math.max(1, half)).stream().mapToLong(Long::longValue).max().orElse(0) >> 20,
				heaps.subList(half, heaps.size()).stream().mapToLong(Long::longValue).max().orElse(0) >> 20));
		String report = out.toString();
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "soak.txt"), report, StandardCharsets.UTF_8);
		assertThat(errors.get()).as("errors during the soak").isZero();
	}

	private static String soakLine(double minute, long requests, long errors, ConcurrentLinkedQueue<Long> window, long heap) {
		var times = new ArrayList<Long>();
		for (Long t; (t = window.poll()) != null;) {
			times.add(t);
		}
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		double p50 = sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6;
		double p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)] / 1e6;
		return String.format(Locale.ROOT, "%8.1f %10d %8d %9.2f %9.2f %11d MB %8d%n", minute, requests, errors, p50, p99, heap >> 20,
				ManagementFactory.getThreadMXBean().getThreadCount());
	}

	/**
	 * Heap in use after a full collection: what the process really retains. (Heap after the last young
	 * collection saws up and down with the old generation's garbage and says nothing about a leak.)
	 */
	private static long heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * {@link #WARMUP_SECONDS} per way of every query, round robin, both ways taking turns with all clients, before
	 * any is timed. The server's own code (Tomcat, Spring, graphql-java) runs a few times per request, so HotSpot's C2
	 * compiles it only after some ten thousand requests; with a short warm-up the JIT compiler threads were still
	 * using ~15 % of the CPU during the first queries' timing, and the HTTP way was partly timed in its profiling
	 * (C1) code. Hand Cypher's per-request code, the driver's, is small and hot much sooner.
	 */
	private void warmUp(List<Reference> timed) throws InterruptedException {
		if (WARMUP_SECONDS <= 0 || timed.isEmpty()) {
			return;
		}
		List<byte[]> requests = timed.stream().map(this::request).toList();
		var next = new AtomicInteger();
		var clients = ThreadLocal.withInitial(this::loadClient);
		try {
			takingTurns(WARMUP_SECONDS, () -> clients.get().send(requests.get(Math.floorMod(next.getAndIncrement(), requests.size()))),
					() -> cypher(timed.get(Math.floorMod(next.getAndIncrement(), timed.size()))));
		}
		finally {
			closeLoadClients();
		}
	}

	/**
	 * {@link #CLIENTS} threads sending requests back to back, the two ways taking turns in windows of
	 * {@link #WINDOW_MS} until each has had {@code seconds}. Taking turns, both ways meet the same machine: on a
	 * shared machine whose speed drifted by up to 2× within minutes, timing one way after the other made their ratio
	 * follow the drift. A request counts for the way it was sent as; CPU and time for the window they fall in (a
	 * request in flight at a switch smears a few per cent across the two, alike for both).
	 */
	private Stats[] takingTurns(int seconds, Runnable http, Runnable cypher) throws InterruptedException {
		Runnable[] ways = { http, cypher };
		var current = new AtomicInteger();
		var stop = new AtomicBoolean();
		var failure = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
		var clientThreads = new AtomicInteger();
		var pool = Executors.newFixedThreadPool(CLIENTS, r -> new Thread(r, "benchmark-client-" + clientThreads.incrementAndGet()));
		List<ConcurrentLinkedQueue<long[]>> samples = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
		for (int c = 0; c < CLIENTS; c++) {
			pool.execute(() -> {
				long[][] mine = { new long[1 << 14], new long[1 << 14] };
				int[] n = new int[2];
				while (!stop.get()) {
					int way = current.get();
					long t0 = System.nanoTime();
					try {
						ways[way].run();
					}
					catch (RuntimeException ex) {
						// a client that failed would otherwise just stop, and the run report fewer clients than it says
						failure.compareAndSet(null, ex);
						stop.set(true);
						break;
					}
					if (n[way] == mine[way].length) {
						mine[way] = Arrays.copyOf(mine[way], n[way] * 2);
					}
					mine[way][n[way]++] = System.nanoTime() - t0;
				}
				for (int way = 0; way < 2; way++) {
					samples.get(way).add(Arrays.copyOf(mine[way], n[way]));
				}
			});
		}
		long[] elapsed = new long[2];
		long[] cpu = new long[2];
		long[][] byThread = new long[2][ThreadCpu.GROUPS.size()];
		var threads = new ThreadCpu();
		int windows = Math.max(1, seconds * 1000 / WINDOW_MS);
		try {
			for (int w = 0; w < 2 * windows && failure.get() == null; w++) {
				int way = w % 2;
				current.set(way);
				// the threads' window inside the process's, so that "not Java" (the difference) is never negative
				long cpu0 = processCpuNanos();
				Map<Long, Long> threads0 = threads.snapshot();
				long t0 = System.nanoTime();
				Thread.sleep(WINDOW_MS);
				elapsed[way] += System.nanoTime() - t0;
				threads.addSince(threads0, byThread[way]);
				cpu[way] += processCpuNanos() - cpu0;
			}
		}
		finally {
			stop.set(true);
			pool.shutdown();
		}
		if (!pool.awaitTermination(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("clients still busy 120 s after the run");
		}
		if (failure.get() != null) {
			throw new IllegalStateException("a client failed during the run", failure.get());
		}
		var stats = new Stats[2];
		for (int way = 0; way < 2; way++) {
			stats[way] = Stats.of(samples.get(way).stream().flatMapToLong(Arrays::stream).toArray(), elapsed[way], cpu[way],
					byThread[way]);
		}
		return stats;
	}

	/**
	 * CPU time of this JVM, which holds the clients, the server and the embedded database: per request, what a
	 * way costs the machine whatever else runs on it (req/s and latency depend on the load of the moment).
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * CPU time of this JVM's threads by group, from {@code ThreadMXBean}: where a way's CPU goes (the statement in
	 * Neo4j's Bolt workers, HTTP and GraphQL in Tomcat's, records in the driver's network threads). Threads the
	 * JVM does not list (GC, JIT compilers) are what the process used beyond them.
	 */
	static final class ThreadCpu {

		/** Group labels by the start of the thread's name (a regex), the first that matches; the last catches every other Java thread. */
		static final List<Map.Entry<String, String>> GROUPS = List.of(Map.entry("neo4j.BoltWorker", "Bolt worker"),
				Map.entry("neo4j.BoltNetworkIO", "Bolt network"), Map.entry("Neo4jDriverIO", "driver network"),
				Map.entry("http-nio-.*-exec", "Tomcat workers"), Map.entry("http-nio", "Tomcat poller"), Map.entry("benchmark-client", "clients"), Map.entry("", "other Java"));

		private static final List<java.util.regex.Pattern> STARTS = GROUPS.stream()
			.map(g -> java.util.regex.Pattern.compile(g.getKey())).toList();

		private final java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		private final Map<Long, Integer> groupOf = new java.util.HashMap<>();

		/** CPU nanoseconds so far of every live thread, by id. */
		Map<Long, Long> snapshot() {
			var cpu = new java.util.HashMap<Long, Long>();
			for (long id : mx.getAllThreadIds()) {
				long nanos = mx.getThreadCpuTime(id);
				if (nanos >= 0) {
					cpu.put(id, nanos);
				}
			}
			return cpu;
		}

		/** Adds each group's CPU since {@code before} (a thread born since counts from zero) to {@code into}. */
		void addSince(Map<Long, Long> before, long[] into) {
			snapshot().forEach((id, nanos) -> into[group(id)] += nanos - before.getOrDefault(id, 0L));
		}

		private int group(long id) {
			return groupOf.computeIfAbsent(id, i -> {
				var info = mx.getThreadInfo(i);
				String name = info == null ? "" : info.getThreadName();
				int g = 0;
				while (!STARTS.get(g).matcher(name).lookingAt()) {
					g++;
				}
				return g;
			});
		}
	}

	/** p50 of a request on one kept-alive connection, written in one piece or as headers then body. */
	private String probe(boolean twoWrites) throws IOException {
		byte[] body = json.writeValueAsBytes(Map.of("query", "{ node(id: \"meeting:hovedmed-sof-2026-04-24\") { id } }"));
		byte[] head = RawHttp.graphQlHead(body);
		byte[] whole = whole(body);
		int n = 200;
		// Tomcat closes a kept-alive connection after 100 requests (maxKeepAliveRequests): 50 per connection.
		int perConnection = 50;
		long[] t = new long[n];
		String framing = "";
		for (int c = 0; c < n / perConnection; c++) {
			try (var socket = new Socket("localhost", port)) {
				var out = socket.getOutputStream();
				var in = new BufferedInputStream(socket.getInputStream());
				for (int i = c * perConnection; i < (c + 1) * perConnection; i++) {
					long t0 = System.nanoTime();
					if (twoWrites) {
						out.write(head);
						out.flush();
						out.write(body);
					}
					else {
						out.write(whole);
					}
					out.flush();
					framing = readResponse(in);
					t[i] = System.nanoTime() - t0;
				}
			}
		}
		Arrays.sort(t);
		return String.format(Locale.ROOT, "%.3f ms, p99 %.3f ms (%s)", t[n / 2] / 1e6, t[n * 99 / 100] / 1e6, framing);
	}

	/** Reads one HTTP response; says how it was framed. */
	private static String readResponse(InputStream in) throws IOException {
		var headers = RawHttp.headers(in);
		if (!headers.containsKey("content-length") && !headers.containsKey("transfer-encoding")) {
			throw new IOException("no framing in the response: " + headers);
		}
		if (!"chunked".equals(headers.get("transfer-encoding"))) {
			in.readNBytes(Integer.parseInt(headers.get("content-length")));
			return "Content-Length";
		}
		for (int size = Integer.parseInt(RawHttp.line(in).trim(), 16); size > 0; size = Integer.parseInt(RawHttp.line(in).trim(), 16)) {
			in.readNBytes(size);
			RawHttp.line(in);
		}
		RawHttp.line(in);
		return "chunked";
	}

	// ---- the reference queries ----

	private List<Reference> references() throws ReflectiveOperationException {
		var list = new ArrayList<Reference>();
		// Each hand-written statement does what the API promises: its lists come in the order the schema states
		// (members by name then role, partners by what they share …), as a client relying on that order would need.
		// Answers are still compared as sets (ties may come back in either order).

		list.add(new Reference("1 who-sits-where",
				"""
						{ forums(first: 10) { edges { node { name members { role representing { name } person { name } } } } } }""",
				// "IS NOT NULL" lets the planner read the first ten from the name index instead of sorting every forum
				// (every generated forum has a name; the API's own statement does the same, with the nameless after)
				"""
						MATCH (f:Forum) WHERE f.name IS NOT NULL WITH f ORDER BY f.name, f.id LIMIT 10
						RETURN f { .name, members: COLLECT {
						  MATCH (f)<-[r:MEMBER_OF]-(p:Person)
						  OPTIONAL MATCH (o:Organisation {id: r.onBehalfOf})
						  WITH r, p, o ORDER BY p.name, r.role
						  RETURN { role: r.role, representing: o { .name }, person: p { .name } } } } AS node""",
				Map.of(),
				data -> list(at(data, "forums.edges")).stream().map(e -> at(e, "node")).toList(),
				records -> records.stream().map(r -> r.get("node").asObject()).toList(),
				answer -> {
					var forums = list(answer);
					long members = forums.stream().mapToLong(f -> list(at(f, "members")).size()).sum();
					return forums.size() + " forums, " + members + " members";
				}));

		list.add(new Reference("2 meeting+attendance",
				"""
						query($id: ID!) { node(id: $id) { ... on Meeting { title date
						  attendance { status role representing { name } person { name } } } } }""",
				"""
						MATCH (m:Meeting {id: $id})
						RETURN m { .title, .date, attendance: COLLECT {
						  MATCH (m)<-[r:PARTICIPATED_IN]-(p:Person)
						  OPTIONAL MATCH (o:Organisation {id: r.onBehalfOf})
						  WITH r, p, o ORDER BY CASE r.status WHEN 'PRESENT' THEN 0 WHEN 'GUEST' THEN 1 ELSE 2 END, p.name
						  RETURN { status: r.status, role: r.role, representing: o { .name }, person: p { .name } } } } AS node""",
				Map.of("id", pick("MATCH (m:Meeting)<-[r:PARTICIPATED_IN]-() WITH m, count(r) AS n ORDER BY n DESC, m.id LIMIT 1 RETURN m.id")),
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
		String surname = pick("MATCH (p:Person) WITH split(p.name, ' ')[-1] AS s, count(*) AS n ORDER BY n DESC, s LIMIT 1 RETURN s");
		for (String text : List.of(surname)) {
			searches.add(Map.of("text", text, "entity", entityQuery.invoke(null, Skeleton.tokens(text)),
					"body", textQuery.invoke(null, text)));
		}
		list.add(new Reference("3 search one surname",
				"""
						query($text: String!) { search(text: $text) { score node { __typename id } } }""",
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
				Map.of("searches", searches, "limit", 10, "text", surname),
				data -> Map.of(surname, ids(at(data, "search"))),
				records -> {
					var answer = new TreeMap<String, Object>();
					records.forEach(r -> answer.put(r.get("text").asString(), ids(r.get("ranked").asObject())));
					return answer;
				},
				answer -> {
					@SuppressWarnings("unchecked")
					var m = (Map<String, List<String>>) answer;
					return surname + ": " + m.get(surname).size() + " hit(s) (" + first(m.get(surname)) + " …)";
				}));

		String personA = pick("MATCH (p:Person)-[r:MEMBER_OF]->() WITH p, count(r) AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id");
		list.add(new Reference("4 person's forums -> other members",
				"""
						query($id: ID!) { node(id: $id) { ... on Person { memberships { forum { name members { person { name } } } } } } }""",
				"""
						MATCH (p:Person {id: $id})
						RETURN p { memberships: COLLECT { MATCH (p)-[r:MEMBER_OF]->(f:Forum) WITH r, f ORDER BY f.name, r.role
						  RETURN { forum: f { .name, members: COLLECT { MATCH (f)<-[s:MEMBER_OF]-(q:Person) WITH s, q ORDER BY q.name, s.role
						    RETURN { person: q { .name } } } } } } } AS node""",
				Map.of("id", personA),
				data -> at(data, "node"),
				records -> records.get(0).get("node").asObject(),
				answer -> list(at(answer, "memberships")).size() + " forums, " + list(at(answer, "memberships")).stream()
						.mapToLong(m -> list(at(m, "forum.members")).size()).sum() + " members"));

		String organisation = pick("MATCH (o:Organisation)-[r:PARTICIPATES_IN]->() WITH o, count(r) AS n ORDER BY n DESC, o.id LIMIT 1 RETURN o.id");
		list.add(new Reference("5 organisation's partners",
				"""
						query($id: ID!) { node(id: $id) { ... on Organisation { partners { organisation { id } via { id } } } } }""",
				"""
						MATCH (o:Organisation {id: $id})-[:PARTICIPATES_IN]->(x)<-[:PARTICIPATES_IN]-(p:Organisation)
						WHERE p <> o
						WITH DISTINCT p, x ORDER BY x.name, x
						WITH p, collect(x.id) AS via ORDER BY size(via) DESC, p.name, p.id
						RETURN collect({ organisation: { id: p.id }, via: [v IN via | { id: v }] }) AS partners""",
				Map.of("id", organisation),
				data -> at(data, "node.partners"),
				records -> records.get(0).get("partners").asObject(),
				answer -> list(answer).size() + " partners"));

		String forum = pick("MATCH (f:Forum)<-[r:MEMBER_OF]-() WITH f, count(r) AS n ORDER BY n DESC, f.id LIMIT 1 RETURN f.id");
		list.add(new Reference("8 members on a date",
				"""
						query($id: ID!) { node(id: $id) { ... on Forum { members(at: "2023-06-01") { role from to person { name } } } } }""",
				"""
						MATCH (f:Forum {id: $id})<-[r:MEMBER_OF]-(p:Person)
						WHERE (r.from IS NULL OR r.from <= date('2023-06-01')) AND (r.to IS NULL OR r.to >= date('2023-06-01'))
						WITH r, p ORDER BY p.name, r.role
						RETURN collect({ role: r.role, from: r.from, to: r.to, person: p { .name } }) AS members""",
				Map.of("id", forum),
				data -> at(data, "node.members"),
				records -> records.get(0).get("members").asObject(),
				answer -> list(answer).size() + " members on 2023-06-01"));

		String meetingForum = pick("MATCH (f:Forum)<-[:OF]-(m:Meeting) WITH f, count(m) AS n ORDER BY n DESC, f.id LIMIT 1 RETURN f.id");
		list.add(new Reference("9 paged list",
				"""
						query($id: ID!) { meetings(first: 20, filter: { forum: $id }) { totalCount edges { node { id title date } } } }""",
				"""
						MATCH (m:Meeting)-[:OF]->(:Forum {id: $id})
						WITH m ORDER BY m.date IS NULL, m.date DESC, m.id
						WITH collect(m) AS ms
						RETURN size(ms) AS total, [m IN ms[0..20] | m { .id, .title, .date }] AS page""",
				Map.of("id", meetingForum),
				data -> Map.of("total", ((Number) at(data, "meetings.totalCount")).longValue(),
						"page", list(at(data, "meetings.edges")).stream().map(e -> at(e, "node")).toList()),
				records -> Map.of("total", records.get(0).get("total").asLong(), "page", records.get(0).get("page").asObject()),
				answer -> at(answer, "total") + " meetings, first page of " + list(at(answer, "page")).size()));

		list.add(new Reference("6 path",
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

		list.add(new Reference("7 network depth 2",
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

		// Not a query of the issue: the floor of each way. A GraphQL request that reads nothing (HTTP, Spring, graphql-java,
		// JSON; no statement) against a statement that reads nothing (driver, Bolt). Its http CPU is what every query pays
		// on top of its statement; a query meets p50 <= 1.25 x hand Cypher only if its statement costs ~4 x this floor.
		list.add(new Reference("0 floor: nothing read",
				"{ __typename }",
				"RETURN $t AS t",
				Map.of("t", "Query"),
				data -> at(data, "__typename"),
				records -> records.get(0).get("t").asString(),
				answer -> "__typename " + answer));
		return list;
	}

	// ---- the two ways ----

	/** The one value a deterministic picking query returns (the same graph always gives the same pick). */
	private String pick(String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asString();
	}

	private Map<String, Object> overHttp(Reference ref) {
		try {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Accept", "application/graphql-response+json")
					.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", ref.graphQl(),
							"variables", ref.params()))))
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

	/** The whole HTTP request for a reference query, as a load generator keeps it: one write per request. */
	private byte[] request(Reference ref) {
		return whole(json.writeValueAsBytes(Map.of("query", ref.graphQl(), "variables", ref.params())));
	}

	/** A POST of {@code body} to /graphql, headers and body in one array. */
	private static byte[] whole(byte[] body) {
		byte[] head = RawHttp.graphQlHead(body);
		byte[] whole = Arrays.copyOf(head, head.length + body.length);
		System.arraycopy(body, 0, whole, head.length, body.length);
		return whole;
	}

	private final List<LoadClient> loadClients = new java.util.concurrent.CopyOnWriteArrayList<>();

	private LoadClient loadClient() {
		var client = new LoadClient(port);
		loadClients.add(client);
		return client;
	}

	private void closeLoadClients() {
		loadClients.forEach(LoadClient::close);
		loadClients.clear();
	}

	/**
	 * The timed HTTP client, doing what a load generator (wrk, autocannon) does: one kept-alive connection per
	 * client thread, the request written in one piece, the answer read off the socket and checked for status 200
	 * and a body that starts with data (graphql-java writes errors first), not parsed. The answer itself was
	 * compared with hand Cypher's before timing; parsing it again on every request took the two CPUs the server is
	 * measured on (java.net.http with the JSON parsed: 0.37 ms of client CPU a request on query 2, against hand
	 * Cypher's 0.14 ms for the driver's records).
	 */
	private static final class LoadClient {

		private static final byte[] DATA_FIRST = "{\"data\":".getBytes(StandardCharsets.US_ASCII);

		private final int port;

		private Socket socket;

		private BufferedInputStream in;

		LoadClient(int port) {
			this.port = port;
		}

		void send(byte[] request) {
			try {
				Map<String, String> headers = socket == null ? null : onKeptConnection(request);
				if (headers == null) {
					headers = exchange(request);
				}
				String length = headers.get("content-length");
				if (length == null) {
					throw new IllegalStateException("no Content-Length: " + headers);
				}
				int expected = Integer.parseInt(length);
				byte[] body = in.readNBytes(expected);
				if (body.length != expected) {
					throw new IllegalStateException("answer cut off after " + body.length + " of " + expected + " bytes");
				}
				if (!headers.get(":status").startsWith("HTTP/1.1 200")
						|| !Arrays.equals(body, 0, Math.min(body.length, DATA_FIRST.length), DATA_FIRST, 0, DATA_FIRST.length)) {
					throw new IllegalStateException(headers.get(":status") + " "
							+ new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
				}
				// Tomcat closes a kept-alive connection after maxKeepAliveRequests (100): the next request opens another
				if ("close".equalsIgnoreCase(headers.get("connection"))) {
					close();
				}
			}
			catch (IOException ex) {
				close();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The answer's headers on the connection kept from the last request; null when the server had closed it
		 * while it was idle (a failed write, or no answer), so that the request goes again on a new one.
		 */
		private Map<String, String> onKeptConnection(byte[] request) {
			try {
				var headers = exchange(request);
				if (!headers.get(":status").isEmpty()) {
					return headers;
				}
			}
			catch (IOException closed) {
				// as below
			}
			close();
			return null;
		}

		/** Writes the request, on a new connection when there is none, and reads the answer's headers. */
		private Map<String, String> exchange(byte[] request) throws IOException {
			if (socket == null) {
				socket = new Socket("localhost", port);
				socket.setTcpNoDelay(true);
				in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
			}
			socket.getOutputStream().write(request);
			return RawHttp.headers(in);
		}

		void close() {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// closing at the end of a run
				}
				socket = null;
			}
		}
	}

	private List<Record> cypher(Reference ref) {
		return driver.executableQuery(ref.cypher()).withParameters(ref.params()).execute().records();
	}

	// ---- equivalence and statement counts ----

	/** GraphQL and the hand-written Cypher give the same answer; says what it was. */
	private String verify(Reference ref) {
		Object answer = ref.graphQlAnswer().apply(overHttp(ref));
		Object http = normalise(answer);
		Object cypher = normalise(ref.cypherAnswer().apply(cypher(ref)));
		assertThat(cypher).as(ref.name() + ": hand-written Cypher = GraphQL").isEqualTo(http);
		return "same data both sides: " + ref.describe().apply(answer);
	}

	/** The Cypher statements one GraphQL request sends: Bolt RUN messages counted by the driver's observation. */
	private int statements(Reference ref) {
		double before = runs();
		overHttp(ref);
		return (int) Math.round(runs() - before);
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
				"Read API benchmark under load, %s%nJava %s, %d CPUs, system load average at start %.2f; %d clients%n%n",
				Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				os.getSystemLoadAverage(), CLIENTS);
	}

	private static final String[] HEAD = { "query", "stmts", "http req/s", "http p50", "http p99", "cypher req/s",
			"cypher p50", "cypher p99", "req/s ratio", "p50 ratio", "http cpu", "cypher cpu", "cpu ratio" };

	private static String table(String[] head, List<String[]> rows) {
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
	record Stats(long[] sorted, long elapsedNanos, long cpuNanos, long[] byThreadNanos) {

		static Stats of(long[] samples, long elapsedNanos, long cpuNanos, long[] byThreadNanos) {
			long[] sorted = samples.clone();
			Arrays.sort(sorted);
			return new Stats(sorted, elapsedNanos, cpuNanos, byThreadNanos);
		}

		/** CPU per request of thread group {@code g} of {@link ThreadCpu#GROUPS}, or of no Java thread (GC, JIT) past the last. */
		String cpuOf(int g) {
			long nanos = g < byThreadNanos.length ? byThreadNanos[g] : cpuNanos - Arrays.stream(byThreadNanos).sum();
			return ms(nanos / sorted.length);
		}

		double cpuPerRequest() {
			return (double) cpuNanos / sorted.length;
		}

		String cpu() {
			return ms((long) cpuPerRequest());
		}

		double perSecond() {
			return sorted.length * 1e9 / elapsedNanos;
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
			return String.format(Locale.ROOT, "%.0f", perSecond());
		}

		private static String ms(long nanos) {
			return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
		}
	}
}
