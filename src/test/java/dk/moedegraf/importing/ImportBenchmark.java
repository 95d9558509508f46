package dk.moedegraf.importing;

import dk.moedegraf.names.NameKeys;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dk.moedegraf.GraphTest;

/**
 * Import speed: the five seed documents, then the shared corpus, into ONE empty graph (documents per
 * second); then resolution against a big graph: 100,000 invented people are added (with their
 * resolution keys, as an import would write them) and a few documents are imported again, timed one
 * by one. Reports, never asserts on speed. Needs {@code ../shared}; skipped without it.
 * <p>
 * Run: {@code ./mvnw -B -Pbenchmark test -Dtest=ImportBenchmark} (knob: {@code benchmark.people}, 100000).
 */
@Tag("benchmark")
@TestPropertySource(properties = "moedegraf.graph.seed=never")
class ImportBenchmark extends GraphTest {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private static final Path CORPUS = Path.of("..", "shared", "corpus", "docs");

	private static final int PEOPLE = Integer.getInteger("benchmark.people", 100_000);

	@Autowired
	DocumentImporter importer;

	@Test
	void import_speed_into_one_graph_and_resolution_cost_in_a_big_graph() throws IOException {
		assumeTrue(Files.isDirectory(SEEDS) && Files.isDirectory(CORPUS), "../shared absent");
		neo4j.query("MATCH (n) DETACH DELETE n").run();
		List<Path> seeds = files(SEEDS);
		List<Path> corpus = files(CORPUS);
		StringBuilder report = new StringBuilder();
		report.append(line("seeds", importAll(seeds)));
		report.append(line("corpus", importAll(corpus)));

		addPeople(PEOPLE);
		long people = neo4j.query("MATCH (n:Person) RETURN count(n) AS c").fetchAs(Long.class).one().orElseThrow();
		List<Path> again = new ArrayList<>(seeds);
		again.addAll(corpus.subList(0, Math.min(5, corpus.size())));
		// the same documents once more: every name is resolved against the big graph again
		report.append(line("again with " + people + " people in the graph", importAll(again)));
		System.out.println("\n==== ImportBenchmark ====\n" + report);
	}

	private static String line(String what, long[] r) {
		String s = String.format(Locale.ROOT,
				"%-44s %3d documents (%d refused, %d crashed) in %6d ms = %6.2f documents/s, slowest %d ms%n", what, r[0], r[1],
				r[2], r[3], r[0] * 1000.0 / Math.max(1, r[3]), r[4]);
		System.out.print("ImportBenchmark: " + s);
		return s;
	}

	/** @return documents, refused, crashed, total ms, slowest ms */
	private long[] importAll(List<Path> files) throws IOException {
		long refused = 0;
		long crashed = 0;
		long slowest = 0;
		long start = System.nanoTime();
		for (Path p : files) {
			long t = System.nanoTime();
			try {
				importer.importDocument(new DocumentImporter.Request(p.getFileName().toString(),
						Files.readString(p, StandardCharsets.UTF_8), "benchmark/" + p.getFileName(), false));
			}
			catch (ImportRejectedException e) {
				refused++;
			}
			catch (RuntimeException e) {
				crashed++; // a parser crash is the parser's work list, not an import-speed figure
			}
			slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
		}
		long[] r = { files.size(), refused, crashed, (System.nanoTime() - start) / 1_000_000, slowest };
		return r;
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}

	/** Invented names, combined at random: many share a first name or a surname, as in a real population. */
	private void addPeople(int n) {
		String[] first = { "Anne", "Bent", "Camilla", "Dorte", "Erik", "Frida", "Gustav", "Hanne", "Ib", "Jonna", "Karl",
				"Lone", "Mads", "Nina", "Otto", "Pia", "Rasmus", "Sanne", "Torben", "Ulla", "Vagn", "Wenche", "Yrsa",
				"Aksel", "Birte", "Claus", "Ditte", "Eskild", "Gry", "Holger", "Inge", "Jesper", "Kirsten", "Lars", "Mette",
				"Niels", "Ole", "Pernille", "Rikke", "Søren" };
		String[] last = { "Abildgaard", "Bagger", "Christoffersen", "Dahl", "Enevoldsen", "Fogh", "Gregersen", "Hvidberg",
				"Iversen", "Juhl", "Krogsgaard", "Lauridsen", "Mogensen", "Nørgaard", "Overgaard", "Pallesen", "Quist",
				"Rosenkilde", "Skovbjerg", "Thygesen", "Ussing", "Vinther", "Wester", "Ærenlund", "Østergaard", "Aagaard",
				"Bundgaard", "Clausen", "Damgaard", "Elkjær", "Frost", "Gylling", "Hedegaard", "Isaksen", "Kjeldsen",
				"Lykke", "Munk", "Nyholm", "Odgaard", "Pedersen", "Riis", "Svendsen", "Toft", "Udsen", "Vestergaard" };
		Random random = new Random(42);
		for (int from = 0; from < n; from += 10_000) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = from; i < Math.min(n, from + 10_000); i++) {
				String name = first[random.nextInt(first.length)] + " "
						+ (random.nextInt(3) == 0 ? last[random.nextInt(last.length)] + " " : "")
						+ last[random.nextInt(last.length)];
				Map<String, Object> row = new HashMap<>();
				row.put("id", "person:bench-" + i);
				row.put("name", name);
				row.put("keys", NameKeys.person(List.of(name)));
				rows.add(row);
			}
			neo4j.query("UNWIND $rows AS row CREATE (p:Person {id: row.id, name: row.name, aliases: [row.name], keys: row.keys})")
				.bind(rows).to("rows").run();
		}
	}
}
