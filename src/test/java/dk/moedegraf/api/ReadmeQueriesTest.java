package dk.moedegraf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.Test;

/** The README's example queries work as pasted: no errors, and data in every answer (mutations with an editor's key). */
class ReadmeQueriesTest extends GraphTest {

	@Test
	void every_graphql_example_in_the_readme_answers_without_errors() throws IOException {
		var matcher = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
		List<String> queries = new ArrayList<>();
		while (matcher.find()) {
			queries.add(matcher.group(1));
		}
		assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
		for (String q : queries) {
			(q.strip().startsWith("mutation") ? editor() : graphQl).document(q).execute().errors().verify()
					.path("").entity(java.util.Map.class)
					.satisfies(data -> assertThat(data.values()).as(q).allSatisfy(v -> assertThat(v).isNotNull()));
		}
	}
}
