package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The heading's words leave a forum's name; the forum's own words stay. */
class ForumNamesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			Ældrerådet -;                                    Ældrerådet
			Handicaprådet - Referat -;                       Handicaprådet
			Skolebestyrelsen | Dagsorden;                    Skolebestyrelsen
			Referat fra møde i Seniorrådet;                  Seniorrådet
			Referat af det ordinære møde i Folkeoplysningsudvalget; Folkeoplysningsudvalget
			Dagsorden. Vestby Idrætsforening Hovedbestyrelsen; Vestby Idrætsforening Hovedbestyrelsen
			Miljø- og teknikudvalgets møde;                  Miljø- og teknikudvalget
			Bestyrelsens ordinære møde;                      Bestyrelsen
			Børne- og Ungeudvalget;                          Børne- og Ungeudvalget
			Udvalget for Natur og Fritid;                    Udvalget for Natur og Fritid
			Dagsorden og referat, Lokalrådet i Vestby;       Lokalrådet i Vestby
			og referat, Lokalrådet i Vestby;                 Lokalrådet i Vestby
			Bestyrelsesmøde;                                 Bestyrelsen
			kredsbestyrelsesmødet;                           Kredsbestyrelsen
			Byrådsmøde i Vestby Kommune;                     Byrådet i Vestby Kommune
			Rådmandsmøde;                                    Rådmandsmøde
			Medlemmer af Handicaprådet;                      Handicaprådet
			ÆLDRERÅDET;                                      Ældrerådet
			LAMU;                                            LAMU
			Referat;                                         Referat
			Partnerskab om Grøn Omstilling - 2031;           Partnerskab om Grøn Omstilling - 2031
			""")
	void a_forums_name_keeps_its_own_words_only(String heading, String name) {
		assertThat(ForumNames.tidy(heading)).isEqualTo(name);
	}

	@Test
	void the_forum_and_its_meeting_take_the_name_without_the_headings_words() {
		var x = MinutesParser.parse("""
				Seniorrådet - Referat - 4. april 2031

				Til stede: Ane Holm, Bent Lund
				Afbud: Carl Mose

				Referat fra møde i Seniorrådet
				""", "seniorraad.txt");
		assertThat(x.forums()).extracting(Extraction.ForumX::name).containsExactly("Seniorrådet");
		assertThat(x.meetings()).allSatisfy(m -> assertThat(m.forums()).containsExactly("Seniorrådet"));
	}
}
