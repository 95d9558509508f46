package dk.moedegraf.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
			Extraction x = MinutesParser.parse(Files.readString(p, StandardCharsets.UTF_8), file);
			scores.add(x.isEmpty() ? CorpusQuality.score(file, g, null, "nothing recognisable")
					: CorpusQuality.score(file, g, asResponse(x), null));
		}
		String text = new CorpusQuality.Report(scores).text();
		System.out.println(text);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "corpus-parse.txt"), text);
	}

	/** The extraction shaped like the importDocument answer the scoring reads. */
	private static Map<String, Object> asResponse(Extraction x) {
		List<Object> meetings = new ArrayList<>();
		for (Extraction.MeetingX m : x.meetings()) {
			List<Object> attendance = new ArrayList<>();
			x.attendance().stream().filter(a -> a.meetingKey().equals(m.key())).forEach(a -> attendance.add(map(
					"status", a.status().name(), "person", person(x, a.person()), "representing", organisation(x, a.onBehalfOf()),
					"substituteFor", person(x, a.substituteFor()))));
			meetings.add(map("date", m.date() == null ? null : m.date().toString(), "location", m.location(), "attendance", attendance));
		}
		List<Object> forums = new ArrayList<>();
		for (Extraction.ForumX f : x.forums()) {
			List<Object> members = new ArrayList<>();
			x.memberships().stream().filter(ms -> ms.forum().equals(f.name()))
				.forEach(ms -> members.add(map("person", person(x, ms.person()), "representing", organisation(x, ms.onBehalfOf()))));
			forums.add(map("name", f.name(), "aliases", f.aliases(), "members", members));
		}
		return map("meetings", meetings, "forums", forums);
	}

	private static Map<String, Object> person(Extraction x, String name) {
		return name == null ? null : map("name", name, "aliases", x.people().stream().filter(p -> p.name().equals(name))
			.findFirst().map(Extraction.PersonX::aliases).orElse(List.of()));
	}

	private static Map<String, Object> organisation(Extraction x, String name) {
		return name == null ? null : map("name", name, "aliases", x.organisations().stream().filter(o -> o.name().equals(name))
			.findFirst().map(Extraction.OrgX::aliases).orElse(List.of()));
	}

	/** A map that holds nulls, as a JSON answer does. */
	private static Map<String, Object> map(Object... pairs) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], pairs[i + 1]);
		}
		return m;
	}
}
