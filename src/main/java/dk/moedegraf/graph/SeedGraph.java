package dk.moedegraf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import dk.moedegraf.search.SearchText;
import dk.moedegraf.history.EditLog;
import dk.moedegraf.history.GraphState;
import dk.moedegraf.history.Tx;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The curated graph of the seed documents, kept as plain Cypher in {@code cypher/seed} (runnable with
 * cypher-shell too). Every statement MERGEs by id, so loading twice changes nothing; the checksum of the
 * files is kept in the database only to skip the work when nothing changed.
 */
final class SeedGraph {

	private SeedGraph() {
	}

	private static Logger log() {
		return LoggerFactory.getLogger(SeedGraph.class);
	}

	/**
	 * A graph that predates the edit log gets one first edit holding all of it, so that "before" values and
	 * a replay of the change feed start from what is there. It counts as the seed's when no imported
	 * document (one with its text) is in it, so a seed-only graph keeps taking new seed versions.
	 */
	static void baseline(Driver driver) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				Tx log = Tx.of(tx);
				EditLog.lock(log);
				if (!EditLog.isEmpty(log)) {
					return;
				}
				boolean seedOnly = tx.run("MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d LIMIT 1").list().isEmpty();
				EditLog.append(log, seedOnly ? EditLog.SEED : "baseline", "the graph as it was when the edit log began",
						"BASELINE", GraphState.all(log));
			});
		}
	}

	record Script(String name, String text) {
	}

	/** @return the number of statements run, or 0 when the database already holds this version of the seed */
	static int load(Driver driver, boolean onlyIfChanged) {
		List<Script> scripts = scripts();
		if (scripts.isEmpty()) {
			return 0;
		}
		String checksum = checksum(scripts);
		try (var session = driver.session()) {
			if (onlyIfChanged) {
				var stored = session.executeRead(tx -> tx.run("MATCH (s:SeedInfo {id: 'seed'}) RETURN s.checksum AS c")
						.list(r -> r.get("c").asString(null)));
				if (stored.contains(checksum)) {
					return 0;
				}
			}
			List<String> statements = scripts.stream().flatMap(s -> statements(s.text()).stream()).toList();
			// One transaction: a broken seed leaves the database as it was.
			return session.executeWrite(tx -> {
				Tx log = Tx.of(tx);
				EditLog.lock(log);
				// The seed MERGEs and SETs: over imports or curated edits it would overwrite them.
				if (EditLog.hasEditsBesidesSeed(log)) {
					log().warn("The seed graph changed, but the graph holds imports or curated edits: the seed is not loaded over them.");
					return 0;
				}
				for (String statement : statements) {
					var sent = SeedRows.of(statement);
					tx.run(sent.text(), sent.parameters());
				}
				// The seed writes names; it writes what search sees of them too, in the same transaction.
				SearchText.update(tx, ids(scripts));
				tx.run("MERGE (s:SeedInfo {id: 'seed'}) SET s.checksum = $checksum, s.loadedAt = datetime()",
						java.util.Map.of("checksum", checksum));
				EditLog.append(log, EditLog.SEED, "seed graph " + checksum.substring(0, 12), "SEED", GraphState.all(log));
				return statements.size();
			});
		}
	}

	private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("'([a-z]+:[^'\\s]+)'");

	/** The entity ids the seed names: every quoted {@code kind:slug}. */
	static java.util.Set<String> ids(List<Script> scripts) {
		var ids = new java.util.LinkedHashSet<String>();
		for (Script s : scripts) {
			ID.matcher(s.text()).results().forEach(m -> ids.add(m.group(1)));
		}
		return ids;
	}

	static List<Script> scripts() {
		var resolver = new PathMatchingResourcePatternResolver(SeedGraph.class.getClassLoader());
		try {
			Resource[] resources = resolver.getResources("classpath*:cypher/seed/*.cypher");
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			var scripts = new ArrayList<Script>();
			for (Resource r : resources) {
				scripts.add(new Script(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
			}
			return scripts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Splits a script on semicolons that end a line; comment lines ({@code //}) are dropped. */
	static List<String> statements(String script) {
		var statements = new ArrayList<String>();
		var current = new StringBuilder();
		for (String line : script.split("\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || (trimmed.isEmpty() && current.isEmpty())) {
				continue;
			}
			if (trimmed.endsWith(";")) {
				current.append(line, 0, line.lastIndexOf(';'));
				if (!current.toString().isBlank()) {
					statements.add(current.toString().strip());
				}
				current.setLength(0);
			}
			else {
				current.append(line).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

	private static String checksum(List<Script> scripts) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(SearchText.FORMAT.getBytes(StandardCharsets.UTF_8));
			for (Script s : scripts) {
				digest.update(s.name().getBytes(StandardCharsets.UTF_8));
				digest.update(s.text().getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
