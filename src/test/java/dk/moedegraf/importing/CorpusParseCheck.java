package dk.moedegraf.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The quick loop for parser work: scores what the parser reads from each {@code ../shared/corpus} document
 * ({@link MinutesParser#parse}, no database, no resolution) with {@link CorpusQuality}'s rules, in seconds
 * instead of minutes. It reads names as written, so it can differ a little from {@link CorpusQualityBenchmark}
 * (which resolves names and aliases in the graph); that one is the measure, this one the loop.
 * <p>
 * Run: {@code ./mvnw -B -Pbenchmark test -Dtest=CorpusParseCheck} (report in {@code target/corpus-parse.txt}),
 * or with {@code -Dcorpus.only=part-of-a-file-name} for one document.
 */
@Tag("benchmark")
class CorpusParseCheck {

	@Test
	@SuppressWarnings("unchecked")
	void scores_the_parser_alone_on_the_corpus() throws IOException {
		assumeTrue(CorpusQuality.available(), "../shared/corpus absent");
		Map<String, Object> gold = JsonMapper.builder().build().readValue(CorpusQuality.CORPUS.resolve("gold.json").toFile(), Map.class);
		String only = System.getProperty("corpus.only");
		List<CorpusQuality.DocumentScore> scores = new ArrayList<>();
		for (Path p : CorpusQuality.documents()) {
			String file = p.getFileName().toString();
			Map<String, Object> g = (Map<String, Object>) gold.get(file);
			if (g == null || only != null && !file.contains(only)) {
				continue;
			}
			scores.add(CorpusQuality.parseAndScore(file, g, Files.readString(p, StandardCharsets.UTF_8)));
		}
		String text = new CorpusQuality.Report(scores, false, Map.of()).text();
		System.out.println(text);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "corpus-parse.txt"), text);
	}
}
