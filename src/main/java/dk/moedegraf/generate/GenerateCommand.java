package dk.moedegraf.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import dk.moedegraf.graph.EmbeddedNeo4j;
import dk.moedegraf.graph.GraphOnly;
import dk.moedegraf.graph.GraphProperties;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar moedegraf.jar generate [--seed=N] [--scale=S] [--via-bolt] [--transactional] [--dry-run]}: writes
 * a synthetic Denmark ({@link Denmark}) into the configured Neo4j (embedded by default, or
 * {@code --spring.neo4j.uri=…}), prints counts and timing, and exits; no web server is started. A young embedded
 * database (seed graph and log only) is rewritten by Neo4j's bulk importer ({@link BulkImport}); any other
 * embedded one, or with {@code --transactional}, is written through Neo4j's Java API in transactions; with
 * {@code --via-bolt}, and an external one always, over Bolt. A database that already holds a generated graph is
 * refused (exit 1); usage errors exit 2.
 */
public final class GenerateCommand {

	private static final String USAGE = "usage: java -jar moedegraf.jar generate [--seed=N] [--scale=S] [--via-bolt] [--transactional] [--dry-run]";

	private GenerateCommand() {
	}

	/** What one generation wrote. */
	record Result(long seed, double scale, Fingerprint fingerprint, String hash, long millis, long cpuMillis) {

