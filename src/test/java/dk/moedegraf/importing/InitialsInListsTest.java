package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lists written in initials are written out as the names the minutes give those initials; '⏎' is a line break here. */
class InitialsInListsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			a list of initials                  ; Til stede: OL, EH⏎Afbud: PR⏎⏎Ole Lund (OL), KL⏎Eva Holm (EH), BUPL⏎Per Ravn (PR), FOA       ; Til stede: Ole Lund, Eva Holm⏎Afbud: Per Ravn⏎⏎Ole Lund (OL), KL⏎Eva Holm (EH), BUPL⏎Per Ravn (PR), FOA
			a party after the initials          ; Afbud: PR (A).⏎Per Ravn (PR) var syg.                                                    ; Afbud: Per Ravn (A).⏎Per Ravn (PR) var syg.
			the referent                        ; Referent: KB⏎Karen Bech (KB) skriver referat.                                              ; Referent: Karen Bech⏎Karen Bech (KB) skriver referat.
			a list naming a person in full      ; Til stede: Ole Lund, KL⏎⏎Karen Lund (KL)                                                   ; Til stede: Ole Lund, KL⏎⏎Karen Lund (KL)
			initials two people share          ; Til stede: OL⏎⏎Ole Lund (OL), Otto Lind (OL)                                                ; Til stede: OL⏎⏎Ole Lund (OL), Otto Lind (OL)
			initials nobody is given            ; Til stede: OL, EH⏎⏎Ole Lund (OL)                                                           ; Til stede: OL, EH⏎⏎Ole Lund (OL)
			""")
	void initials_in_a_list_are_the_names_the_minutes_give_them(String what, String text, String expected) {
		assertThat(InitialsInLists.expand(text.replace("⏎", "\n"))).as(what).isEqualTo(expected.replace("⏎", "\n"));
	}
}
