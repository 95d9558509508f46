package dk.moedegraf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import dk.moedegraf.GraphTest;
import dk.moedegraf.ReadmeExamples;
import org.junit.jupiter.api.Test;

/** The README's example queries work as pasted: no errors, and data in every answer (mutations with an editor's key). */
class ReadmeQueriesTest extends GraphTest {

	@Test
	void every_graphql_example_in_the_readme_answers_without_errors() throws IOException {
		List<String> queries = ReadmeExamples.all();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
		for (String q : queries) {
			(ReadmeExamples.isMutation(q) ? editor() : graphQl).document(q).execute().errors().verify()
					.path("").entity(java.util.Map.class)
					.satisfies(data -> assertThat(data.values()).as(q).allSatisfy(v -> assertThat(v).isNotNull()));
		}
	}
}
