package dk.moedegraf.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * A generated Denmark into a young embedded database with Neo4j's own bulk importer (what
 * {@code neo4j-admin database import} runs): the store files are written directly, with no transactions, no
 * per-row index updates and no Cypher. Transactional writes spent most of a national load building and applying
 * commands; the importer does the same graph in a fraction of it.
 * <p>
 * The importer only writes a store from nothing, so what the database already holds — the seed graph, its edit
 * log, the migrations' chain, a few hundred nodes — is read out first ({@link Snapshot}) and imported again beside
 * the generated graph, and its schema (constraints, indexes) is recreated afterwards, which populates the indexes
 * in bulk too. Generated organisations, forums and initiatives whose id the database already holds join that node,
 * as {@link EmbeddedSink} does.
 * <p>
 * The importer reads nodes, then relationships, each possibly more than once: {@link Denmark} is deterministic,
 * so every pass generates afresh on its own thread instead of holding millions of rows in memory.
 */
final class BulkImport {

	/** A database holding more than this is not young: it gets the transactional sink instead. */
	static final long MAX_EXISTING_NODES = 100_000;

	private static final int CHUNK = 10_000;
	private static final Object END = new Object();

	private BulkImport() {
	}

	/** One node or relationship of the existing graph, with the importer's id of each end. */
	record Row(String id, String[] labels, String type, String from, String to, Map<String, Object> properties) {
	}

	/** What the database held before: its nodes and relationships, and the statements that recreate its schema. */
	record Snapshot(List<Row> nodes, List<Row> relationships, Set<String> ids, List<String> schema) {

		/** Reads it all through the Java API (small by {@link #MAX_EXISTING_NODES}), and the schema through Cypher. */
		@SuppressWarnings("deprecation") // element ids name nodes without an id property, within this load only
		static Snapshot of(GraphDatabaseService db) {
			var nodes = new ArrayList<Row>();
			var relationships = new ArrayList<Row>();
			var importIds = new HashMap<String, String>();
			var ids = new HashSet<String>();
			var schema = new ArrayList<String>();
			try (var tx = db.beginTx()) {
				for (var node : tx.getAllNodes()) {
					var labels = new ArrayList<String>();
					node.getLabels().forEach(l -> labels.add(l.name()));
					Object id = node.getProperty("id", null);
					// Entities keep their id as the importer's id, so generated relationships find them.
					String importId = id instanceof String s && labels.stream().anyMatch(BulkImport::generated)
							? s : "~" + node.getElementId();
					importIds.put(node.getElementId(), importId);
					if (!importId.startsWith("~")) {
						ids.add(importId);
					}
					nodes.add(new Row(importId, labels.toArray(String[]::new), null, null, null, node.getAllProperties()));
				}
				for (var r : tx.getAllRelationships()) {
					relationships.add(new Row(null, null, r.getType().name(), importIds.get(r.getStartNode().getElementId()),
							importIds.get(r.getEndNode().getElementId()), r.getAllProperties()));
				}
				tx.execute("SHOW CONSTRAINTS YIELD createStatement").forEachRemaining(m -> schema.add((String) m.get("createStatement")));
				tx.execute("SHOW INDEXES YIELD owningConstraint, createStatement WHERE owningConstraint IS NULL")
					.forEachRemaining(m -> schema.add((String) m.get("createStatement")));
				tx.commit();
			}
			return new Snapshot(nodes, relationships, ids, schema);
		}
	}

	private static boolean generated(String label) {
		return Stream.of(GraphSink.Label.values()).anyMatch(l -> l.name.equals(label));
	}

	private static final Pattern CREATE = Pattern.compile("^(CREATE (?:CONSTRAINT|[A-Z]+ INDEX|INDEX) `[^`]+`)");

	/** The schema statement, idempotent (the importer builds the token lookup indexes itself). */
	static String ifNotExists(String createStatement) {
		return CREATE.matcher(createStatement).replaceFirst("$1 IF NOT EXISTS");
	}

