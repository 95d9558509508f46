package dk.moedegraf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** What the index sees of a name, and how a graph loaded by other means gets it. */
class SearchTextTest extends GraphTest {

	@Autowired
	Driver driver;

	@AfterEach
	void removeProbe() {
		neo4j.query("MATCH (n:Person {id: 'person:test-reindex-probe'}) DETACH DELETE n").run();
	}

	@Test
	void grams_frame_each_skeleton_word_and_a_query_needs_no_leading_wildcard() {
		assertThat(SearchText.grams("Søberg", List.of())).isEqualTo("gso sob obe ber ero rog");
		// the resolver's letter classes: l reads as i (OCR), nothing collapsed
		assertThat(SearchText.grams("Ole Kiil", List.of("OKJ"))).isEqualTo("goi oie ieg xxxx gki kii iii iig xxxx gok okj kjg");
		String query = SearchController.entityQuery(Skeleton.tokens("Kgbenhavn Medom"));
		assertThat(query).doesNotContain(":*", " *", "(*").contains("searchGrams:\"kob obe ben enh nha hav avn\"", "searchGrams:\"gme med edo dom\"^2");
	}

	@Test
	void a_node_written_without_search_text_is_found_after_a_reindex_and_not_before() {
		neo4j.query("CREATE (:Person {id: 'person:test-reindex-probe', name: 'Xylofon Kvædesen', aliases: []})").run();
		assertThat(hits("Kvaedesen")).isEmpty();

		assertThat(Reindex.reindex(driver)).isGreaterThanOrEqualTo(1);

		assertThat(hits("Kvaedesen")).containsExactly("person:test-reindex-probe");
		assertThat(hits("ylofo")).containsExactly("person:test-reindex-probe");
		assertThat(Reindex.reindex(driver)).as("nothing left to write").isZero();
	}

	private List<String> hits(String text) {
		return graphQl.document("{ search(text: \"" + text + "\", kinds: [PERSON]) { node { id } } }").execute()
				.path("search[*].node.id").entityList(String.class).get();
	}
}