		String summary() {
			return String.format(Locale.ROOT, "%,d nodes %s, %,d relationships %s in %.1f s (process CPU %.1f s, "
					+ "load average %.1f); fingerprint %s", fingerprint.nodeCount(), fingerprint.nodes(),
					fingerprint.relationshipCount(), fingerprint.relationships(), millis / 1000.0, cpuMillis / 1000.0,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), hash);
		}
	}

	/** CPU time of this JVM (the embedded Neo4j included): on a shared machine, wall time alone says little. */
	private static long cpuMillis() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() / 1_000_000 : 0;
	}

	public static int run(String[] args) {
		long seed = 1;
		double scale = 1;
		boolean viaBolt = false;
		boolean dryRun = false;
		boolean transactional = false;
		try {
			for (String a : args) {
				if (a.startsWith("--seed=")) {
					seed = Long.parseLong(a.substring("--seed=".length()));
				}
				else if (a.startsWith("--scale=")) {
					scale = Double.parseDouble(a.substring("--scale=".length()));
				}
				else if (a.equals("--via-bolt")) {
					viaBolt = true;
				}
				else if (a.equals("--dry-run")) {
					dryRun = true;
				}
				else if (a.equals("--transactional")) {
					transactional = true;
				}
				else if (!a.startsWith("--")) {
					throw new IllegalArgumentException("unexpected argument " + a);
				}
			}
			new Denmark(seed, scale); // validates the scale
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage() + "\n" + USAGE);
			return 2;
		}
		PrintStream out = System.out;
		if (dryRun) {
			var fingerprint = Fingerprint.alone();
			long start = System.nanoTime();
			long cpu = cpuMillis();
			new Denmark(seed, scale).writeTo(fingerprint);
			out.println("Dry run (nothing written): " + new Result(seed, scale, fingerprint, fingerprint.hash(),
					(System.nanoTime() - start) / 1_000_000, cpuMillis() - cpu).summary());
			return 0;
		}
		String[] springArgs = Arrays.stream(args)
			.filter(a -> a.startsWith("--") && !a.startsWith("--seed=") && !a.startsWith("--scale=")
					&& !a.equals("--via-bolt") && !a.equals("--transactional"))
			.toArray(String[]::new);
		BulkImport.Snapshot young = null;
		Path home = null;
		String pageCache = null;
		try (ConfigurableApplicationContext context = start(springArgs)) {
			EmbeddedNeo4j embedded = context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable();
			if (embedded == null || viaBolt || transactional || !young(context.getBean(Driver.class))) {
				Result result = generate(context, seed, scale, viaBolt);
				out.println("Generated Denmark (seed " + seed + ", scale " + scale + "): " + result.summary());
				return 0;
			}
			refuseGenerated(context.getBean(Driver.class));
			young = BulkImport.Snapshot.of(embedded.database());
			home = embedded.dataDir();
			pageCache = context.getBean(GraphProperties.class).pageCache();
		}
		catch (AlreadyGeneratedException e) {
			System.err.println(e.getMessage());
			return 1;
		}
		// The database stops with the context above: the importer writes its store files. The schema is then
		// recreated on the database alone, without the app around it: nothing else needs the app.
		long start = System.nanoTime();
		long cpu = cpuMillis();
		Fingerprint fingerprint = BulkImport.run(home, young, seed, scale);
		long imported = System.nanoTime();
		long seedUsed = seed; // the lambda wants effectively final copies
		double scaleUsed = scale;
		BulkImport.finish(home, pageCache, young.schema(),
				() -> generatedInfo(seedUsed, scaleUsed, fingerprint, (System.nanoTime() - start) / 1_000_000));
		Result result = new Result(seed, scale, fingerprint, fingerprint.hash(), (System.nanoTime() - start) / 1_000_000,
				cpuMillis() - cpu);
		out.printf(Locale.ROOT, "Import %.1f s, schema and indexes %.1f s%n", (imported - start) / 1e9,
				(System.nanoTime() - imported) / 1e9);
		out.println("Generated Denmark (seed " + seed + ", scale " + scale + ", bulk import): " + result.summary());
		return 0;
	}

	/** The database alone ({@link GraphOnly}): generating needs its driver, not the app around it. */
	private static ConfigurableApplicationContext start(String[] springArgs) {
		return new SpringApplicationBuilder(GraphOnly.class).web(WebApplicationType.NONE).logStartupInfo(false).run(springArgs);
	}

	/** Small enough to be read out and imported again beside the generated graph (seed, log, migrations). */
	private static boolean young(Driver driver) {
		long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
		return nodes <= BulkImport.MAX_EXISTING_NODES;
	}

	/** Generates into the context's database; refuses a database that already holds a generated graph. */
	static Result generate(ApplicationContext context, long seed, double scale, boolean viaBolt) {
		return generate(context, seed, scale, viaBolt, false);
	}

	/** @param hashing also fingerprint every property (tests); counting alone is cheaper */
	static Result generate(ApplicationContext context, long seed, double scale, boolean viaBolt, boolean hashing) {
		Driver driver = context.getBean(Driver.class);
		refuseGenerated(driver);
		EmbeddedNeo4j embedded = context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable();
		long start = System.nanoTime();
		long cpu = cpuMillis();
		Fingerprint fingerprint;
		try (var sink = new Fingerprint(embedded != null && !viaBolt ? new EmbeddedSink(embedded.database())
				: new BoltSink(driver), hashing)) {
			fingerprint = sink;
			new Denmark(seed, scale).writeTo(sink);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		cpu = cpuMillis() - cpu;
		markGenerated(driver, seed, scale, fingerprint, millis);
		return new Result(seed, scale, fingerprint, fingerprint.hash(), millis, cpu);
	}

	private static void refuseGenerated(Driver driver) {
		var existing = driver.executableQuery("MATCH (s:SeedInfo {id: 'generated'}) RETURN s.seed AS seed, s.scale AS scale")
			.execute().records();
		if (!existing.isEmpty()) {
			throw new AlreadyGeneratedException("This database already holds a generated Denmark (seed "
					+ existing.get(0).get("seed") + ", scale " + existing.get(0).get("scale")
					+ "); generate into an empty one (moedegraf.graph.data-dir).");
		}
	}

	private static void markGenerated(Driver driver, long seed, double scale, Fingerprint fingerprint, long millis) {
		driver.executableQuery(MARK).withParameters(Map.of("info", generatedInfo(seed, scale, fingerprint, millis))).execute();
	}

	/** The node that says a database holds a generated graph (and refuses a second one). */
	static final String MARK = "CREATE (s:SeedInfo {id: 'generated'}) SET s += $info";

	static Map<String, Object> generatedInfo(long seed, double scale, Fingerprint fingerprint, long millis) {
		return Map.of("seed", seed, "scale", scale, "nodes", fingerprint.nodeCount(), "relationships",
				fingerprint.relationshipCount(), "millis", millis, "generatedAt", java.time.ZonedDateTime.now());
	}

	static final class AlreadyGeneratedException extends IllegalStateException {

		AlreadyGeneratedException(String message) {
			super(message);
		}
	}
}
