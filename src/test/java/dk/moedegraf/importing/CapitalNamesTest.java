package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalNamesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a name and its party           | ANNE SCHOU-HANSEN (A)                 | Anne Schou-Hansen (A)
			in a list, with a particle     | Til stede: OLE VAN DER BERG, formand  | Til stede: Ole van der Berg, formand
			a short given name             | BO LUND og EVA HOLM                   | Bo Lund og Eva Holm
			an unknown surname             | IDA KROGSHØJ-WINTHER                  | Ida Krogshøj-Winther
			a heading stays                | TIL STEDE:                            | TIL STEDE:
			a heading of words stays       | MEDLEMMER AF RÅDET                    | MEDLEMMER AF RÅDET
			acronyms stay                  | LO og FOA                             | LO og FOA
			a body named for a person      | NIELS BOHR INSTITUTTET                | NIELS BOHR INSTITUTTET
			a title before the name stays  | FORMAND ANNE HANSEN                   | FORMAND ANNE HANSEN
			capitalised names stay         | Anne Hansen og Ole Lund               | Anne Hansen og Ole Lund
			""")
	void names_written_in_capitals_are_read_as_names(String what, String line, String expected) {
		assertThat(CapitalNames.read(line)).as(what).isEqualTo(expected);
	}
}
