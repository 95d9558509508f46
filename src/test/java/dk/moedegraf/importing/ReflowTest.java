package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Raw text to logical lines that cite their original line. Every example is invented. */
class ReflowTest {

	private static List<String> texts(String text) {
		return List.of(Reflow.repairCharacters(text).split("\n", -1));
	}

	@Test
	void ordinary_line_structured_text_passes_through_line_for_line() {
		String text = """
				Referat af bestyrelsesmøde

				Til stede: Anne Hansen, Peter Jensen
				Afbud: Mette Lund
				Pkt. 3: Tid: 15 min Deltagere: Ole Dam, Ida Krogh
				  Indrykket linje med to  mellemrum og A B C som valgmuligheder.
				Kultur- og fritidsudvalget godkendte budgettet for 2019.
				""";
		assertThat(texts(text)).containsExactly(text.split("\n", -1));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			letter-spaced word        | M e d l e m m e r                 | Medlemmer
			letter-spaced words       | T i l  s t e d e: Anne Hansen     | Til stede: Anne Hansen
			spaced capitals           | A F B U D: Ole Dam                | AFBUD: Ole Dam
			initials stay             | H C Andersen og A B C             | H C Andersen og A B C
			l read for 1 in a date    | l2. marts 20l9 kl. l4.30          | 12. marts 2019 kl. 14.30
			I read for 1              | I2. juni 2O2I                     | 12. juni 2O2I
			l before a month          | den l. maj                        | den 1. maj
			pkt l                     | Ad pkt l og nr. l                 | Ad pkt 1 og nr. 1
			codes and words stay      | Punkt 04I og 04O samt Il og lille | Punkt 04I og 04O samt Il og lille
			1 read for l in a word    | Ti1stede: A1lan Kjeldsen, K1ubhuset | Tilstede: Allan Kjeldsen, Klubhuset
			codes with a 1 stay       | U11, B2.14, 3F, Lokale A1 og P1a  | U11, B2.14, 3F, Lokale A1 og P1a
			""")
	void ocr_damage_in_a_line_is_repaired(String what, String line, String expected) {
		assertThat(texts(line)).as(what).containsExactly(expected);
	}

	/** A table laid out with spaces that marks who came with an X: each mark is the word over its column. */
	@org.junit.jupiter.api.Test
	void a_mark_under_a_column_is_the_word_over_it() {
		String text = String.join("\n", "   Navn              Funktion              Deltog     Afbud", "",
				"   Ole Lund          Formand                 X", "", "   Eva Holm          AMR                                X",
				"   Per Ravn          Kasserer                x");
		assertThat(texts(text)).containsExactly("   Navn\tFunktion\tDeltog\tAfbud", "", "   Ole Lund\tFormand\tDeltog", "",
				"   Eva Holm\tAMR\tAfbud", "   Per Ravn\tKasserer\tDeltog");
	}

	/** Characters written by name in the table: {nbsp}, {narrow}, {thin}, {ff} (form feed), {shy} (soft hyphen), {zw}, {fi}, {ff-lig}, {pua} (U+F0B7). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no-break spaces              | Til{nbsp}stede:{nbsp}Anne{nbsp}Hansen     | Til stede: Anne Hansen
			narrow and thin spaces       | kl.{narrow}10.00{thin}–{thin}12.00          | kl. 10.00 – 12.00
			a page break                 | {ff}Afbud: Ole Dam                         | ' Afbud: Ole Dam'
			a soft hyphen inside a word  | Gun{shy}nersen og Pe{shy}der{zw}sen        | Gunnersen og Pedersen
			a soft hyphen ending a line  | Referent: Anne Schou{shy}                  | Referent: Anne Schou-
			then a space                 | Referent: Anne Schou{shy}{nbsp}            | Referent: Anne Schou-
			ligatures                    | Ste{ff-lig}en Ha{fi}z, {fi}nansudvalget    | Steffen Hafiz, finansudvalget
			a Symbol font's bullet       | {pua} Anne Hansen                          | • Anne Hansen
			round and arrow bullets      | ● Ole Dam ➢ Eva Holm                       | • Ole Dam • Eva Holm
			a symbol opening a line      | {sym} Ole Dam                              | • Ole Dam
			a symbol inside a line stays | Budget {sym} 5 mio.                        | Budget {sym} 5 mio.
			o and e before a name        | o Ole Dam                                  | • Ole Dam
			e-mail stays                 | e-mail: Ole Dam                            | e-mail: Ole Dam
			plain text stays             | Til stede: Anne Hansen – formand           | Til stede: Anne Hansen – formand
			""")
	void characters_are_read_as_they_print(String what, String line, String expected) {
		String written = named(line);
		String printed = named(expected);
		assertThat(Reflow.asPrinted(written)).as(what).isEqualTo(printed);
		assertThat(Reflow.repairCharacters(written + "\n" + written)).as(what + ", line for line").isEqualTo(printed + "\n" + printed);
	}

