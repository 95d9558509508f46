package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Knowing a person's name when we see one. Every example is invented. */
class NameLexiconTest {

	@Test
	void the_lists_load_with_thousands_of_given_names_and_hundreds_of_other_words() {
		int[] sizes = NameLexicon.sizes();
		assertThat(sizes[0]).as("given names").isGreaterThan(1000);
		assertThat(sizes[1]).as("surnames").isGreaterThan(100);
		assertThat(sizes[2]).as("titles").isGreaterThan(100);
		assertThat(sizes[4]).as("places").isGreaterThan(150);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Søren", "Soeren", "Soren", "SØREN", "Sgren", "Mette", "Anne-Marie", "Aputsiaq", "Ivalu",
			"Kirstine", "Jørgen", "Joergen", "Bjgrn" })
	void given_names_are_known_also_folded_and_ocr_damaged(String word) {
		assertThat(NameLexicon.isGivenName(word)).as(word).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "hans", "Dagsordenen", "Mandag", "Kommune", "Formand", "Hansen", "Ingen", "2019", "A." })
	void words_that_are_not_given_names(String word) {
		assertThat(NameLexicon.isGivenName(word)).as(word).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hansen", "Sørensen", "Kjærsgaard", "Vestergård", "Bistrup", "Kronholm", "Vindberg",
			"Egelund", "Hedebjerg", "Rævskov", "Kirkedal", "Stenhøj", "Schou-Hansen", "Lynge-Larsen", "Kjær", "Bach",
			"Andersson", "JENSEN", "Tobiassen", "Ivarsson", "Olesen" })
	void surnames_are_known_by_list_or_shape(String word) {
		assertThat(NameLexicon.isSurname(word)).as(word).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Glostrup", "Bornholm", "Kommune", "Referat", "Godkendt", "Søren", "hansen", "Afdelingschef",
			"Befrielsen", "Konsekvensen", "Kassen", "Vejledningen", "Jantelov" })
	void places_names_words_and_titles_are_not_surnames(String word) {
		assertThat(NameLexicon.isSurname(word)).as(word).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "van", "von", "de", "af", "la", "du", "bin", "Van" })
	void particles(String word) {
		assertThat(NameLexicon.isParticle(word)).as(word).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Formand            | title
			næstformand        | title
			Borgmester         | title
			Afdelingschef      | title
			Chefkonsulent      | title
			referent           | title
			Sekretær           | title
			Kommune            | organisation
			Regionsrådet       | organisation
			A/S                | organisation
			ApS                | organisation
			Direktionssekretariatet | organisation
			Skolen             | organisation
			Aarhus             | place
			Nuuk               | place
			Vesthimmerlands    | place
			Onsdag             | word
			Oktober            | word
			Dagsordenen        | word
			Godkendt           | word
			Beslutning         | word
			""")
	void words_that_are_never_part_of_a_name(String word, String what) {
		assertThat(NameLexicon.isNonNameWord(word)).as(word).isTrue();
		switch (what) {
			case "title" -> assertThat(NameLexicon.isTitle(word)).as(word).isTrue();
			case "organisation" -> assertThat(NameLexicon.isOrganisationWord(word)).as(word).isTrue();
			case "place" -> assertThat(NameLexicon.isPlace(word)).as(word).isTrue();
			default -> assertThat(NameLexicon.isTitle(word) || NameLexicon.isOrganisationWord(word)).as(word).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jan", "Maj", "Lund", "Per", "Bo" })
	void names_that_are_also_words_stay_names(String word) {
		assertThat(NameLexicon.isNonNameWord(word)).as(word).isFalse();
	}

	/** Accepted: given name or initial first, then names and surnames. Refused: anything with a non-name word. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Anne Hansen | true
			Ane Marie Kjær | true
			Peter Bøgh Lund | true
			Mette Frost-Hvid | true
			A. Jensen | true
			A.B. Krogholm | true
			Karen S. Dalsgaard | true
			Jens-Ole Nygaard | true
			Hans Peter Jensen | true
			Pia van der Berg | true
			Ivalu Kreutzmann | true
			Uju Pedersen | true
			Kaare Vestergaard | true
			Hansen, Ane | true
			Lynge Hansen, Ane Marie | true
			SØREN TOFTLUND | true
			Lise Tetzlaff | true
			Ali Hassan | true
			Per Nyborg | true
			Susanne K. Tobiassen | true
			Pernille Ryg I. Olsen | true
			Anne | false
			Mandag Den | false
			Formanden Indstiller | false
			Formanden indstiller | false
			Region Midtjylland | false
			Aarhus Kommune | false
			Godkendt Beslutning | false
			Dagsordenen Godkendt | false
			12. marts 2019 | false
			Onsdag 12 Marts | false
			Referat Mødet | false
			Direktør Anne Hansen | false
			Anne Hansen Direktør | false
			Dansk Industri | false
			Fagligt Fælles Forbund | false
			Tetzlaff Lodahl | false
			Hansen Ane | false
			Anne Hansen Peter Jensen Mette Lund Ole Bak | false
			Københavns Kommune | false
			Center For Sundhed | false
			Det Godkendes | false
			Til Stede | false
			Vesthimmerlands Museum | false
			Anne de | false
			Standard Karen Holm | false
			Svend Jensens Plads | false
			Anne Hansen (A) | false
			A. Pædagogisk | false
			Venner E. Budgetønsker | false
			Anne Hansen Aarhus | false
			Nyborg Per | false
			""")
	void person_names_are_recognised_and_non_names_refused(String candidate, boolean isName) {
		assertThat(PersonNames.looksLikePersonName(candidate)).as(candidate).isEqualTo(isName);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Hansen, Ane                | Ane Hansen
			Lynge Hansen, Ane Marie    | Ane Marie Lynge Hansen
			Ane Hansen                 | Ane Hansen
			Aarhus, Anne               | Aarhus, Anne
			""")
	void surname_first_entries_are_turned_round(String written, String expected) {
		assertThat(PersonNames.givenNameFirst(written)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Anne Hansen Peter Jensen Mette Bøgh Lund                  | Anne Hansen; Peter Jensen; Mette Bøgh Lund
			Anne HansenPeter Jensen                                    | Anne Hansen; Peter Jensen
			Ane Marie Kjær                                             | Ane Marie Kjær
			Ane Marie Kjær Ole Dam                                     | Ane Marie Kjær; Ole Dam
			Anne Hansen (A) Peter Jensen (V)                           | Anne Hansen; Peter Jensen
			Anne Hansen, V Peter Jensen, O                             | Anne Hansen; Peter Jensen
			Anne Hansen, Region Nordjylland Peter Jensen, Aarhus Kommune | Anne Hansen; Peter Jensen
			formand Anne Hansen næstformand Peter Jensen               | Anne Hansen; Peter Jensen
			Chefkonsulent Lise Bak, Dansk Industri Konsulent Ole Dam, FOA | Lise Bak; Ole Dam
			Lise Bak, Ole Dam og Karen Friis                           | Lise Bak; Ole Dam; Karen Friis
			Torben Kvist Lise Tetzlaff Uffe Bro Mette Lund             | Torben Kvist; Lise Tetzlaff; Uffe Bro; Mette Lund
			Jens Kristian Holmgaard Ida Lund                           | Jens Kristian Holmgaard; Ida Lund
			Karen S. Dalsgaard Niels Bak                               | Karen S. Dalsgaard; Niels Bak
			Tilstede: Anne Hansen Peter Jensen. Afbud: Ole Dam        | Anne Hansen; Peter Jensen; Ole Dam
			Ivalu Kreutzmann (IA) Aputsiaq Lynge (Siumut)              | Ivalu Kreutzmann; Aputsiaq Lynge
			Dan Bøgh- suppleanten, Ida Lund, er indkaldt                | Dan Bøgh; Ida Lund
			Torben Kvist Birgit Leth Ebbe Krag Nanni Tetzlaff Kirkegaard Asger Bak | Torben Kvist; Birgit Leth; Ebbe Krag; Nanni Tetzlaff Kirkegaard; Asger Bak
			Ole Dam Kristensen, Aarhus                                 | Ole Dam Kristensen
			Kim Dahl Tuukkaq Marie Karlsen                             | Kim Dahl; Tuukkaq Marie Karlsen
			Emmilie L. K. Pedersen                                     | Emmilie L. K. Pedersen
			A. Budget B. Økonomiske sager                              | ''
			Godkendelse af dagsorden                                   | ''
			Mandag den 3. marts 2019 kl. 14                            | ''
			""")
	void names_run_together_are_split(String text, String expected) {
		List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split("; "));
		assertThat(PersonNames.splitRunTogether(text)).as(text).isEqualTo(want);
	}
}
