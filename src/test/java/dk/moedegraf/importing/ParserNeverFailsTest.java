package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever text comes, the parser reads what it can and never fails: an exception is a document refused with an
 * internal error, every fact in it lost. Real minutes cut, wrapped, flattened and thinned in ways PDF-to-text and
 * copy-paste produce: the minutes of the test resources always, those of {@code ../shared/corpus} when present.
 */
class ParserNeverFailsTest {

	static Stream<String> documents() throws IOException {
		List<String> names = new ArrayList<>(List.of("byraadsudvalg.txt", "hmu-tabel.txt", "mail-og-arbejdsgruppe.txt",
				"oekonomiudvalg-referat.txt", "regionsraad-beslutningsprotokol.txt", "samarbejdsfora-oversigt.txt",
				"udvalg-beslutningsprotokol.txt"));
		if (CorpusQuality.available()) {
			CorpusQuality.documents().forEach(p -> names.add(p.toString()));
		}
		return names.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void no_text_cut_wrapped_flattened_or_thinned_from_real_minutes_makes_the_parser_fail(String document) throws IOException {
		String text = DocumentImporter.normalise(document.contains("/")
				? Files.readString(Path.of(document), StandardCharsets.UTF_8) : MinutesParserTest.resource(document));
		for (String version : versions(text)) {
			assertThatCode(() -> assertThat(MinutesParser.parse(version, "Referat").warnings())
				.noneMatch(w -> w.startsWith(MinutesParser.RULES_FAILED) || w.startsWith(MinutesParser.LAYOUTS_FAILED)))
				.as("%s as %s", document, describe(version, text))
				.doesNotThrowAnyException();
		}
	}

	/**
	 * The text's first tenth, fifth … (a page cut off); wrapped at 40–100 columns; on one line; every 7th line gone;
	 * with OCR noise.
	 */
	private static List<String> versions(String text) {
		List<String> out = new ArrayList<>();
		for (int tenth = 1; tenth < 10; tenth++) {
			out.add(text.substring(0, text.length() * tenth / 10));
		}
		for (int width = 40; width <= 100; width += 10) {
			out.add(wrapped(text, width));
		}
		out.add(text.replace('\n', ' '));
		Random random = new Random(text.length());
		StringBuilder thinned = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			if (random.nextInt(7) != 0) {
				thinned.append(line).append('\n');
			}
		}
		out.add(thinned.toString());
		for (int seed = 0; seed < NOISY_VERSIONS; seed++) {
			out.add(noisy(text, new Random(seed)));
		}
		return out;
	}

	private static final int NOISY_VERSIONS = 24;

	private static final String STRAY = ":()-,;.•\t 0123456789ABCabcæøå";

	/**
	 * OCR noise: about one character in a hundred dropped, doubled into a line break or a stray mark, a line break in
	 * three (or one in ten) read as a space.
	 */
	private static String noisy(String text, Random random) {
		StringBuilder b = new StringBuilder(text.length());
		int joins = random.nextBoolean() ? 3 : 10;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int roll = random.nextInt(100);
			if (c == '\n' && roll < 100 / joins) {
				b.append(' ');
				continue;
			}
			switch (roll) {
				case 0 -> {
					continue;
				}
				case 1 -> b.append('\n');
				case 2 -> b.append(STRAY.charAt(random.nextInt(STRAY.length())));
				default -> {
				}
			}
			b.append(c);
		}
		return b.toString();
	}

	/** Each line longer than the width broken at its last space before it, as a narrow column comes. */
	static String wrapped(String text, int width) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String rest = line;
			int cut;
			while (rest.length() > width && (cut = rest.lastIndexOf(' ', width)) > 0 && !rest.substring(0, cut).isBlank()) {
				out.append(rest, 0, cut).append('\n');
				rest = rest.substring(cut + 1);
			}
			out.append(rest).append('\n');
		}
		return out.toString();
	}

	private static String describe(String version, String text) {
		return text.startsWith(version) ? "its first " + version.length() + " of " + text.length() + " characters"
				: version.indexOf('\n') < 0 ? "one line" : "a version of " + version.split("\n").length + " lines";
	}
}
