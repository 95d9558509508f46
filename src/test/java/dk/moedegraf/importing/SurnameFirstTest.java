package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lists written surname first, turned round in place (same length); everything else stays as written. */
class SurnameFirstTest {

	static List<Arguments> lists() {
		return List.of(
				Arguments.of("Lund, Ole (A); Holm, Eva (V)", "Ole Lund  (A); Eva Holm  (V)"),
				Arguments.of("Lund, Ole\nHolm, Eva Marie\n", "Ole Lund \nEva Marie Holm \n"),
				Arguments.of("Lynge Hansen, Ane IA; Kreutzmann, Malik Siumut", "Ane Lynge Hansen  IA; Malik Kreutzmann  Siumut"),
				// a role or a title after a comma is the entry's, not a second person
				Arguments.of("Lund, Ole (A), formand\nHolm, Eva (V)\nRavn, Per, Borgmester\n",
						"Ole Lund  (A), formand\nEva Holm  (V)\nPer Ravn , Borgmester\n"),
				// the list is one entry: its comma cannot separate two people
				Arguments.of("Krog, Ida (A)", "Ida Krog  (A)"),
				// a name and an organisation, or two people in a comma list: as written
				Arguments.of("Ole Lund, Dansk Industri; Eva Holm, Region Vest", "Ole Lund, Dansk Industri; Eva Holm, Region Vest"),
				Arguments.of("Ole Lund, Eva Holm og Per Ravn", "Ole Lund, Eva Holm og Per Ravn"),
				Arguments.of("Holm, Eva", "Eva Holm "));
	}

	@ParameterizedTest
	@MethodSource
	void lists(String body, String turned) {
		assertThat(SurnameFirst.turn(body)).isEqualTo(turned).hasSameSizeAs(body);
	}
}
