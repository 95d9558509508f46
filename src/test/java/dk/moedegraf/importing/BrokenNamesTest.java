package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BrokenNamesTest {

	static List<Arguments> lists() {
		return List.of(
				// given names alone before the break, the rest of the name after it
				Arguments.of("Ida Krog, Lene\nSkovbo Thorup, Per Ravn", "Ida Krog, Lene Skovbo Thorup, Per Ravn"),
				Arguments.of("Ida Krog, Anne Sofie\nLynnerup, Per Ravn", "Ida Krog, Anne Sofie Lynnerup, Per Ravn"),
				Arguments.of("Ida Krog (A), Forbundssekretær Poul\nErik Bjerre (B)", "Ida Krog (A), Forbundssekretær Poul Erik Bjerre (B)"),
				// a surname alone after the break
				Arguments.of("Ida Krog, Ask Vest\nChristiansen, Per Ravn", "Ida Krog, Ask Vest Christiansen, Per Ravn"),
				// one word on either side cannot be a person by itself
				Arguments.of("Ida Krog, Heidi Brixtoft\nBehrmose og Per Ravn", "Ida Krog, Heidi Brixtoft Behrmose og Per Ravn"),
				// a list run on without commas, broken after a note in brackets
				Arguments.of("Ida Krog (A) Ane Marie\nM. Bjerre (S) Per Ravn (S)", "Ida Krog (A) Ane Marie M. Bjerre (S) Per Ravn (S)"),
				// one entry per line, an entry ended by its comma, a label on the next line: as written
				Arguments.of("Eva Holm (V)\nOle Lund (A)", "Eva Holm (V)\nOle Lund (A)"),
				Arguments.of("Eva Holm, formand\nOle Lund, næstformand", "Eva Holm, formand\nOle Lund, næstformand"),
				Arguments.of("Ida Krog, Per Ravn,\nEva Holm", "Ida Krog, Per Ravn,\nEva Holm"),
				Arguments.of("Ida Krog, Lene\nAfbud: Per Ravn", "Ida Krog, Lene\nAfbud: Per Ravn"),
				Arguments.of("Ida Krog, Per Ravn\nEva Holm, Ole Lund", "Ida Krog, Per Ravn\nEva Holm, Ole Lund"),
				Arguments.of("Eva Holm\nOle Lund", "Eva Holm\nOle Lund"),
				Arguments.of("Ida Krog, Aarhus\nKommune, Per Ravn", "Ida Krog, Aarhus\nKommune, Per Ravn"));
	}

	@ParameterizedTest
	@MethodSource
	void lists(String body, String joined) {
		assertThat(BrokenNames.join(body)).isEqualTo(joined).hasSameSizeAs(body);
	}
}
