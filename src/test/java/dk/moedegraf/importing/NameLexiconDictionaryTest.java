package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ordinary Danish words are not names. Uses Debian's {@code wdanish} list ({@code apt-get install wdanish})
 * only here, at test time, to tell words from names; the list is GPL and nothing of it is copied into the
 * repository. Skipped where it is not installed.
 */
class NameLexiconDictionaryTest {

	private static final Path DICTIONARY = Path.of("/usr/share/dict/danish");

	private static List<String> words;

	@BeforeAll
	static void load() throws IOException {
		assumeTrue(Files.isReadable(DICTIONARY), "wdanish not installed");
		words = new ArrayList<>();
		for (String w : Files.readAllLines(DICTIONARY)) {
			if (w.length() > 2 && w.chars().allMatch(Character::isLowerCase)) {
				words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
			}
		}
	}

	@Test
	void fewer_than_one_in_two_hundred_dictionary_words_reads_as_a_surname() {
		assumeTrue(words != null);
		// every tenth word: enough to measure, a tenth of the time
		List<String> sample = new ArrayList<>();
		for (int i = 0; i < words.size(); i += 10) {
			sample.add(words.get(i));
		}
		long surnames = sample.stream().filter(NameLexicon::isSurname).count();
		// farm and place compounds (-gård, -høj, -sted) are surnames too; nouns in -sen must not be
		assertThat(surnames * 200).as(surnames + " of " + sample.size()).isLessThan(sample.size());
	}

	@Test
	void two_capitalised_dictionary_words_are_almost_never_a_person_name() {
		assumeTrue(words != null);
		Random random = new Random(42);
		int names = 0;
		List<String> examples = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			String pair = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
			if (PersonNames.looksLikePersonName(pair)) {
				names++;
				examples.add(pair);
			}
		}
		assertThat(names).as(examples.toString()).isLessThan(25);
	}

	@Test
	void a_sentence_of_dictionary_words_yields_few_names() {
		assumeTrue(words != null);
		Random random = new Random(7);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 3000; i++) {
			text.append(words.get(random.nextInt(words.size()))).append(' ');
		}
		List<String> found = PersonNames.splitRunTogether(text.toString());
		assertThat(found.size()).as(found.toString()).isLessThan(30);
	}
}