	/** A table written with pipes (Markdown, converted Word or HTML) is read as a table with tabs; '→' is a tab here. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			a row                        ; | Ole Lund | KL | Til stede |      ; Ole Lund→KL→Til stede
			an empty cell stays a column ;   | Ole Lund |  | Afbud |         ; Ole Lund→→Afbud
			the rule under the header    ; |---|:---:|---|                  ; ''
			a rule with pluses           ; +----+----+                      ; +----+----+
			a pipe inside prose stays    ; Budget | regnskab                ; Budget | regnskab
			""")
	void a_pipe_table_row_reads_as_a_tab_table_row(String what, String line, String expected) {
		assertThat(Reflow.pipeTableRow(line)).as(what).isEqualTo(expected.replace('→', '\t'));
	}

	/** A table laid out with spaces (pdftotext -layout) is read as a table with tabs; '→' is a tab here. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			a row                           ; 'Ole Lund       KL          Til stede' ; Ole Lund→KL→Til stede
			two spaces part cells in a row  ; 'Ole Lund  KL      Afbud'             ; Ole Lund→KL→Afbud
			the indentation stays           ; '    Ole Lund      KL'                 ; '    Ole Lund→KL'
			two spaces in prose stay        ; 'Mødet blev holdt.  Alle kom.'        ; 'Mødet blev holdt.  Alle kom.'
			""")
	void a_table_row_laid_out_with_spaces_reads_as_a_tab_table_row(String what, String line, String expected) {
		assertThat(Reflow.spacedTableRow(line)).as(what).isEqualTo(expected.replace('→', '\t'));
	}

	/**
	 * A table whose cells came one to a line is read as a tab table, each row on its first line, the lines it took
	 * blank; '→' is a tab, '⏎' a line break here.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			rows of three                     ; Navn⏎Funktion⏎Fremmøde⏎Ole Lund⏎Formand⏎Deltog⏎Eva Holm⏎Lærer⏎Afbud          ; Navn→Funktion→Fremmøde⏎⏎⏎Ole Lund→Formand→Deltog⏎⏎⏎Eva Holm→Lærer→Afbud⏎⏎
			blank lines between the cells     ; Navn⏎⏎Parti⏎⏎Ole Lund⏎⏎A⏎⏎Eva Holm⏎⏎V                                        ; Navn→Parti⏎⏎⏎⏎Ole Lund→A⏎⏎⏎⏎Eva Holm→V⏎⏎
			a row's empty last cell           ; Navn⏎Parti⏎Bemærkning⏎Ole Lund⏎A⏎Eva Holm⏎V⏎Afbud                            ; Navn→Parti→Bemærkning⏎⏎⏎Ole Lund→A⏎⏎Eva Holm→V→Afbud⏎⏎
			the agenda after the table        ; Navn⏎Parti⏎Ole Lund⏎A⏎1. Godkendelse af dagsorden                            ; Navn→Parti⏎⏎Ole Lund→A⏎⏎1. Godkendelse af dagsorden
			a deputy's column holds names     ; Navn⏎Stedfortræder⏎Ole Lund⏎Eva Holm⏎Per Ravn⏎Ida Krog                        ; Navn→Stedfortræder⏎⏎Ole Lund→Eva Holm⏎⏎Per Ravn→Ida Krog⏎
			no name under the header          ; Navn⏎Organisation⏎Skriv dit navn her                                         ; Navn⏎Organisation⏎Skriv dit navn her
			a header word alone is no table   ; Navn⏎Ole Lund⏎Eva Holm                                                       ; Navn⏎Ole Lund⏎Eva Holm
			""")
	void a_table_with_a_cell_to_a_line_reads_as_a_tab_table(String what, String text, String expected) {
		assertThat(Reflow.repairCharacters(text.replace("⏎", "\n"))).as(what).isEqualTo(expected.replace("⏎", "\n").replace('→', '\t'));
	}

	/**
	 * A paragraph broken at the page's margin is one line again, on its first line, the lines it took blank; lists of
	 * one entry to a line, narrow columns and tables keep their lines. '⏎' is a line break, '→' a tab here.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			a paragraph                         ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17⏎i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per⏎Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens⏎Krog. ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17 i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens Krog.⏎⏎⏎
			a label follows                     ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17⏎i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per⏎Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens⏎Krog.⏎Referent: Søren Dal ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17 i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens Krog.⏎⏎⏎⏎Referent: Søren Dal
			text runs on below                  ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17⏎i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per⏎Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens⏎Krog.⏎Formanden bød velkommen. ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17⏎i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per⏎Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens⏎Krog.⏎Formanden bød velkommen.
			a heading alone follows             ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17⏎i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per⏎Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens⏎Krog.⏎Pkt. 1⏎Godkendt. ; Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17 i Ungdomshuset. Til stede: Ole Lund (formand), Eva Holm, Per Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens Krog.⏎⏎⏎⏎Pkt. 1⏎Godkendt.
			a word hyphenated at the margin     ; Til stede: Ole Lund (formand), Eva Holm, Per Ravn, Kim Mølgaard-⏎Overvad og Lise Brodersen fra Danske Handicaporganisationer, og⏎Anders Falk fra Vestby Kommune. Afbud: Karen Bech og Jens Krog. ; Til stede: Ole Lund (formand), Eva Holm, Per Ravn, Kim Mølgaard-Overvad og Lise Brodersen fra Danske Handicaporganisationer, og Anders Falk fra Vestby Kommune. Afbud: Karen Bech og Jens Krog.⏎⏎
			an ordinal before a title           ; Medlemmer: Ole Lund (A), borgmester, Eva Holm (V), Karen Bech (C),⏎2. Viceborgmester Per Ravn (A), Kim Overvad (O), Lise Dam (F),⏎Anders Falk (V), Mette Vinter (A), Søren Dal (B), Jens Krog (Ø) ; Medlemmer: Ole Lund (A), borgmester, Eva Holm (V), Karen Bech (C), 2. Viceborgmester Per Ravn (A), Kim Overvad (O), Lise Dam (F), Anders Falk (V), Mette Vinter (A), Søren Dal (B), Jens Krog (Ø)⏎⏎
			an agenda item follows              ; Bestyrelsen drøftede budgettet for 2032 og de nye takster for⏎ældreplejen i Vestby, herunder madservice og rengøring i hjemmet.⏎2. Budget 2032 for ældreområdet i Vestby Kommune, første behandling ; Bestyrelsen drøftede budgettet for 2032 og de nye takster for ældreplejen i Vestby, herunder madservice og rengøring i hjemmet.⏎⏎2. Budget 2032 for ældreområdet i Vestby Kommune, første behandling
			a name broken in a running list     ; Ole Lund, Vestby Kommune Eva Holm, Ældresagen i Vestby Per⏎Aagaard Nielsen, DH Vestby Kim Overvad, FOA Vestby og Lise⏎Brodersen, Lokalrådet for Vestby Midtby og Vestby Havn i 2031 ; Ole Lund, Vestby Kommune Eva Holm, Ældresagen i Vestby Per Aagaard Nielsen, DH Vestby Kim Overvad, FOA Vestby og Lise Brodersen, Lokalrådet for Vestby Midtby og Vestby Havn i 2031⏎⏎
			one entry to a line                 ; Ole Lund, formand, udpeget af Vestby Kommunes Byråd i 2029⏎Eva Holm, næstformand, udpeget af Vestby Handicapråd⏎Per Ravn, medlem, udpeget af Danske Handicaporganisationer⏎Kim Overvad, medlem, udpeget af Ældresagen i Vestby ; Ole Lund, formand, udpeget af Vestby Kommunes Byråd i 2029⏎Eva Holm, næstformand, udpeget af Vestby Handicapråd⏎Per Ravn, medlem, udpeget af Danske Handicaporganisationer⏎Kim Overvad, medlem, udpeget af Ældresagen i Vestby
			a bullet's entries inside the list  ; • Ole Lund - valgt blandt borgerne under integrationsloven i⏎Vestby⏎• Eva Holm - valgt blandt borgerne under integrationsloven i⏎Vestby⏎• Per Ravn - valgt blandt borgerne under integrationsloven i⏎Vestby⏎ ; • Ole Lund - valgt blandt borgerne under integrationsloven i⏎Vestby⏎• Eva Holm - valgt blandt borgerne under integrationsloven i⏎Vestby⏎• Per Ravn - valgt blandt borgerne under integrationsloven i Vestby⏎⏎
			a narrow column                     ; Til stede: Ole Lund, Eva Holm, Per⏎Ravn, Kim Overvad og Lise Brodersen⏎Afbud: Karen Bech, Jens Krog og⏎Søren Dal fra Vestby Kommune ; Til stede: Ole Lund, Eva Holm, Per⏎Ravn, Kim Overvad og Lise Brodersen⏎Afbud: Karen Bech, Jens Krog og⏎Søren Dal fra Vestby Kommune
			a table laid out with tabs          ; Ole Lund→Formand for Vestby Ungdomsråd→Til stede, gik kl. 18⏎Eva Holm→Næstformand for Vestby Ungdomsråd→Til stede hele mødet⏎Per Ravn→Medlem af Vestby Ungdomsråd siden 2029→Afbud, syg⏎Kim Overvad→Medlem af Vestby Ungdomsråd siden 2030→Til stede ; Ole Lund→Formand for Vestby Ungdomsråd→Til stede, gik kl. 18⏎Eva Holm→Næstformand for Vestby Ungdomsråd→Til stede hele mødet⏎Per Ravn→Medlem af Vestby Ungdomsråd siden 2029→Afbud, syg⏎Kim Overvad→Medlem af Vestby Ungdomsråd siden 2030→Til stede
			""")
	void a_paragraph_broken_at_the_margin_is_one_line_again(String what, String text, String expected) {
		assertThat(Reflow.repairCharacters(text.strip().replace("⏎", "\n").replace('→', '\t'))).as(what)
				.isEqualTo(expected.strip().replace("⏎", "\n").replace('→', '\t'));
	}

	/** A table row laid out with spaces whose cells wrapped onto the line below is one row; '⏎' is a line break, '→' a tab. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
			a cell wrapped onto the next line ; Ole Lund      Vestby Kommune,               Til stede⏎              Socialudvalget⏎Eva Holm      Ældresagen                    Afbud ; Ole Lund→Vestby Kommune, Socialudvalget→Til stede⏎⏎Eva Holm→Ældresagen→Afbud
			a word hyphenated in a cell       ; Eva Holm      Danske Handicap-              Afbud⏎              organisationer ; Eva Holm→Danske Handicaporganisationer→Afbud⏎
			a label and its value             ; Til stede:    Ole Lund, Eva Holm,⏎              Per Ravn ; Til stede:→Ole Lund, Eva Holm,⏎              Per Ravn
			text under no cell of the row     ; Ole Lund      Vestby Kommune                Til stede⏎     Se bilag 3 ; Ole Lund→Vestby Kommune→Til stede⏎     Se bilag 3
			""")
	void a_table_row_whose_cells_wrapped_is_one_row(String what, String text, String expected) {
		assertThat(Reflow.repairCharacters(text.strip().replace("⏎", "\n"))).as(what).isEqualTo(expected.strip().replace("⏎", "\n").replace('→', '\t'));
	}

	/** Role words shortened with a full stop are written out; other words with a full stop stay. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			in brackets                 ; Ole Lund (fmd.), Eva Holm (nfmd.)       ; Ole Lund (formand), Eva Holm (næstformand)
			before a name, capitalised  ; Suppl. Per Ravn (A) for Eva Holm         ; Suppleant Per Ravn (A) for Eva Holm
			at the line's end           ; Eva Holm, repr. for FOA, kass.           ; Eva Holm, repræsentant for FOA, kasserer
			a sentence's full stop stays; Mødet sluttede kl. 21. Tak for i aften.  ; Mødet sluttede kl. 21. Tak for i aften.
			alone in brackets           ; Ole Lund (fmd), Eva Holm (nfmd)         ; Ole Lund (formand), Eva Holm (næstformand)
			another word in brackets    ; Ole Lund (Vestby), Eva Holm (kl)         ; Ole Lund (Vestby), Eva Holm (kl)
			""")
	void role_words_shortened_with_a_full_stop_are_written_out(String what, String line, String expected) {
		assertThat(Reflow.roleWords(line)).as(what).isEqualTo(expected);
	}

	/** The characters the tables write by name. */
	private static String named(String text) {
		return text.replace("{nbsp}", "\u00A0").replace("{narrow}", "\u202F").replace("{thin}", "\u2009")
				.replace("{ff}", "\f").replace("{shy}", "\u00AD").replace("{zw}", "\u200B")
				.replace("{ff-lig}", "\uFB00").replace("{fi}", "\uFB01").replace("{pua}", "\uF0B7").replace("{sym}", "\uF02D");
	}


	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			side n af m                  | Side 2 af 5           | ''
			side n/m                     | '   Side 3/7'         | ''
			dashes                       | - 4 -                 | ''
			after a page break           | {ff}Side 2            | ''
			english                      | Page 2 of 3           | ''
			with no-break spaces         | Side{nbsp}2{nbsp}af{nbsp}5 | ''
			lower case is a sentence's   | side 3                | side 3
			a sentence stays             | Side 2 af referatet   | Side 2 af referatet
			a word that begins so stays  | Sidemand 2            | Sidemand 2
			a range stays                | - 4 - 5               | - 4 - 5
			""")
	void page_numbers_between_pages_are_blank_lines(String what, String line, String expected) {
		String written = named(line);
		assertThat(Reflow.repairCharacters("Til stede:\n" + written + "\nOle Dam")).as(what)
				.isEqualTo("Til stede:\n" + expected + "\nOle Dam");
		assertThat(texts(written)).as(what).containsExactly(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a footer, number last         | Vestby Kommune - Seniorrådet - Referat 03.09.2031      Side 1 af 4 | ''
			a header, number first        | Side 2 af 4    Referat, Seniorrådet 3. september 2031               | ''
			english, with a tab           | Minutes of the Board\tPage 2 of 3                                   | ''
			lower case is a sentence's    | Seniorrådet 03.09.2031 side 2/4                                     | Seniorrådet 03.09.2031 side 2/4
			a sentence stays              | Se bilaget, Side 2 af 4 i referatet.                                | Se bilaget, Side 2 af 4 i referatet.
			""")
	void a_running_footer_or_header_beside_the_page_number_is_a_blank_line_outside_the_texts_head(String what, String line,
			String expected) {
		String head = "Vestby Kommune\nSeniorrådet\n\nReferat\nTirsdag den 3. september 2031\n\nFremmødte:\n1. Ole Lund\n";
		assertThat(Reflow.repairCharacters(head + line + "\n2. Eva Holm")).as(what).isEqualTo(head + expected + "\n2. Eva Holm");
		// the text's head keeps such a line: it may be the only one naming the forum and the date
		assertThat(Reflow.repairCharacters(line + "\n\nFremmødte: Ole Lund")).as(what).startsWith(line.strip().substring(0, 4));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a broken word             | Formanden orien-\\nterede om budgettet.  | Formanden orienterede // om budgettet.
			the whole next line       | Bestyrelsen god-\\nkendte.               | Bestyrelsen godkendte. // (blank)
			ikke- keeps its hyphen    | for ikke-\\nuddannede medarbejdere       | for ikke-uddannede // medarbejdere
			capitals keep the hyphen  | alle EU-\\nborgere                       | alle EU-borgere // (blank)
			a double name             | Referent: Anne Schou-\\nHansen, sekretær | Referent: Anne Schou-Hansen, // sekretær
			a suspended compound      | Kultur-\\nog fritidsudvalget             | Kultur- // og fritidsudvalget
			a dash before a new line  | Dagsorden -\\nGodkendt                   | Dagsorden - // Godkendt
			the rest of the word      | kan juste-\\nres/kombineres.              | kan justeres/kombineres. // (blank)
			""")
	void words_hyphenated_at_a_line_end_are_joined_on_the_first_line(String what, String text, String expected) {
		assertThat(texts(text.replace("\\n", "\n"))).as(what)
				.containsExactly(Stream.of(expected.split(" // ")).map(e -> e.equals("(blank)") ? "" : e).toArray(String[]::new));
	}

	/**
	 * The seeds are line-structured OCR: their lines stay where they are, and only characters as they print, words
	 * hyphenated at a line end and paragraphs broken at the margin change; not a word is lost or added.
	 */
	@Test
	void the_seed_documents_keep_their_lines_and_their_words() throws IOException {
		Path seeds = Path.of("..", "shared", "seeds");
		assumeTrue(Files.isDirectory(seeds), "../shared/seeds absent");
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
				String original = Files.readString(f).replace("\r\n", "\n");
				String repaired = Reflow.repairCharacters(original);
				assertThat(repaired.split("\n", -1)).as(f.toString()).hasSameSizeAs(original.split("\n", -1));
				List<String> before = words(Stream.of(original.split("\n", -1)).map(Reflow::asPrinted).reduce((a, b) -> a + "\n" + b).orElseThrow());
				List<String> after = words(repaired);
				int at = 0;
				while (at < Math.min(before.size(), after.size()) && before.get(at).equals(after.get(at))) {
					at++;
				}
				assertThat(after.subList(at, Math.min(after.size(), at + 5))).as("%s, word %d", f, at)
					.isEqualTo(before.subList(at, Math.min(before.size(), at + 5)));
			}
		}
	}

	/** The words of a text in order, without hyphens: a word hyphenated at a line end is one word. */
	private static List<String> words(String text) {
		return List.of(text.replaceAll("-\\s+", "-").replace("-", "").toLowerCase(java.util.Locale.ROOT).split("\\s+"));
	}
}
