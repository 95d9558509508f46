package dk.moedegraf.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.test.context.TestPropertySource;

import dk.moedegraf.GraphTest;

/**
 * The importer's quality on real minutes it was not built on: {@link CorpusQuality}'s full report (per
 * document, per kind of fact, total, and the work list), then the import speed of the whole corpus into
 * one graph. Prints the report and writes it to {@code target/corpus-quality.txt}. Skipped without
 * {@code ../shared/corpus}.
 * <p>
 * Run: {@code ./mvnw -B -Pbenchmark test -Dtest=CorpusQualityBenchmark}
 */
@Tag("benchmark")
@TestPropertySource(properties = "moedegraf.graph.seed=never")
class CorpusQualityBenchmark extends GraphTest {

	@Autowired
	ExecutionGraphQlService graphQlService;

	@Test
	void reports_recall_and_precision_on_the_corpus_and_the_import_speed() throws IOException {
		assumeTrue(CorpusQuality.available(), "../shared/corpus absent");
		CorpusQuality.Report report = CorpusQuality.run(graphQlService, neo4j);
		CorpusQuality.Report together = CorpusQuality.run(graphQlService, neo4j, true);
		neo4j.query("MATCH (n) DETACH DELETE n").run();

		// speed: every document into ONE graph, in order; the second round matches what the first created
		List<Path> docs = CorpusQuality.documents();
		StringBuilder speed = new StringBuilder("\nimport speed (whole corpus into one graph, GraphQL in-process):\n");
		for (int round = 1; round <= 2; round++) {
			long t0 = System.nanoTime();
			int refused = 0;
			for (Path p : docs) {
				String file = p.getFileName().toString();
				if (CorpusQuality.importDocument(graphQlService, file, Files.readString(p, StandardCharsets.UTF_8)).error() != null) {
					refused++;
				}
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			speed.append(String.format("  round %d (%s): %d documents in %.2f s = %.1f documents/s (%d refused)%n", round,
					round == 1 ? "empty graph" : "same documents again", docs.size(), seconds, docs.size() / seconds, refused));
		}
		neo4j.query("MATCH (n) DETACH DELETE n").run();

		String text = report.text() + together.text() + speed;
		System.out.println(text);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "corpus-quality.txt"), text);
	}
}
