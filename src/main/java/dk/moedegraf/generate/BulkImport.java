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
import java.util.stream.Collectors;
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
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.io.ByteUnit;
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
 * The importer reads nodes, then relationships, once each: the generator runs once, beside the node pass, and
 * keeps its relationships packed for the relationship pass ({@link Generation}).
 */
final class BulkImport {

	/** A database holding more than this is not young: it gets the transactional sink instead. */
	static final long MAX_EXISTING_NODES = 100_000;

	private static final int CHUNK = RelationshipBuffer.CHUNK;
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
	 * @return the counts of the generated graph
	 */
	static Fingerprint run(Path home, Snapshot snapshot, long seed, double scale) {
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
		DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		delete(layout.databaseDirectory());
		delete(layout.getTransactionLogsDirectory());
		var groups = new Groups();
		Group group = groups.getOrCreate(null);
		var generation = new Generation(snapshot, new Denmark(seed, scale));
		InputIterable nodes = () -> generation.nodes(group);
		InputIterable relationships = () -> generation.relationships(group);
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
		return generation.counted;
	}

	/**
	 * Recreates the snapshot's schema on the imported store, waits until its indexes are online and marks the
	 * graph generated ({@code info}, asked for at the end). The schema statements go in one transaction:
	 * Neo4j then populates the plain indexes together in one scan (the uniqueness constraints it still builds one
	 * after another, ~24 s of ~77 s at scale 1).
	 */
	static void finish(Path home, String pageCache, List<String> schema, java.util.function.Supplier<Map<String, Object>> info) {
		var service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
				.setConfig(BoltConnector.enabled, false)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.build();
		try {
			var db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			// Indexes first: they populate in the background while the constraints, which build at commit one after
			// another, are created (~3 s less than one transaction for all at scale 1). Constraints created from
			// several threads at once waited on each other for good.
			var constraint = schema.stream().collect(Collectors.partitioningBy(s -> s.startsWith("CREATE CONSTRAINT")));
			for (var part : List.of(constraint.get(false), constraint.get(true))) {
				try (var tx = db.beginTx()) {
					for (String statement : part) {
						tx.execute(ifNotExists(statement)).close();
					}
					tx.commit();
				}
			}
			// Indexes populate in the background; the graph is ready when they are online.
			db.executeTransactionally("CALL db.awaitIndexes(3600)");
			db.executeTransactionally(GenerateCommand.MARK, Map.of("info", info.get()));
		}
		finally {
			service.shutdown();
		}
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

	/**
	 * The generator, run once: its nodes stream into the importer's node pass (a producer thread fills chunks of
	 * {@link #CHUNK} rows while the importer's threads take them), its relationships are packed into a
	 * {@link RelationshipBuffer} that the relationship pass reads when the nodes are done. Running it once per
	 * pass cost a whole second generation.
	 */
	private static final class Generation {

		private final Snapshot snapshot;
		private final Denmark denmark;
		private final RelationshipBuffer buffer = new RelationshipBuffer();
		private Thread producer;
		private volatile Throwable failure;
		private Fingerprint counted;

		Generation(Snapshot snapshot, Denmark denmark) {
			this.snapshot = snapshot;
			this.denmark = denmark;
		}

		synchronized InputIterator nodes(Group group) {
			if (producer != null) {
				throw new IllegalStateException("The importer read the nodes twice; the generator runs once");
			}
			var queue = new ArrayBlockingQueue<Object>(8);
			producer = new Thread(() -> {
				var chunk = new ArrayList<Row>(CHUNK);
				Consumer<Row> sink = row -> {
					chunk.add(row);
					if (chunk.size() == CHUNK) {
						put(queue, new ArrayList<>(chunk));
						chunk.clear();
					}
				};
				try {
					snapshot.nodes().forEach(sink);
					var fingerprint = new Fingerprint(new Split(sink, snapshot.ids(), buffer), false);
					denmark.writeTo(fingerprint);
					buffer.flush();
					counted = fingerprint;
					put(queue, chunk);
				}
				catch (Throwable t) {
					failure = t;
				}
				finally {
					put(queue, END);
				}
			}, "generate");
			producer.setDaemon(true);
			producer.start();
			return new Pass(group, new Next() {
				@Override
				public Object get() throws IOException {
					Object next = take(queue);
					if (next == END && failure != null) {
						throw new IOException("generating failed", failure);
					}
					return next == END ? null : next;
				}

				@Override
				public void close() {
					producer.interrupt();
				}
			});
		}

		/** The snapshot's relationships, then the generated ones; only once the generator is done. */
		synchronized InputIterator relationships(Group group) {
			try {
				producer.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			if (failure != null) {
				throw new IllegalStateException("generating failed", failure);
			}
			var chunks = new ArrayList<Object>(buffer.chunks().size() + 1);
			chunks.add(snapshot.relationships());
			chunks.addAll(buffer.chunks());
			var next = new java.util.concurrent.atomic.AtomicInteger();
			return new Pass(group, () -> {
				int i = next.getAndIncrement();
				return i < chunks.size() ? chunks.get(i) : null;
			});
		}

		private Chunk.Source source(Object chunk) {
			return chunk instanceof byte[] bytes ? new Packed(buffer.reader(bytes)) : new Rows((List<?>) chunk);
		}

		/** One pass over the input: chunks handed out whole to the importer's threads. */
		private final class Pass implements InputIterator {

			private final Group group;
			private final Next next;
			private boolean done;

			Pass(Group group, Next next) {
				this.group = group;
				this.next = next;
			}

			@Override
			public InputChunk newChunk() {
				return new Chunk(group);
			}

			@Override
			public synchronized boolean next(InputChunk chunk) throws IOException {
				if (done) {
					return false;
				}
				Object rows = next.get();
				if (rows == null) {
					done = true;
					return false;
				}
				((Chunk) chunk).source = source(rows);
				return true;
			}

			@Override
			public void close() {
				next.close();
			}
		}
	}

	/** The next chunk of a pass (a list of rows or packed relationships), null at the end. */
	private interface Next {

		Object get() throws IOException;

		/** The importer is done with the pass. */
		default void close() {
		}
	}

	private static void put(BlockingQueue<Object> queue, Object o) {
		try {
			queue.put(o);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static Object take(BlockingQueue<Object> queue) throws IOException {
		try {
			return queue.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	/** Generated nodes as rows (one the database already holds is not written again), relationships packed. */
	private record Split(Consumer<Row> nodes, Set<String> existing, RelationshipBuffer relationships) implements GraphSink {

		@Override
		public void node(String id, Map<String, Object> properties) {
			if (!existing.contains(id)) {
				var values = new HashMap<String, Object>(properties.size() + 1);
				properties.forEach((k, v) -> values.put(k, EmbeddedSink.value(v)));
				values.put("id", id);
				nodes.accept(new Row(id, new String[] { Label.of(id).name }, null, null, null, values));
			}
		}

		@Override
		public void relationship(String type, String from, String to, Map<String, Object> properties) {
			relationships.add(type, from, to, properties);
		}

		@Override
		public void close() {
		}
	}

	/** Rows of the snapshot or generated nodes. */
	private static final class Rows implements Chunk.Source {

		private final List<?> rows;
		private int position;

		Rows(List<?> rows) {
			this.rows = rows;
		}

		@Override
		public boolean next(InputEntityVisitor visitor, Group group) throws IOException {
			if (position >= rows.size()) {
				return false;
			}
			Row row = (Row) rows.get(position++);
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
	}

	/** Generated relationships, unpacked on the importer's thread. */
	private record Packed(RelationshipBuffer.Reader reader) implements Chunk.Source {

		@Override
		public boolean next(InputEntityVisitor visitor, Group group) throws IOException {
			if (!reader.next()) {
				return false;
			}
			visitor.startId(reader.from, group);
			visitor.endId(reader.to, group);
			visitor.type(reader.type);
			for (int i = 0; i < reader.keys.size(); i++) {
				visitor.property(reader.keys.get(i), reader.values.get(i));
			}
			visitor.endOfEntity();
			return true;
		}
	}

	private static final class Chunk implements InputChunk {

		/** Where a chunk's entities come from. */
		interface Source {

			boolean next(InputEntityVisitor visitor, Group group) throws IOException;
		}

		private final Group group;
		Source source;

		Chunk(Group group) {
			this.group = group;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			return source != null && source.next(visitor, group);
		}

		@Override
		public void close() {
		}
	}
}
