package dk.moedegraf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The README's GraphQL examples (its {@code ```graphql} blocks), as tests paste them. */
public final class ReadmeExamples {

	private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private ReadmeExamples() {
	}

	public static List<String> all() throws IOException {
		var matcher = BLOCK.matcher(Files.readString(Path.of("README.md")));
		List<String> examples = new ArrayList<>();
		while (matcher.find()) {
			examples.add(matcher.group(1));
		}
		return examples;
	}

	public static boolean isMutation(String example) {
		return example.strip().startsWith("mutation");
	}
}
