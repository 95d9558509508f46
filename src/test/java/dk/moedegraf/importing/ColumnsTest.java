package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnsTest {

	static Stream<Arguments> layouts() {
		return Stream.of(
				// a participants' box: the right column after the left one, each its own list
				Arguments.of(String.join("\n", "  Deltagere                              Afbud", "",
						"  På vegne af Vestby Kommune:            Karen Bech, KL", "    Ole Lund, direktør                   Jens Krog",
						"    Eva Holm                             ", "                                         Referent",
						"  På vegne af FOA:                       Per Ravn", "    Kim Overvad", "", "Dagsorden"),
						List.of("  Deltagere", "", "  På vegne af Vestby Kommune:", "    Ole Lund, direktør", "    Eva Holm", "", "  På vegne af FOA:",
								"    Kim Overvad", "", "  Afbud", "  Karen Bech, KL", "  Jens Krog", "  Referent", "  Per Ravn", "", "Dagsorden")),
				// a header box: the date's label on the left, who came on the right
				Arguments.of(String.join("\n", "Dato: 4. marts 2031                 Mødt: Ole Lund, Eva Holm", "Sted: Rådhuset                      Afbud: Per Ravn"),
						List.of("Dato: 4. marts 2031", "Sted: Rådhuset", "", "Mødt: Ole Lund, Eva Holm", "Afbud: Per Ravn")),
				// under a list's heading, two groups side by side headed by their parties; a table of names and organisations stays
				Arguments.of(String.join("\n", "Deltagere:", "", "    Siumut                              Inuit Ataqatigiit",
						"    Borgmester Ole Lund                 Eva Holm", "    Per Ravn                            Kim Overvad", "", "Afbud: Karen Bech"),
						List.of("Deltagere:", "", "    Siumut", "    Borgmester Ole Lund", "    Per Ravn", "", "    Inuit Ataqatigiit", "    Eva Holm",
								"    Kim Overvad", "", "Afbud: Karen Bech")),
				Arguments.of(String.join("\n", "Deltagere:", "", "Medlem                   Organisation", "Ole Lund                 KL",
						"Eva Holm                 FOA"),
						List.of("Deltagere:", "", "Medlem                   Organisation", "Ole Lund                 KL", "Eva Holm                 FOA")),
				// a table's header and rows stay: no list opens the right cell, or the left one is no heading or label
				Arguments.of(String.join("\n", "Navn                 Organisation        Til stede", "Ole Lund             KL                  Ja"),
						List.of("Navn                 Organisation        Til stede", "Ole Lund             KL                  Ja")),
				Arguments.of(String.join("\n", "Ole Lund                        Afbud", "Eva Holm                        Til stede"),
						List.of("Ole Lund                        Afbud", "Eva Holm                        Til stede")),
				// justified prose whose wide gap comes before a heading word is no box: nothing below keeps to the columns
				Arguments.of(String.join("\n", "Mødet blev holdt i salen.           Deltagere var alle medlemmer af udvalget, og de",
						"drøftede sagen grundigt med forvaltningen, som havde udarbejdet et notat om sagen."),
						List.of("Mødet blev holdt i salen.           Deltagere var alle medlemmer af udvalget, og de",
								"drøftede sagen grundigt med forvaltningen, som havde udarbejdet et notat om sagen.")));
	}

	@ParameterizedTest
	@MethodSource("layouts")
	void two_columns_side_by_side_are_read_one_after_the_other(String text, List<String> expected) {
		assertThat(Columns.split(text).text().split("\n", -1)).containsExactlyElementsOf(expected);
	}

	@Test
	void what_is_read_from_the_right_column_cites_the_line_it_was_written_on() {
		String text = String.join("\n", "Referat af møde i Vestby Partnerskab 4. marts 2031", "",
				"Deltagere                                Afbud", "Ole Lund, Vestby Kommune                 Karen Bech, KL",
				"Eva Holm, FOA                            Jens Krog, BUPL", "Per Ravn, BUPL", "", "1. Godkendelse af dagsorden");
		Extraction x = MinutesParser.parse(text, "Partnerskab");

		assertThat(x.attendance()).extracting(a -> a.person() + " " + a.status() + " " + a.onBehalfOf() + " line " + a.span().from())
			.containsExactlyInAnyOrder("Ole Lund PRESENT Vestby Kommune line 4", "Eva Holm PRESENT FOA line 5", "Per Ravn PRESENT BUPL line 6",
					"Karen Bech ABSENT KL line 4", "Jens Krog ABSENT BUPL line 5");
	}
}
