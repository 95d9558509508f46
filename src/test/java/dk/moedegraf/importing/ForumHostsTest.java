package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose forum it is, from its name or from the head of its minutes; never a guess from a forum's own words. */
class ForumHostsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			Vestby Gymnasiums bestyrelse;             Vestby Gymnasium
			DGI's bestyrelse;                         DGI
			VBFs bestyrelse;                          VBF
			skolebestyrelsen på Vestby Skole;         Vestby Skole
			Bestyrelsen for Vestby Boligselskab;      Vestby Boligselskab
			LAMU ved Institut for Biomedicin;         Institut for Biomedicin
			Vestby Lærerforening Hovedbestyrelsen;    Vestby Lærerforening
			Udvalget for Natur og Fritid;             -
			Skolens bestyrelse;                       -
			Ældrerådets bestyrelse;                   -
			Kommunalbestyrelsen;                      -
			Nørrebro Lokaludvalg;                     -
			""")
	void a_forums_name_may_say_whose_it_is(String forum, String owner) {
		assertThat(ForumHosts.ownerInName(forum).orElse(null)).isEqualTo(owner);
	}

	private static java.util.List<String> hosts(String text) {
		var x = MinutesParser.parse(text, "minutes.txt");
		return x.participations().stream().filter(p -> "host".equals(p.role())).map(p -> p.organisation() + " -> " + p.forum()).toList();
	}

	@Test
	void a_kommune_on_a_line_of_its_own_at_the_head_hosts_the_minutes_forum() {
		assertThat(hosts("""
				Referat fra møde i Ældrerådet
				Vestby Kommune
				Torsdag den 4. april 2031

				Til stede: Ane Holm, Bent Lund
				""")).containsExactly("Vestby Kommune -> Ældrerådet");
	}

	@Test
	void an_owner_labelled_at_the_head_hosts_the_minutes_forum() {
		assertThat(hosts("""
				REFERAT
				Mødetype: Bestyrelsesmøde
				Organisation: Vestby Boligforening
				Dato: 7. marts 2031

				Til stede: Ane Holm, Bent Lund
				""")).containsExactly("Vestby Boligforening -> Bestyrelsen");
	}

	@Test
	void an_owner_on_the_line_under_a_boards_heading_hosts_it() {
		assertThat(hosts("""
				REFERAT AF BESTYRELSESMØDE
				i Vestby Vandværk
				tirsdag den 6. maj 2031 kl. 19.00

				Til stede: Ane Holm, Bent Lund
				""")).containsExactly("Vestby Vandværk -> Bestyrelsen");
		// under a line naming no body, "i Vestby" is a place
		assertThat(hosts("""
				Referat
				i Vestby Kulturhus
				Bestyrelsen
				tirsdag den 6. maj 2031 kl. 19.00

				Til stede: Ane Holm, Bent Lund
				""")).isEmpty();
	}

	@Test
	void several_kommuner_or_one_under_the_list_of_who_came_host_nothing() {
		assertThat(hosts("""
				Referat fra møde i Ældrerådet
				Vestby Kommune
				Østby Kommune
				Torsdag den 4. april 2031

				Til stede: Ane Holm, Bent Lund
				""")).isEmpty();
		assertThat(hosts("""
				Referat fra møde i Ældrerådet
				Torsdag den 4. april 2031

				Deltagere:
				Ane Holm
				Vestby Kommune
				""")).isEmpty();
	}

	@Test
	void a_board_headed_by_its_word_alone_is_the_owners_the_text_names_twice() {
		String minutes = """
				Referat – Bestyrelsesmøde 4. april 2031

				Til stede: Ane Holm, Bent Lund
				Formanden orienterede om, at Carl Mose udtræder af VBFs bestyrelse. %s
				""";
		assertThat(hosts(minutes.formatted("Ny suppleant til VBFs bestyrelse vælges i maj.")))
			.containsExactly("VBF -> VBFs bestyrelse");
		// once is not enough, and two owners say nothing
		assertThat(hosts(minutes.formatted(""))).isEmpty();
		assertThat(hosts(minutes.formatted("DGIs bestyrelse og VBFs bestyrelse mødes i maj."))).isEmpty();
	}
}
