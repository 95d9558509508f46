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
			only the surname in capitals   | Karen BRØNDUM, Søren K. MUNK          | Karen Brøndum, Søren K. Munk
			a double surname in capitals   | Rikke LYNGBY-HANSEN                   | Rikke Lyngby-Hansen
			a unit's acronym after a name  | Anders Jacobsen CLB, Tine Holm CMSB   | Anders Jacobsen CLB, Tine Holm CMSB
			an organisation after a name   | Eva Holm FOA og Per Ravn DSI          | Eva Holm FOA og Per Ravn DSI
			""")
	void names_written_in_capitals_are_read_as_names(String what, String line, String expected) {
		assertThat(CapitalNames.read(line)).as(what).isEqualTo(expected);
	}

	/** In minutes that write names in capitals, a list's run of words the lexicon does not know is a name too. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown names in a list          | TIL STEDE: ANNE HOLM, FARGANA ISMAILOVA, IMDAD ALI DOGAR | TIL STEDE: Anne Holm, Fargana Ismailova, Imdad Ali Dogar
			one on a line, with a party      | AQQALUK HEILMANN (IA)                                   | Aqqaluk Heilmann (IA)
			a bullet, then og                | • SAKIO FLEISCHER og YE LI                                | • Sakio Fleischer og Ye Li
			a place stays                    | Sted: AARHUS RÅDHUS                                     | Sted: AARHUS RÅDHUS
			words of a sentence stay         | AFBUD FRA BESTYRELSEN                                   | AFBUD FRA BESTYRELSEN
			not in a list, unknown stays     | Vi drøftede XQZAL WORBNIK i dag                          | Vi drøftede XQZAL WORBNIK i dag
			""")
	void unknown_names_in_capitals_are_names_where_a_list_holds_them(String what, String line, String expected) {
		assertThat(CapitalNames.read(line, true)).as(what).isEqualTo(expected);
		assertThat(CapitalNames.read(line, false)).as(what + ", in minutes that write no known name in capitals")
			.isEqualTo(CapitalNames.read(line));
	}

	@org.junit.jupiter.api.Test
	void a_known_name_in_capitals_anywhere_in_the_minutes_lets_unknown_ones_be_names() {
		assertThat(Reflow.repairCharacters("TIL STEDE: ANNE HOLM\nAFBUD: FARGANA ISMAILOVA"))
			.isEqualTo("TIL STEDE: Anne Holm\nAFBUD: Fargana Ismailova");
		assertThat(Reflow.repairCharacters("AFBUD: FARGANA ISMAILOVA")).isEqualTo("AFBUD: FARGANA ISMAILOVA");
	}
}