	/**
	 * Replaces the database {@code neo4j} under {@code home} (stopped) with the snapshot plus the generated graph.
	 *
	 * @return the counts of the generated graph (of its last pass)
	 */
	static Fingerprint run(Path home, Snapshot snapshot, long seed, double scale) {
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
		DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		delete(layout.databaseDirectory());
		delete(layout.getTransactionLogsDirectory());
		var groups = new Groups();
		Group group = groups.getOrCreate(null);
		var counted = new Fingerprint[2];
		InputIterable nodes = () -> new Pass(group, sink -> {
			snapshot.nodes().forEach(sink);
			var fingerprint = new Fingerprint(new NodesOnly(sink, snapshot.ids()), false);
			new Denmark(seed, scale).writeTo(fingerprint);
			counted[0] = fingerprint;
		});
		InputIterable relationships = () -> new Pass(group, sink -> {
			snapshot.relationships().forEach(sink);
			var fingerprint = new Fingerprint(new RelationshipsOnly(sink), false);
			new Denmark(seed, scale).writeTo(fingerprint);
			counted[1] = fingerprint;
		});
		long n = (long) (1_400_000 * scale) + snapshot.nodes().size();
		long r = (long) (5_400_000 * scale) + snapshot.relationships().size();
		var estimates = Input.knownEstimates(n, r, n * 6, r * 2, n * 150, r * 40, n);
		var fs = new DefaultFileSystemAbstraction();
		try (var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
			var engine = StorageEngineFactory.selectStorageEngine(config);
			var importer = engine.batchImporter(layout, fs, PageCacheTracer.NULL, Configuration.DEFAULT,
					NullLogService.getInstance(), System.out, false, DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR,
					scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
					new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
			importer.doImport(Input.input(nodes, relationships, IdType.STRING, estimates, groups));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (Exception e) {
			throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
		}
		return merge(counted[0], counted[1]);
	}

	/** Node counts from the node pass, relationship counts from the relationship pass. */
	private static Fingerprint merge(Fingerprint nodes, Fingerprint relationships) {
		var both = new Fingerprint(null, false);
		both.nodes().putAll(nodes.nodes());
		both.relationships().putAll(relationships.relationships());
		return both;
	}

	private static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Generated nodes as rows; one the database already holds is not written again. */
	private record NodesOnly(Consumer<Row> sink, Set<String> existing) implements GraphSink {

		@Override
		public void node(String id, Map<String, Object> properties) {
			if (!existing.contains(id)) {
				var values = new HashMap<String, Object>(properties.size() + 1);
				properties.forEach((k, v) -> values.put(k, EmbeddedSink.value(v)));
				values.put("id", id);
				sink.accept(new Row(id, new String[] { Label.of(id).name }, null, null, null, values));
			}
		}

		@Override
		public void relationship(String type, String from, String to, Map<String, Object> properties) {
		}

		@Override
		public void close() {
		}
	}

	private record RelationshipsOnly(Consumer<Row> sink) implements GraphSink {

		@Override
		public void node(String id, Map<String, Object> properties) {
		}

		@Override
		public void relationship(String type, String from, String to, Map<String, Object> properties) {
			var values = new HashMap<String, Object>(properties.size());
			properties.forEach((k, v) -> values.put(k, EmbeddedSink.value(v)));
			sink.accept(new Row(null, null, type, from, to, values));
		}

		@Override
		public void close() {
		}
	}

	/**
	 * One pass over the input: a producer thread generates rows into chunks of {@link #CHUNK}, the importer's
	 * threads take whole chunks.
	 */
	private static final class Pass implements InputIterator {

		private final Group group;
		private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
		private final Thread producer;
		private volatile Throwable failure;
		private boolean done;

		Pass(Group group, Consumer<Consumer<Row>> generate) {
			this.group = group;
			this.producer = new Thread(() -> {
				var chunk = new ArrayList<Row>(CHUNK);
				try {
					generate.accept(row -> {
						chunk.add(row);
						if (chunk.size() == CHUNK) {
							put(new ArrayList<>(chunk));
							chunk.clear();
						}
					});
					put(chunk);
				}
				catch (Throwable t) {
					failure = t;
				}
				finally {
					put(END);
				}
			}, "generate-pass");
			producer.setDaemon(true);
			producer.start();
		}

		private void put(Object o) {
			try {
				queue.put(o);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

		@Override
		public InputChunk newChunk() {
			return new Chunk(group);
		}

		@Override
		@SuppressWarnings("unchecked")
		public synchronized boolean next(InputChunk chunk) throws IOException {
			if (done) {
				return false;
			}
			Object next;
			try {
				next = queue.take();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(e);
			}
			if (next == END) {
				done = true;
				if (failure != null) {
					throw new IOException("generating failed", failure);
				}
				return false;
			}
			((Chunk) chunk).rows = (List<Row>) next;
			((Chunk) chunk).position = 0;
			return true;
		}

		@Override
		public void close() {
			producer.interrupt();
		}
	}

	private static final class Chunk implements InputChunk {

		private final Group group;
		List<Row> rows = List.of();
		int position;

		Chunk(Group group) {
			this.group = group;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			if (position >= rows.size()) {
				return false;
			}
			Row row = rows.get(position++);
			if (row.type() == null) {
				visitor.id(row.id(), group);
				visitor.labels(row.labels());
			}
			else {
				visitor.startId(row.from(), group);
				visitor.endId(row.to(), group);
				visitor.type(row.type());
			}
			for (var p : row.properties().entrySet()) {
				visitor.property(p.getKey(), p.getValue());
			}
			visitor.endOfEntity();
			return true;
		}

		@Override
		public void close() {
		}
	}
}
