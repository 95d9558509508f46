package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How well {@link Reflow#repairCharacters} and {@link PersonNames#splitRunTogether} find the people of the real minutes in
 * {@code ../shared/corpus} (skipped without it): of the names the annotators list for a document (in any
 * role, mentioned ones too), the share found exactly (recall), and of the names found, the share the
 * annotators list (precision). It measures name finding only, not roles; the floors guard against a
 * lexicon change that loses names or reads words as names. Single first names ("Anne" alone) are not
 * looked for. Prints the figures and the misses.
 */
class NameFindingOnCorpusTest {

	private static final Path CORPUS = Path.of("..", "shared", "corpus");

	private static String norm(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ");
	}

	@Test
	void most_people_of_the_corpus_are_found_and_few_words_are_taken_for_names() throws IOException {
		assumeTrue(Files.isRegularFile(CORPUS.resolve("gold.json")), "../shared/corpus absent");
		JsonNode gold = JsonMapper.builder().build().readTree(CORPUS.resolve("gold.json").toFile());
		int listed = 0;
		int foundNames = 0;
		int hits = 0;
		StringBuilder misses = new StringBuilder();
		for (Map.Entry<String, JsonNode> doc : gold.properties()) {
			Path file = CORPUS.resolve("docs").resolve(doc.getKey());
			if (!Files.isRegularFile(file)) {
				continue;
			}
			Set<String> people = new HashSet<>();
			for (String role : new String[] { "present", "absent", "present_or_guest", "members", "not_present" }) {
				doc.getValue().path(role).forEach(n -> people.add(norm(n.asString())));
			}
			doc.getValue().path("members_representing").propertyNames().forEach(n -> people.add(norm(n)));
			doc.getValue().path("substitutes").properties().forEach(e -> {
				people.add(norm(e.getKey()));
				people.add(norm(e.getValue().asString()));
			});
			people.removeIf(p -> !p.contains(" ")); // one-word mentions are not looked for
			Set<String> found = new HashSet<>();
			for (String line : Reflow.repairCharacters(Files.readString(file)).split("\n")) {
				PersonNames.splitRunTogether(line).forEach(n -> found.add(norm(n)));
			}
			listed += people.size();
			foundNames += found.size();
			for (String p : people) {
				if (found.contains(p)) {
					hits++;
				}
				else {
					misses.append("  missed ").append(doc.getKey()).append(": ").append(p).append('\n');
				}
			}
		}
		double recall = (double) hits / listed;
		double precision = (double) hits / foundNames;
		System.out.printf("name finding on the corpus: %d listed, %d found, %d exact: recall %.3f, precision %.3f%n%s",
				listed, foundNames, hits, recall, precision, misses);
		assertThat(recall).isGreaterThanOrEqualTo(0.88);
		assertThat(precision).isGreaterThanOrEqualTo(0.95);
	}
}
