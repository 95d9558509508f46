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
import org.neo4j.driver.Driver;
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
			session.executeWriteWithoutResult(tx -> {
				statements.forEach(tx::run);
				// The seed writes names; it writes what search sees of them too, in the same transaction.
				SearchText.update(tx, ids(scripts));
				tx.run("MERGE (s:SeedInfo {id: 'seed'}) SET s.checksum = $checksum, s.loadedAt = datetime()",
						java.util.Map.of("checksum", checksum));
			});
			return statements.size();
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
