package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.TreeSet;
import java.util.Set;

import dk.moedegraf.importing.Extraction.Attendance;
import dk.moedegraf.importing.Extraction.Membership;
import dk.moedegraf.importing.Extraction.Status;

/** The parser on invented documents in the styles of other bodies' minutes (src/test/resources/importing). */
class MinutesParserTest {

	static String resource(String name) {
		try (InputStream in = MinutesParserTest.class.getResourceAsStream("/importing/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, Attendance> byPerson(Extraction x) {
		return x.attendance().stream().collect(Collectors.toMap(Attendance::person, Function.identity()));
	}

	@Test
	void reads_a_committee_protocol_with_comma_lists_afbud_and_guests_under_an_item() {
		Extraction x = MinutesParser.parse(resource("udvalg-beslutningsprotokol.txt"), "Protokol");

		assertThat(x.document().kind()).isEqualTo("beslutningsprotokol");
		assertThat(x.document().caseNumbers()).containsExactly("Sagsnr.: 17/44812");
		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Udvalget for Natur og Fritid");
			assertThat(m.date()).isEqualTo(LocalDate.of(2017, 11, 6));
			assertThat(m.start()).isEqualTo(LocalTime.of(11, 30));
			assertThat(m.end()).isEqualTo(LocalTime.of(13, 0));
			assertThat(m.location()).isEqualTo("Rådhuset, lokale 214");
			assertThat(m.items()).extracting(i -> i.number()).containsExactly(1, 2, 3);
			assertThat(m.items().get(1).decision()).startsWith("Udvalget anbefaler stiplanen");
			assertThat(m.items().get(1).initiatives()).containsExactly("Ny stiplan for Skovbakken");
		});
		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Birthe Kvist").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Birthe Kvist").role()).isEqualTo("formand");
		assertThat(a.get("Dorthe Fabricius").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Jens Pallesen").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Lene Aagaard").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Kasper Strand").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Kasper Strand").agendaItems()).containsExactly(2);
		// members are those on the attendance list, present or not; guests are not
		assertThat(x.memberships()).extracting(m -> m.person())
			.contains("Birthe Kvist", "Jens Pallesen")
			.doesNotContain("Kasper Strand", "Lene Aagaard");
		assertThat(x.initiatives()).singleElement().satisfies(i -> assertThat(i.kind()).isEqualTo("investeringsforslag"));
	}

	@Test
	void reads_a_tab_table_with_an_afbud_row_and_lets_the_suppleant_stand_in_for_the_absent_member() {
		Extraction x = MinutesParser.parse(resource("hmu-tabel.txt"), "HMU");

		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("HMU");
			assertThat(m.date()).isEqualTo(LocalDate.of(2025, 3, 12));
			assertThat(m.start()).isEqualTo(LocalTime.of(9, 0));
		});
		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Signe Bloch").role()).isEqualTo("formand");
		assertThat(a.get("Signe Bloch").onBehalfOf()).isEqualTo("Ledelsen");
		// "Fællestillidsrepræ- sentant" and "for- mand" are one word each once the split is undone
		assertThat(a.get("Mikkel Aas").role()).isEqualTo("næstformand");
		assertThat(x.affiliations()).anySatisfy(f -> {
			assertThat(f.person()).isEqualTo("Mikkel Aas");
			assertThat(f.title()).isEqualTo("Fællestillidsrepræsentant");
		});
		assertThat(a.get("Karla Dyhr").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Preben Ulv").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Tove Grønbech").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Tove Grønbech").substituteFor()).isEqualTo("Karla Dyhr");
		// speakers below the table are already on it: no new people
		assertThat(x.people()).hasSize(6);
		// whom a member represents is recorded on the membership, not as the organisation's part in the forum
		assertThat(x.memberships()).filteredOn(mm -> mm.person().equals("Mikkel Aas"))
			.singleElement()
			.satisfies(mm -> assertThat(mm.onBehalfOf()).isEqualTo("FOA"));
		assertThat(x.participations()).isEmpty();
	}

	@Test
	void reads_members_grouped_under_organisation_headings_and_the_organisations_of_a_partnership() {
		Extraction x = MinutesParser.parse(resource("mail-og-arbejdsgruppe.txt"), "Mail");

		assertThat(x.meetings()).isEmpty();
		assertThat(x.memberships()).anySatisfy(m -> {
			assertThat(m.person()).isEqualTo("Ulla Birk");
			assertThat(m.forum()).isEqualTo("Styregruppe for velfærdsteknologi");
			assertThat(m.onBehalfOf()).isEqualTo("Region Sjælland");
		});
		assertThat(x.affiliations()).anySatisfy(f -> {
			assertThat(f.person()).isEqualTo("Henning Vestbo");
			assertThat(f.organisation()).isEqualTo("Kommunen");
			assertThat(f.title()).isEqualTo("direktør");
		});
		// the e-mail header names him too: one person, not two
		assertThat(x.people()).filteredOn(p -> p.name().equals("Henning Vestbo")).hasSize(1);
		assertThat(x.participations()).filteredOn(p -> p.forum().startsWith("Partnerskab"))
			.extracting(p -> p.organisation())
			.containsExactlyInAnyOrder("Roskilde Kommune", "Køge Kommune", "Region Sjælland",
					"Professionshøjskolen Absalon");
	}

	@Test
	void reads_the_parts_organisations_take_in_forums_from_an_overview_of_collaborations() {
		Extraction x = MinutesParser.parse(resource("samarbejdsfora-oversigt.txt"), "Oversigt");

		assertThat(x.participations()).extracting(p -> p.organisation() + " | " + p.forum() + " | " + p.role())
			.contains("FOA Vest | Rekrutteringsnetværk Vest | initiator", // (initieret af FOA Vest)
					"Viborg Kommune | Rekrutteringsnetværk Vest | member", // a group under its heading
					"Viborg Kommune | Samarbejde mellem Viborg Kommune og Skive kommune | member",
					"Skive Kommune | Samarbejde mellem Viborg Kommune og Skive kommune | member",
					"Region Nord | Regionsrådet | member", // "Region Nord:" over its own forums
					"Region Nord | Koordinationsgruppen | member",
					"FOA Vest | Sundhedsnetværket med fokus på ældre | chair", // "… har formandskabet"
					"EKSEMPEL | Rekrutteringsnetværk Vest | host"); // the forum's page on the host's site
		assertThat(x.memberships()).extracting(m -> m.person() + " | " + m.forum() + " | " + m.onBehalfOf())
			.containsExactlyInAnyOrder("Hanne Brix | Rekrutteringsnetværk Vest | Viborg Kommune",
					"Ib Kold Madsen | Rekrutteringsnetværk Vest | Viborg Kommune",
					"Lene Stær | Rekrutteringsnetværk Vest | FOA Vest",
					"Pia Lund | Sundhedsnetværket med fokus på ældre | Skive Kommune",
					"Ole Bæk | Sundhedsnetværket med fokus på ældre | Viborg Kommune");
	}

	@Test
	void people_said_to_be_unable_to_attend_are_absent_and_a_union_inside_its_confederation_is_the_union() {
		String text = String.join("\n", "Referat", "", "MED-udvalget for Ældreplejen", "Dato: 14-09-2023 kl. 13.00-15.00",
				"", "Navn\tStilling\tRepræsentant for", "Gitte Sand\tFællestillidsrepræsentant\tLO (3F)",
				"Bo Hjort\tLeder\tLedelsen, formand", "", "Bo Hjort oplyste, at Rita Kvist og Aksel Bonde desværre ikke kunne deltage.");
		Extraction x = MinutesParser.parse(text, "MED");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Rita Kvist").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Aksel Bonde").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Bo Hjort").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Gitte Sand").onBehalfOf()).isEqualTo("3F");
		assertThat(x.organisations()).filteredOn(o -> o.name().equals("3F"))
			.singleElement()
			.satisfies(o -> assertThat(o.aliases()).contains("LO (3F)"));
		// absent in prose only: not listed as members
		assertThat(x.memberships()).extracting(m -> m.person()).containsExactlyInAnyOrder("Gitte Sand", "Bo Hjort");
	}

	@Test
	void a_heading_whose_qualifier_holds_another_heading_is_read_without_failing() {
		// "Deltagere og afbud:" is one heading with a qualifier, and "afbud:" inside it a heading too: the two
		// overlapped, and the parser threw (met where PDF-to-text wrapped a flattened page's long lines)
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "Bestyrelsesmøde 3. marts 2031", "",
				"Deltagere og afbud:", "Kaja Bergmose", "", "Til stede: Vibe Horsager, Palle Drustrup", "",
				"1. Godkendelse af dagsorden"), "Bestyrelse");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Vibe Horsager").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Palle Drustrup").status()).isEqualTo(Status.PRESENT);
	}

	@Test
	void minutes_written_in_english_are_read_like_danish_ones() {
		Extraction x = MinutesParser.parse(String.join("\n", "Minutes of the Academic Council meeting",
				"Date: 4 April 2031, 13:00-15:00", "Place: Building 1430, room 2", "",
				"Present: Vibe Horsager (chair), Palle Drustrup, Kaja Bergmose", "Apologies: Ole Lund", "Also present: Eva Holm",
				"Minutes: Lis Bak", "", "1. Approval of the agenda"), "Minutes");

		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Academic Council");
			assertThat(m.date()).isEqualTo(LocalDate.of(2031, 4, 4));
			assertThat(m.location()).isEqualTo("Building 1430, room 2");
		});
		assertThat(attendanceFacts(x)).contains("Vibe Horsager PRESENT role=chair", "Palle Drustrup PRESENT",
				"Kaja Bergmose PRESENT", "Ole Lund ABSENT", "Eva Holm GUEST", "Lis Bak GUEST role=referent");
	}

	@Test
	void a_table_written_with_pipes_is_read_as_a_table() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "Bestyrelsen 5. maj 2031", "",
				"| Navn | Organisation | Fremmøde |", "|------|--------------|----------|", "| Vibe Horsager | KL | Til stede |",
				"| Palle Drustrup | FOA | Afbud |", "", "1. Godkendelse af dagsorden"), "Bestyrelse");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Vibe Horsager").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Vibe Horsager").onBehalfOf()).isEqualTo("KL");
		assertThat(a.get("Palle Drustrup").status()).isEqualTo(Status.ABSENT);
	}

	@Test
	void english_roles_in_brackets_are_roles_not_organisations() {
		Extraction x = MinutesParser.parse(String.join("\n", "Minutes of the Board meeting, 3 June 2031", "",
				"Present: Ida Krog (Chair), Per Ravn (Vice-Chair), Eva Holm (Treasurer)", "Apologies: Ole Lund",
				"In attendance: Lis Bak (Secretary)"), "Board");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Ida Krog").role()).isEqualTo("chair");
		assertThat(a.get("Per Ravn").role()).isEqualTo("vice-chair");
		assertThat(a.get("Eva Holm").role()).isEqualTo("treasurer");
		assertThat(a.get("Lis Bak").role()).isEqualTo("secretary");
		assertThat(a.values()).allSatisfy(at -> assertThat(at.onBehalfOf()).isNull());
		assertThat(x.organisations()).isEmpty();
	}

	@Test
	void a_heading_dated_without_a_year_takes_the_year_of_the_next_date_and_labels_stay_out_of_the_forums_name() {
		Extraction yearless = MinutesParser.parse(String.join("\n", "Referat af møde i Seniorrådet den 4. marts",
				"Referat udsendt 10. marts 2031", "", "Til stede: Ole Lund, Eva Holm"), "Seniorrådet");
		assertThat(yearless.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Seniorrådet");
			assertThat(m.date()).isEqualTo(LocalDate.of(2031, 3, 4));
		});
		Extraction labelled = MinutesParser.parse(String.join("\n", "Referat af møde i Seniorrådet",
				"Mødetidspunkt: Onsdag d. 4. marts 2031 kl. 10", "", "Til stede: Ole Lund, Eva Holm"), "Seniorrådet");
		assertThat(labelled.meetings()).singleElement().satisfies(m -> assertThat(m.forums()).containsExactly("Seniorrådet"));
	}

	@Test
	void a_date_on_a_line_of_its_own_under_the_heading_dates_the_meeting_whose_forum_the_heading_names() {
		Extraction x = MinutesParser.parse(String.join("\n", "VESTBY KOMMUNE", "SENIORRÅDET", "", "Referat af ordinært møde",
				"Tirsdag den 3. september 2031 kl. 9.30 - 12.00", "Mødested: Rådhuset", "", "Fremmødte:", "1. Ole Lund, formand",
				"2. Eva Holm", "", "Dagsorden:", "1. Godkendelse af referat fra mødet den 13. august 2031", "2. Dialog med Sundhedsudvalget",
				"", "Ad 1. Godkendelse af referat", "Godkendt.", "", "Ad 2. Dialog med Sundhedsudvalget", "Sundhedsudvalget orienterede.",
				"Sundhedsudvalget svarer senere."), "Referat");
		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Seniorrådet");
			assertThat(m.date()).isEqualTo(LocalDate.of(2031, 9, 3));
			assertThat(m.start()).isEqualTo(java.time.LocalTime.of(9, 30));
		});
	}

	@Test
	void a_numbered_list_goes_on_after_a_name_broken_across_lines_and_a_page_footer() {
		// the broken name is joined on its first line and its second left blank; an unknown given name follows
		Extraction x = MinutesParser.parse(String.join("\n", "Seniorrådet", "", "Referat", "Tirsdag den 3. september 2031", "",
				"Fremmødte:", "1. Ole Lund, formand", "2. Kim Lyng-", "Møller", "3. Hafsa Ibrahim", "", "Vestby Kommune - Seniorrådet - Referat 03.09.2031      Side 1 af 4",
				"", "4. Eva Holm", "", "Forfald:", "1. Per Ravn"), "Referat");
		Map<String, Attendance> a = byPerson(x);
		assertThat(a.keySet()).containsExactlyInAnyOrder("Ole Lund", "Kim Lyng-Møller", "Hafsa Ibrahim", "Eva Holm", "Per Ravn");
		assertThat(a.get("Eva Holm").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Per Ravn").status()).isEqualTo(Status.ABSENT);
		assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.forums()).containsExactly("Seniorrådet"));
	}

	@Test
	void a_decision_heading_inside_an_item_names_no_meeting_of_its_own() {
		// "Beslutning <forum> den <date>" heads each item's decision in many councils' minutes; the forum is the heading's
		Extraction x = MinutesParser.parse(String.join("\n", "Vestby Kommune", "", "Seniorrådet", "", "Referat", "",
				"Mødedato:    04.03.2031", "Mødested:    Rådhuset", "", "Mødt:", "Ole Lund, formand", "Eva Holm", "", "",
				"1. Godkendelse af dagsorden", "Sagsnr.: 31/4478", "Beslutning Seniorrådet den 04.03.2031", "Godkendt.", "",
				"2. Budget 2032", "Sagsnr.: 31/2290", "", "Beslutning i Seniorrådet den 04.03.2031", "Taget til efterretning."), "Referat");
		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Seniorrådet");
			assertThat(m.date()).isEqualTo(LocalDate.of(2031, 3, 4));
		});
	}

	@Test
	void a_member_page_headed_members_of_the_forum_lists_its_members_and_not_its_deputies() {
		Extraction x = MinutesParser.parse(String.join("\n", "Medlemmer af Seniorrådet 2030-2033", "", "Ole Lund", "Eva Holm", "",
				"Suppleanter:", "Per Ravn"), "Seniorrådet");

		assertThat(x.memberships()).extracting(m -> m.person() + " " + m.forum())
			.containsExactlyInAnyOrder("Ole Lund Seniorrådet", "Eva Holm Seniorrådet");
	}

	@Test
	void a_table_of_members_beside_their_deputies_lists_the_members_only() {
		Extraction x = MinutesParser.parse(String.join("\n", "Medlemmer af Handicaprådet", "", "Medlem\tStedfortræder",
				"Ole Lund, DH Vestby\tEva Holm, DH Vestby", "Per Ravn, Ældresagen\tIda Krog, Ældresagen"), "Handicaprådet");

		assertThat(x.memberships()).extracting(m -> m.person() + " " + m.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund DH Vestby", "Per Ravn Ældresagen");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = ';', textBlock = """
			Mødelokale: Byrådssalen;          Byrådssalen
			Lokation: Kulturhuset, Torvet 2;  Kulturhuset, Torvet 2
			Afholdt i: Plejecenter Solgården; Plejecenter Solgården
			Mødet blev afholdt på Plejecenter Solgården.; Plejecenter Solgården
			Mødet begyndte kl. 17.00 i Ungdomshuset. Formanden bød velkommen.; Ungdomshuset
			Mødet blev holdt den 4. marts 2031 på Rådhuset.; Rådhuset
			""")
	void the_place_of_a_meeting_under_its_other_labels(String line, String place) {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat af møde i Seniorrådet", "Dato: 4. marts 2031", line, "",
				"Til stede: Ole Lund, Eva Holm"), "Seniorrådet");
		assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.location()).isEqualTo(place));
	}

	/** {@code pdftotext -layout} keeps a page's header in columns, the authority to the left, the heading to the right. */
	@Test
	void a_page_header_laid_out_in_columns_names_the_forum_by_its_dated_cell() {
		String header = "Vestby Kommune                                   Referat - Ældrerådet 4. marts 2031";
		String text = String.join("\n", header, "", "Til stede: Ole Lund (formand), Eva Holm", "Afbud: Karen Bech", "", "Side 1 af 2",
				"\f" + header, "", "1. Godkendelse af dagsorden", "Godkendt.");
		Extraction x = MinutesParser.parse(text, "Ældrerådet");

		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Ældrerådet");
			assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2031, 3, 4));
		});
		assertThat(attendanceFacts(x)).containsExactlyInAnyOrder("Ole Lund PRESENT role=formand", "Eva Holm PRESENT", "Karen Bech ABSENT");
	}

	/** {@code pdftotext -layout} wraps a long cell onto the next line, under its column; the table goes on below it. */
	@Test
	void a_table_laid_out_with_spaces_is_read_past_a_cell_wrapped_onto_the_next_line() {
		String text = String.join("\n", "Referat af møde i Vestby Handicapråd 4. marts 2031", "",
				"Navn                Udpeget af                      Fremmøde",
				"Ole Lund            Vestby Kommune,                 Til stede",
				"                    Social- og Sundhedsudvalget",
				"Eva Holm            Danske Handicap-                Afbud",
				"                    organisationer",
				"Per Ravn            Ældresagen Vestby               Til stede", "", "1. Godkendelse af dagsorden");
		Extraction x = MinutesParser.parse(text, "Handicapråd");

		assertThat(attendanceFacts(x)).containsExactlyInAnyOrder("Ole Lund PRESENT behalf=Vestby Kommune, Social- og Sundhedsudvalget",
				"Eva Holm ABSENT behalf=Danske Handicaporganisationer", "Per Ravn PRESENT behalf=Ældresagen Vestby");
	}

	/**
	 * A forum's member page as a table, under "Medlemmer af …" or under the forum's name with a header of whom the
	 * members sit for: each name is its first cell, whom the member sits for the cell beside it, a deputy no member.
	 */
	@Test
	void a_member_page_laid_out_as_a_table_names_each_member_by_the_first_cell() {
		String page = String.join("\n", "Medlemmer af Vestby Handicapråd 2030-2033", "", "Navn\tOrganisation\tPeriode",
				"Ole Lund\tVestby Byråd\t2030-2033", "Eva Holm\tDH Vestby\t2030-2033");
		assertThat(MinutesParser.parse(page, "Handicapråd").memberships()).extracting(m -> m.person() + " | " + m.forum() + " | " + m.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund | Vestby Handicapråd | Vestby Byråd", "Eva Holm | Vestby Handicapråd | DH Vestby");

		String forumPage = String.join("\n", "Vestby Handicapråd", "", "Medlem\tSuppleant\tUdpeget af", "Ole Lund\tEva Holm\tKL",
				"Per Ravn\tKim Overvad\tDH Vestby");
		assertThat(MinutesParser.parse(forumPage, "Handicapråd").memberships()).extracting(m -> m.person() + " | " + m.forum() + " | " + m.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund | Vestby Handicapråd | KL", "Per Ravn | Vestby Handicapråd | DH Vestby");

		String board = String.join("\n", "Referat af møde i Vestby Skolebestyrelse 4. marts 2031", "", "Navn\tValgt som\tMødt",
				"Ole Lund\tForældrevalgt\tJa", "Eva Holm\tMedarbejdervalgt\tNej");
		assertThat(MinutesParser.parse(board, "Skolebestyrelse").memberships()).extracting(m -> m.person() + " | " + m.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund | null", "Eva Holm | null");
	}

	@Test
	void the_word_sted_in_a_sentence_is_no_place() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat af møde i Seniorrådet", "Dato: 4. marts 2031", "",
				"Til stede: Ole Lund, Eva Holm", "", "1. Sager", "Sagerne skal behandles det rette sted, inden de sættes i gang."), "Seniorrådet");
		assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.location()).isNull());
	}

	@Test
	void a_table_under_an_afbud_heading_lists_who_did_not_come() {
		String text = String.join("\n", "Referat af møde i Vestby Handicapråd 4. marts 2031", "", "Deltagere:", "Navn\tOrganisation",
				"Ole Lund\tKL", "", "Afbud:", "", "Navn\tOrganisation", "Eva Holm\tFOA", "", "1. Godkendelse af dagsorden");
		assertThat(attendanceFacts(MinutesParser.parse(text, "Handicapråd"))).containsExactlyInAnyOrder("Ole Lund PRESENT behalf=KL",
				"Eva Holm ABSENT behalf=FOA");
	}

	/**
	 * A Word table under a heading in capitals: the heading names the forum (Danish capitals fold to lower case), a row
	 * is never the forum however unknown its person's name, the place comes without its label, and "Suppleant for X" in
	 * the function column says whom the person stood in for.
	 */
	@Test
	void a_table_of_participants_under_a_heading_in_capitals_is_read_row_by_row() {
		String text = String.join("\n", "INTEGRATIONSRÅDET I VESTBY KOMMUNE", "", "Referat af møde nr. 1/2031", "",
				"Dato:\t12.02.2031, kl. 17.00-19.15", "Sted:\tBorgerhuset, lokale 3, Vestergade 2, Vestby", "", "Mødedeltagere:",
				"Navn\tUdpeget af\tFunktion", "Serkan Yıldız\tDansk-Tyrkisk Kulturforening\tFormand",
				"Mariam Osman\tSomalisk Forening Vestby\tSuppleant for Abdi Warsame", "Ole Lund\tVestby Boligselskab", "",
				"Fraværende med afbud:", "Abdi Warsame\tSomalisk Forening Vestby", "Gurpreet Singh Bhatia\tErhvervsrådet", "",
				"Dagsorden", "1.\tGodkendelse af dagsorden");
		Extraction x = MinutesParser.parse(text, "Integrationsråd");

		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).singleElement().asString().startsWithIgnoringCase("Integrationsrådet");
			assertThat(m.location()).isEqualTo("Borgerhuset, lokale 3, Vestergade 2, Vestby");
		});
		assertThat(attendanceFacts(x)).contains("Serkan Yıldız PRESENT behalf=Dansk-Tyrkisk Kulturforening role=formand title=Formand",
				"Mariam Osman PRESENT behalf=Somalisk Forening Vestby role=suppleant for=Abdi Warsame",
				"Abdi Warsame ABSENT behalf=Somalisk Forening Vestby", "Gurpreet Singh Bhatia ABSENT behalf=Erhvervsrådet");
	}

	/** A school's page of its board: the members by the group each sits for, the header row no one's name. */
	@Test
	void a_member_page_with_an_election_period_lists_the_members_by_the_group_they_represent() {
		String page = String.join("\n", "Skolebestyrelsen ved Vestby Skole", "", "Medlemmer af skolebestyrelsen, valgperiode 2030-2034", "",
				"Navn\tRepræsenterer\tPeriode", "Ole Lund, formand\tForældre\t2030-2034",
				"Rune Gottlieb\tForældre\t2032-2034 (indtrådt 1. marts 2032 efter udtrådt medlem)", "Eva Holm, lærer\tMedarbejdere\t2030-2034");
		assertThat(MinutesParser.parse(page, "Skolebestyrelse").memberships()).extracting(m -> m.person() + " | " + m.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund | Forældre", "Rune Gottlieb | Forældre", "Eva Holm | Medarbejdere");
	}

	/** A group of municipalities' table: the municipality in its own column is whom each member comes for. */
	@Test
	void a_table_s_municipality_column_says_whom_each_member_comes_for() {
		String text = String.join("\n", "Styregruppen for Grøn Omstilling Vestby", "", "Dato: 28. august 2031, kl. 10.00-12.00", "",
				"Deltagere", "", " Kommune                Navn                         Funktion",
				" Vestby                 Ole Lund                     Direktør for Teknik og", "                                                     Miljø (formand)",
				" Østby                  Per Ravn                     Kommunaldirektør", "", "Afbud: Bo Dahl (Østby Kommune)");
		assertThat(MinutesParser.parse(text, "Styregruppe").attendance()).extracting(a -> a.person() + " | " + a.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund | Vestby", "Per Ravn | Østby", "Bo Dahl | Østby Kommune");
	}

	/** In a body of municipalities each member sits for a kommune; the party beside it stays the person's. */
	@Test
	void a_kommune_beside_a_party_is_whom_the_member_sits_for_and_the_party_an_affiliation() {
		String text = String.join("\n", "Referat af møde i KKR Vestjylland", "Fredag den 13. september 2031 kl. 9.00-12.00", "",
				"Deltagere: Borgmester Ole Lund (V), Vestby Kommune, formand; borgmester Eva Holm (A), Østby Kommune; rådmand Per Ravn (C), udvalgsformand.",
				"", "1. Godkendelse af dagsorden");
		Extraction x = MinutesParser.parse(text, "KKR");
		assertThat(x.attendance()).extracting(a -> a.person() + " | " + a.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund | Vestby Kommune", "Eva Holm | Østby Kommune", "Per Ravn | Det Konservative Folkeparti");
		assertThat(x.affiliations()).extracting(a -> a.person() + " | " + a.organisation())
			.contains("Ole Lund | Venstre", "Eva Holm | Socialdemokratiet");
	}

	/** A name spaced otherwise in the list than the entry reads it once threw StringIndexOutOfBoundsException. */
	@Test
	void a_name_with_two_spaces_between_its_words_in_a_list_is_read_without_failing() {
		String text = String.join("\n", "Referat af møde i Vestby Byråd 4. marts 2031", "", "Desuden deltog:", "Kommunaldirektør Ole  Lund", "Eva   Holm, formand", "",
				"1. Meddelelser");
		Extraction x = MinutesParser.parse(text, "Byråd");
		assertThat(x.warnings()).noneMatch(w -> w.startsWith(MinutesParser.LAYOUTS_FAILED));
		assertThat(attendanceFacts(x)).anySatisfy(f -> assertThat(f).startsWith("Ole Lund GUEST"));
	}

	/** A bracket naming more than the absent member once threw StringIndexOutOfBoundsException and lost the whole import. */
	@Test
	void a_substitutes_bracket_that_names_two_people_is_read_without_failing() {
		String text = String.join("\n", "Referat af møde i Vestby Kommunalbestyrelse 4. marts 2031", "",
				"Til stede: Ole Lund (suppleant for Eva Holm, der havde afbud sammen med Per Ravn), Kim Overvad", "", "1. Meddelelser");
		Extraction x = MinutesParser.parse(text, "Kommunalbestyrelse");
		assertThat(x.warnings()).noneMatch(w -> w.startsWith(MinutesParser.RULES_FAILED));
		Set<String> facts = attendanceFacts(x);
		assertThat(facts).contains("Eva Holm ABSENT", "Kim Overvad PRESENT");
		assertThat(facts).anySatisfy(f -> assertThat(f).startsWith("Ole Lund PRESENT role=suppleant").endsWith("for=Eva Holm"));
	}

	/** A scan's 1 for l is read back in a name, and the name as the scan wrote it stays the person's alias. */
	@Test
	void a_name_repaired_from_a_scan_keeps_the_name_as_written_for_an_alias() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat af bestyre1sesmøde i Vestby Idrætsforening 9. januar 2031", "",
				"Ti1stede: A1lan Kjeldsen (formand), Ole Lund", "Fravaerende: Eva Mø1ler", "", "1. Godkende1se af dagsorden"), "Bestyrelse");
		assertThat(attendanceFacts(x)).contains("Allan Kjeldsen PRESENT role=formand", "Ole Lund PRESENT", "Eva Møller ABSENT");
		assertThat(x.people()).filteredOn(p -> p.name().equals("Allan Kjeldsen")).singleElement()
			.satisfies(p -> assertThat(p.aliases()).contains("A1lan Kjeldsen"));
		assertThat(x.people()).filteredOn(p -> p.name().equals("Ole Lund")).singleElement()
			.satisfies(p -> assertThat(p.aliases()).noneMatch(a -> a.contains("1")));
	}

	/** Who was called, each with a role label and a company; the afbud and a substitute say who of them came. */
	@Test
	void those_called_with_a_role_label_came_unless_they_sent_afbud() {
		String text = String.join("\n", "Vestby Arbejdsgiverforening", "", "REFERAT", "Bestyrelsesmøde", "",
				"Dato:\tOnsdag den 9. oktober 2030, kl. 8.00-10.00", "", "Indkaldt:", "•\tFormand: Ole Lund, Vestby Stål A/S",
				"•\tNæstformand: Eva Holm, Nordby Emballage ApS", "•\tBestyrelsesmedlem: Per Ravn, Vestby Plast A/S", "", "Afbud:\tPer Ravn", "",
				"1.\tVelkomst");
		assertThat(attendanceFacts(MinutesParser.parse(text, "Bestyrelse"))).containsExactlyInAnyOrder(
				"Ole Lund PRESENT behalf=Vestby Stål A/S role=formand title=Formand",
				"Eva Holm PRESENT behalf=Nordby Emballage ApS role=næstformand title=Næstformand",
				"Per Ravn ABSENT behalf=Vestby Plast A/S role=bestyrelsesmedlem title=Bestyrelsesmedlem");
	}

	/** "3F Vestby – Ole Lund (formand)": a list that puts each one's organisation first, then a dash. */
	@Test
	void an_organisation_before_a_dash_is_whom_the_name_after_it_sits_for() {
		String text = String.join("\n", "Referat fra mødet i lokalbestyrelsen mandag d. 2/9-30 kl. 17-19.30 i Vestby.", "", "Til stede:",
				"3F Vestby – Ole Lund (formand)", "HK Syd - Per Ravn", "Blik og Rør – Kim Overvad", "", "Afbud: Jan Wulff (Blik og Rør)", "",
				"1. Velkomst");
		assertThat(attendanceFacts(MinutesParser.parse(text, "Lokalbestyrelse"))).containsExactlyInAnyOrder(
				"Ole Lund PRESENT behalf=3F Vestby role=formand", "Per Ravn PRESENT behalf=HK Syd", "Kim Overvad PRESENT behalf=Blik og Rør",
				"Jan Wulff ABSENT behalf=Blik og Rør");
	}

	/**
	 * A table laid out with spaces whose first column names each group once ("Organisation  Navn  Funktion  Bemærkning"),
	 * a party in brackets in the name column, and a cell wrapped onto the line below.
	 */
	@Test
	void a_table_that_names_each_group_once_gives_every_row_its_group() {
		String text = String.join("\n", "REFERAT", "Styregruppen for Vestby Partnerskab", "", "  Dato og tid:    Onsdag 19. marts 2031, kl. 9.30–12.00",
				"  Sted:           Rådhuset", "", "  Organisation             Navn                      Funktion                         Bemærkning", "",
				"  Vestby Kommune           Ole Lund (A)              Rådmand, Børn og Unge,",
				"                                                     formand for styregruppen",
				"                           Eva Holm                  Direktør",
				"  BUPL Vestby              Per Ravn                  Formand                          Afbud",
				"                           Kim Overvad               Næstformand", "", "1. Velkomst");
		assertThat(attendanceFacts(MinutesParser.parse(text, "Styregruppe"))).containsExactlyInAnyOrder(
				"Ole Lund PRESENT behalf=Vestby Kommune title=Rådmand, Børn og Unge, formand for styregruppen",
				"Eva Holm PRESENT behalf=Vestby Kommune title=Direktør", "Per Ravn ABSENT behalf=BUPL Vestby role=formand title=Formand",
				"Kim Overvad PRESENT behalf=BUPL Vestby role=næstformand title=Næstformand");
	}

	/** PDF-to-text without layout breaks every paragraph at the margin, here mid-name and mid-list. */
	@Test
	void minutes_broken_at_the_margin_are_read_as_if_each_paragraph_were_one_line() {
		String text = String.join("\n", "Referat af møde i Vestby Ungdomsråd den 4. marts 2031 kl. 17.00 i Ungdomshuset. Til stede: Ole",
				"Lund (formand), Eva Holm, Per Ravn, Kim Overvad og Lise Brodersen. Afbud: Karen Bech og Jens",
				"Krog. Fra forvaltningen deltog Anders Falk (referent). 1. Godkendelse af dagsorden. Godkendt. 2.",
				"Orientering. Formanden orienterede om budgettet for 2032 og om det nye ungdomshus i Vestby.");
		Extraction x = MinutesParser.parse(text, "Ungdomsråd");

		assertThat(attendanceFacts(x)).containsExactlyInAnyOrder("Ole Lund PRESENT role=formand", "Eva Holm PRESENT", "Per Ravn PRESENT",
				"Kim Overvad PRESENT", "Lise Brodersen PRESENT", "Karen Bech ABSENT", "Jens Krog ABSENT", "Anders Falk GUEST role=referent");
		assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.location()).isEqualTo("Ungdomshuset"));
	}

	@Test
	void an_official_named_in_the_list_of_who_came_is_a_guest_and_no_member() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat af møde i Seniorrådet 4. marts 2031", "",
				"Til stede: Ole Lund, Eva Holm og Ida Krog, samt fra forvaltningen Per Ravn.", "", "1. Godkendelse af dagsorden"),
				"Seniorrådet");

		assertThat(byPerson(x).get("Per Ravn").status()).isEqualTo(Status.GUEST);
		assertThat(byPerson(x).get("Ida Krog").status()).isEqualTo(Status.PRESENT);
		assertThat(x.memberships()).extracting(Extraction.Membership::person).doesNotContain("Per Ravn");
	}

	@Test
	void a_member_page_of_fields_gives_each_member_the_organisation_under_the_name() {
		Extraction x = MinutesParser.parse(String.join("\n", "Handicaprådets medlemmer", "", "Navn: Ole Lund", "Organisation: DH Vestby",
				"", "Navn: Eva Holm", "Udpeget af: Byrådet", "", "Navn: Per Ravn"), "Handicaprådet");

		assertThat(x.memberships()).extracting(m -> m.person() + " " + m.onBehalfOf())
			.containsExactlyInAnyOrder("Ole Lund DH Vestby", "Eva Holm Byrådet", "Per Ravn null");
	}

	@Test
	void a_line_labelled_with_the_absent_member_names_the_substitute_who_came() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "Økonomiudvalget", "", "Mødedato: 4. marts 2031", "",
				"Medlemmer: Ole Lund (A), Eva Holm (O)", "Afbud: Eva Holm (O)", "Stedfortræder for Eva Holm (O): Per Ravn (O)", "",
				"1. Godkendelse af dagsorden"), "Økonomiudvalget");

		assertThat(byPerson(x).get("Per Ravn").status()).isEqualTo(Status.PRESENT);
		assertThat(byPerson(x).get("Per Ravn").substituteFor()).isEqualTo("Eva Holm");
	}

	@Test
	void members_with_afbud_stayed_away_though_members_alone_came() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat af møde i Ældrerådet 3. maj 2031", "",
				"Medlemmer til stede: Ole Lund, Eva Holm", "Medlemmer med afbud: Per Ravn", "", "1. Godkendelse af dagsorden"),
				"Ældrerådet");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Ole Lund").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Per Ravn").status()).isEqualTo(Status.ABSENT);
	}

	@Test
	void a_table_whose_cells_came_one_to_a_line_is_read_as_a_table() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "Skolebestyrelsen ved Vestby Skole", "Dato: 4. marts 2031", "",
				"Deltagere", "Navn", "Funktion", "Fremmøde", "Ole Lund", "Formand", "Deltog", "Eva Holm", "Forælderrepræsentant",
				"Afbud", "Per Ravn", "Skoleleder", "Deltog", "", "1. Godkendelse af dagsorden"), "Skolebestyrelse");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.keySet()).containsExactlyInAnyOrder("Ole Lund", "Eva Holm", "Per Ravn");
		assertThat(a.get("Ole Lund").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Ole Lund").role()).isEqualTo("formand");
		assertThat(a.get("Eva Holm").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Eva Holm").title()).isEqualTo("Forælderrepræsentant");
		assertThat(a.get("Per Ravn").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Per Ravn").title()).isEqualTo("Skoleleder");
	}

	@Test
	void who_came_written_in_initials_is_read_as_the_people_the_minutes_give_those_initials() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "Styregruppen for Skoleudvikling", "Dato: 4. september 2031", "",
				"Til stede: OL, EH, PR", "Afbud: KB", "", "Deltagerliste:", "Ole Lund (OL), Vestby Kommune", "Eva Holm (EH), BUPL",
				"Per Ravn (PR), VIA UC", "Karen Bech (KB), KL", "", "1. Status"), "Styregruppe");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.keySet()).containsExactlyInAnyOrder("Ole Lund", "Eva Holm", "Per Ravn", "Karen Bech");
		assertThat(a.get("Karen Bech").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Karen Bech").span().from()).as("cited on the afbud line").isEqualTo(6);
		assertThat(a.get("Per Ravn").status()).isEqualTo(Status.PRESENT);
	}

	@Test
	void a_table_laid_out_with_spaces_is_read_as_a_table() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat af møde i Handicaprådet den 7. maj 2031", "",
				"Navn                Organisation          Fremmøde", "Ida Krog            DH Vestby             Ja",
				"Per Ravn            Vestby Kommune        Nej", "Eva Holm            Ældresagen            Ja"), "Handicaprådet");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.keySet()).containsExactlyInAnyOrder("Ida Krog", "Per Ravn", "Eva Holm");
		assertThat(a.get("Per Ravn").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Per Ravn").onBehalfOf()).isEqualTo("Vestby Kommune");
		assertThat(a.get("Eva Holm").status()).isEqualTo(Status.PRESENT);
	}

	@Test
	void reads_a_council_committee_with_party_letters_labelled_times_and_titled_guests() {
		Extraction x = MinutesParser.parse(resource("byraadsudvalg.txt"), "Udvalg");

		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Teknik- og Miljøudvalget");
			assertThat(m.start()).isEqualTo(LocalTime.of(15, 0));
			assertThat(m.location()).isEqualTo("Rådhuset, mødelokale 1");
		});
		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Jens Holmgaard").onBehalfOf()).isEqualTo("Socialdemokratiet");
		assertThat(a.get("Jens Holmgaard").role()).isEqualTo("formand");
		assertThat(a.get("Ole Nyborg").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Anne Vinter").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Bo Lind").status()).isEqualTo(Status.GUEST);
		assertThat(x.organisations()).filteredOn(o -> o.name().equals("Enhedslisten"))
			.singleElement()
			.satisfies(o -> assertThat(o.kind()).isEqualTo("party"));
	}

	@Test
	void a_party_the_rules_read_is_kept_when_the_layout_lists_tie_the_same_members_without_it() {
		Extraction x = MinutesParser.parse(String.join("\n", "Bestyrelse", "",
				" Medlemmerne af Egnsrådets bestyrelse i valgperioden 2030-2034 er:", "",
				" • Formand: Aske Frandsen (A), Tarup", " • Næstformand: Hedda Kobbersmed (V), Lunde",
				" • Vita Brøndum (F), Skals", " • Oluf Ravnkilde (Ø), Vorde."), "Bestyrelse");

		Map<String, String> behalf = x.memberships().stream()
			.collect(Collectors.toMap(Membership::person, m -> String.valueOf(m.onBehalfOf())));
		assertThat(behalf).containsEntry("Aske Frandsen", "A").containsEntry("Hedda Kobbersmed", "V")
			.containsEntry("Vita Brøndum", "F").containsEntry("Oluf Ravnkilde", "Ø");
	}

	/**
	 * PDF text often keeps its words apart with no-break spaces, marks page breaks with a form feed and leaves the
	 * pages' numbers between them: the same minutes written that way read exactly as the plain text, every fact
	 * citing the same line.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "udvalg-beslutningsprotokol.txt", "hmu-tabel.txt", "regionsraad-beslutningsprotokol.txt", "byraadsudvalg.txt" })
	void minutes_written_as_pdf_text_read_as_the_plain_text(String name) {
		String plain = resource(name);
		String[] lines = plain.replace(' ', '\u00A0').split("\n", -1);
		for (int i = 3; i < lines.length; i += 7) {
			lines[i] = "\f" + lines[i];
		}
		// every other blank line holds the number of the page that ends there
		for (int i = 1, page = 1; i < lines.length; i++) {
			if (lines[i].isEmpty() && page++ % 2 == 1) {
				lines[i] = "Side " + page / 2 + " af 9";
			}
		}
		Extraction asPdfText = MinutesParser.parse(String.join("\n", lines), "Protokol");
		Extraction asPlain = MinutesParser.parse(plain, "Protokol");

		assertThat(attendanceFacts(asPlain)).isNotEmpty();
		assertThat(attendanceFacts(asPdfText)).isEqualTo(attendanceFacts(asPlain));
		assertThat(asPdfText.attendance()).extracting(Attendance::span).isEqualTo(asPlain.attendance().stream().map(Attendance::span).toList());
		assertThat(asPdfText.meetings()).extracting(m -> m.forums() + " " + m.date() + " " + m.location())
			.isEqualTo(asPlain.meetings().stream().map(m -> m.forums() + " " + m.date() + " " + m.location()).toList());
	}

	/** A line that cannot continue the entry above it (it made the entry unreadable and the parse fail) is read on its own. */
	@ParameterizedTest
	@ValueSource(strings = { "og 1. suppleant: Per Ravn", "x 1. suppleant: Per Ravn" })
	void a_member_entry_is_read_alone_when_the_next_line_cannot_continue_it(String next) {
		String text = "Landsbyrådet i Nørre Sogn\n\nMedlemmer valgt af borgerforeningerne:\n • Ole Lund\n • Eva Holm\n " + next + "\n";
		Extraction x = MinutesParser.parse(text, "landsbyraad_noerre-sogn.txt");

		assertThat(x.memberships()).extracting(Membership::person).containsExactlyInAnyOrder("Ole Lund", "Eva Holm", "Per Ravn");
	}

	/** The attendance facts of a parse, one per person: "Name STATUS [behalf=…] [role=…] [title=…] [for=…]". */
	private static Set<String> attendanceFacts(Extraction x) {
		return x.attendance().stream().map(a -> a.person() + " " + a.status()
				+ (a.onBehalfOf() == null ? "" : " behalf=" + a.onBehalfOf()) + (a.role() == null ? "" : " role=" + a.role())
				+ (a.title() == null ? "" : " title=" + a.title()) + (a.substituteFor() == null ? "" : " for=" + a.substituteFor()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static List<Arguments> minutesThatNeverNameTheirBody() {
		return List.of(
				Arguments.of("Referat\n\nFremmødte: Ole Lund, Eva Holm og Per Ravn\nUdeblev: Ida Krog\n\n1. Godkendelse af dagsorden",
						List.of("Eva Holm PRESENT", "Ida Krog ABSENT", "Ole Lund PRESENT", "Per Ravn PRESENT")),
				Arguments.of("Referat\n\nMødt var: Ole Lund (A), Eva Holm (V)\nEndvidere deltog: Direktør Per Ravn\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT behalf=V", "Ole Lund PRESENT behalf=A", "Per Ravn GUEST title=Direktør")),
				Arguments.of("Referat\n\nI mødet deltager: Ole Lund, Eva Holm\nDesuden deltog: Kontorchef Per Ravn\n"
						+ "Protokolfører: Ida Krog\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT", "Ida Krog GUEST role=referent", "Ole Lund PRESENT", "Per Ravn GUEST title=Kontorchef")),
				Arguments.of("Referat\n\nMødeleder: Ole Lund\nReferent: Eva Holm\nDeltagere: Ole Lund, Eva Holm, Per Ravn\n\n1. Meddelelser",
						List.of("Eva Holm GUEST role=referent", "Ole Lund PRESENT role=mødeleder", "Per Ravn PRESENT")),
				// letter-spaced headings of a scanned page
				Arguments.of("Referat\n\nT i l s t e d e : Ole Lund, Eva Holm og Per Ravn\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT", "Ole Lund PRESENT", "Per Ravn PRESENT")),
				Arguments.of("Referat\n\nTil stede: Ole Lund, Eva Holm og Per Ravn\nFraværende uden afbud: Ida Krog\n"
						+ "Fraværende med afbud: Lise Vang\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT", "Ida Krog ABSENT", "Lise Vang ABSENT", "Ole Lund PRESENT", "Per Ravn PRESENT")),
				// surname first, entries between semicolons; the afbud list is one entry
				Arguments.of("Referat\n\nTilstede: Lund, Ole (A); Holm, Eva (V); Ravn, Per (F)\nAfbud: Krog, Ida (A)\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT behalf=V", "Ida Krog ABSENT behalf=A", "Ole Lund PRESENT behalf=A", "Per Ravn PRESENT behalf=F")),
				// who stood in for whom, under a heading and inside the list of who came
				Arguments.of("Referat\n\nTil stede: Ole Lund, Eva Holm\nStedfortræder: Per Ravn for Ida Krog\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT", "Ida Krog ABSENT", "Ole Lund PRESENT", "Per Ravn PRESENT role=suppleant title=Stedfortræder for=Ida Krog")),
				Arguments.of("Referat\n\nTil stede: Ole Lund, Eva Holm og Lise Vang (deltog i Ida Krogs fravær)\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT", "Ida Krog ABSENT", "Lise Vang PRESENT for=Ida Krog", "Ole Lund PRESENT")),
				// officials under "Til stede fra forvaltningen" are guests
				Arguments.of("Referat\n\nTil stede: Ole Lund, Eva Holm\nTil stede fra forvaltningen: Direktør Per Ravn, Ida Krog\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT", "Ida Krog GUEST", "Ole Lund PRESENT", "Per Ravn GUEST title=Direktør")),
				// names glued together where a PDF lost the line break
				Arguments.of("Referat\n\nDeltagere:\nOle LundEva Holm\nPer Ravn\n\n1. Meddelelser",
						List.of("Eva Holm PRESENT", "Ole Lund PRESENT", "Per Ravn PRESENT")),
				// "all but": the ones named stayed away, the other members came; "alle undtagen" in a vote is no attendance
				Arguments.of("Referat\n\nTil stede: Alle medlemmer undtagen Per Ravn og Eva Holm\n\nMedlemmer: Ida Krog, Per Ravn, "
						+ "Eva Holm, Ole Lund\n\n1. Meddelelser\nForslaget blev vedtaget af alle undtagen Ole Lund.",
						List.of("Eva Holm ABSENT", "Ida Krog PRESENT", "Ole Lund PRESENT", "Per Ravn ABSENT")));
	}

	/** Who came is read though no forum is named: the meeting is then the document's own, named by its title. */
	@ParameterizedTest
	@MethodSource
	void minutesThatNeverNameTheirBody(String text, List<String> facts) {
		Extraction x = MinutesParser.parse(text, "referat_2031-03-02.txt");

		assertThat(attendanceFacts(x)).containsExactlyInAnyOrderElementsOf(facts);
		assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.forums()).containsExactly("referat 2031-03-02"));
	}

	@Test
	void a_heading_naming_the_meeting_gives_forum_date_and_time_and_a_role_heading_gives_the_role() {
		Extraction a = MinutesParser.parse(String.join("\n",
				"Dagsorden for mødet i Ældrerådet tirsdag den 5. marts 2024 kl. 10.00", "", "Mødeleder: Kim Ravn",
				"Referent: Ane Bo", "Til stede: Per Holt, Lis Dam og Kim Ravn", "Afbud: Eva Krog"), "Ældreråd");
		assertThat(a.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Ældrerådet");
			assertThat(m.title()).isEqualTo("Dagsorden for mødet i Ældrerådet");
			assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 5));
			assertThat(m.start()).isEqualTo(LocalTime.of(10, 0));
		});
		Map<String, Attendance> at = byPerson(a);
		assertThat(at.get("Kim Ravn").role()).isEqualTo("mødeleder");
		assertThat(at.get("Kim Ravn").status()).isEqualTo(Status.PRESENT);
		assertThat(at.get("Ane Bo").status()).isEqualTo(Status.GUEST);
		assertThat(at.get("Ane Bo").role()).isEqualTo("referent");
		assertThat(at.get("Eva Krog").status()).isEqualTo(Status.ABSENT);

		Extraction b = MinutesParser.parse(String.join("\n",
				"Referat af møde i Skolebestyrelsen den 5. marts 2024 kl. 17.00-19.00", "",
				"Deltagere: Sara Winther (formand), Tom Lyng, Ida Nord (elevrådet)", "Fraværende: Mads Eg"), "Skole");
		assertThat(b.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Skolebestyrelsen");
			assertThat(m.end()).isEqualTo(LocalTime.of(19, 0));
		});
		assertThat(byPerson(b)).containsOnlyKeys("Sara Winther", "Tom Lyng", "Ida Nord", "Mads Eg");
	}

	@Test
	void a_bullet_list_marks_afbud_guests_of_one_item_and_the_suppleant_standing_in() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "", "HMU", "12-06-2024 kl. 9.00-10.30", "",
				"Til stede:", "• Anne Holm (formand)", "• Lise Kjær, suppleant for Bo Dam", "• Niels Ulf - afbud",
				"• Karen Bro, deltog under punkt 3", "", "Fraværende:", "• Bo Dam"), "HMU");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Anne Holm").role()).isEqualTo("formand");
		assertThat(a.get("Lise Kjær").substituteFor()).isEqualTo("Bo Dam");
		assertThat(a.get("Niels Ulf").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Karen Bro").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Karen Bro").agendaItems()).containsExactly(3);
		assertThat(a.get("Bo Dam").status()).isEqualTo(Status.ABSENT);
		assertThat(x.memberships()).extracting(m -> m.person() + " " + m.role())
			.containsExactlyInAnyOrder("Anne Holm formand", "Lise Kjær suppleant", "Niels Ulf null", "Bo Dam null");
	}

	@Test
	void repairs_ocr_damage_for_matching_but_keeps_the_words_as_written() {
		String text = String.join("\n", "REFERAT", "", "Styregruppen for Havnefronten", "Mgdedato: 2. juni 2022",
				"", "Mgdedeltagere:", "Søren Kjærgaard", "Bent Hgjlund", "", "Afbud:", "Åse Brøndum", "",
				"Sgren Kjeergaard bemeerker, at tidsplanen holder.", "Åse Brondum spgrger til budgettet.");
		Extraction x = MinutesParser.parse(text, "OCR");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a).containsOnlyKeys("Søren Kjærgaard", "Bent Hgjlund", "Åse Brøndum");
		assertThat(a.get("Søren Kjærgaard").status()).isEqualTo(Status.PRESENT);
		// an absent member who is quoted stays absent: the list is the record
		assertThat(a.get("Åse Brøndum").status()).isEqualTo(Status.ABSENT);
		assertThat(x.people()).filteredOn(p -> p.name().equals("Søren Kjærgaard"))
			.singleElement()
			.satisfies(p -> assertThat(p.aliases()).contains("Sgren Kjeergaard"));
	}

	@Test
	void short_forms_and_initials_join_the_full_name_but_a_shared_surname_does_not() {
		String text = String.join("\n", "Dagsorden", "", "Økonomiudvalget", "05-01-2021 13:00 - 14:00",
				"Rådhuset, lokale 12", "", "Deltagere:", "Ida Marie Vang", "Poul Vang", "Karsten Lund Olesen",
				"", "Punkt 1: Orientering (IMV)", "", "Beslutning for Punkt 1: Orientering",
				"Ida Vang orienterede. KLO følger op.");
		Extraction x = MinutesParser.parse(text, "Kort");

		assertThat(x.people()).extracting(p -> p.name())
			.containsExactlyInAnyOrder("Ida Marie Vang", "Poul Vang", "Karsten Lund Olesen");
		assertThat(x.people()).filteredOn(p -> p.name().equals("Ida Marie Vang"))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.aliases()).contains("Ida Vang");
				assertThat(p.initials()).contains("IMV");
			});
		assertThat(x.people()).filteredOn(p -> p.name().equals("Karsten Lund Olesen"))
			.singleElement()
			.satisfies(p -> assertThat(p.initials()).contains("KLO"));
		assertThat(x.meetings().get(0).items().get(0).decision()).contains("KLO følger op");
	}

	@Test
	void reads_the_date_forms_of_danish_minutes() {
		assertThat(Dates.first("17-08-2021 08:00 - 10:00")).isEqualTo(LocalDate.of(2021, 8, 17));
		assertThat(Dates.first("MØDEDATO D. 24. APRIL 2026")).isEqualTo(LocalDate.of(2026, 4, 24));
		assertThat(Dates.first("den 6. november 2017 kl. 11:30")).isEqualTo(LocalDate.of(2017, 11, 6));
		assertThat(Dates.first("Dato: 2023-09-01")).isEqualTo(LocalDate.of(2023, 9, 1));
		assertThat(Dates.first("31-02-2021")).isNull();
		// a year in two digits where a label says it is a date, never a journal or KLE number
		assertThat(Dates.first("Dato: 12.03.31 kl. 17.00")).isEqualTo(LocalDate.of(2031, 3, 12));
		assertThat(Dates.first("Torsdag d.10.09.15.")).isEqualTo(LocalDate.of(2015, 9, 10));
		assertThat(Dates.first("Mødedato: 3/3-92")).isEqualTo(LocalDate.of(1992, 3, 3));
		assertThat(Dates.first("Mødedato: 03-03-92")).isEqualTo(LocalDate.of(1992, 3, 3));
		assertThat(Dates.first("Sag 00.01.00 og 17.02.31")).isNull();
		assertThat(Dates.first("den 10.30.45")).isNull();
		assertThat(Dates.first("Dato: 2031.03.04")).isEqualTo(LocalDate.of(2031, 3, 4));
		assertThat(Dates.times("TID KL. 10.00-12.00")).containsExactly(LocalTime.of(10, 0), LocalTime.of(12, 0));
	}

	@Test
	void budget_codes_meet_their_ocr_forms() {
		assertThat(Initiatives.codeKey("UD/S101")).isEqualTo(Initiatives.codeKey("UD/SI01"));
		assertThat(Initiatives.normaliseCode("TVO01")).isEqualTo("TV01");
	}

	@Test
	void a_text_without_minutes_yields_nothing() {
		Extraction x = MinutesParser.parse("Kære alle\n\nHusk kagen på fredag.\n\nHilsen\n", "Kage");
		assertThat(x.isEmpty()).isTrue();
	}

	@Test
	void names_are_told_apart_from_headings_and_bodies() {
		assertThat(Names.looksLikeName("Jan Deleurand Groulef")).isTrue();
		assertThat(Names.looksLikeName("Maria Luisa Galán van Binsbergen")).isTrue();
		assertThat(Names.looksLikeName("Lisbeth S. Andersen")).isTrue();
		assertThat(Names.looksLikeName("Strategisk Forum")).isFalse();
		assertThat(Names.looksLikeName("Fælles Rekrutteringsindsats")).isFalse();
		assertThat(Names.looksLikeName("Aarhus Kommune")).isFalse();
		assertThat(Names.isShortFormOf("Helle Klinge", "Helle Wrang Klinge")).isTrue();
		assertThat(Names.isShortFormOf("Hans van Binsbergen", "Maria van Binsbergen")).isFalse();
		assertThat(Names.isShortFormOf("Lars Petersen", "Elizabeth Petersen")).isFalse();
		assertThat(Names.sameName("Birgittte Østergaard Lykke", "Birgitte Østergaard Lykke")).isTrue();
		assertThat(Names.sameName("Lars Petersen", "Lars Pedersen")).isFalse();
		assertThat(Names.initials("Hans van Binsbergen")).contains("HvB");
		assertThat(List.of(Names.initials("Susanne Hammer-Jakobsen"))).isNotEmpty();
	}

	@Test
	void a_titled_guest_in_prose_is_the_name_with_the_title_as_role_and_the_organisation_apart() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "", "Sundhedsudvalget", "Dato: 4. april 2025 kl. 9.00",
				"", "Til stede: Anne Holm, Bo Lund", "", "Punkt 1. Status på akutplan",
				"Overlæge Karin Skov, Center for Akutmedicin, deltog under punkt 1.", "Beslutning: Godkendt.", "",
				"Punkt 2. Budget", "Afdelingschef Jens Bo Krag, Økonomiafdelingen, og specialkonsulent Ida Lyng deltog under behandlingen af punkt 2 og 3.",
				"Beslutning: Godkendt.", "", "Punkt 3. Eventuelt",
				"Sekretariatschef Tine Vang deltog i behandlingen af punkt 3.", "Beslutning: Intet."), "Sundhed");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Karin Skov").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Karin Skov").title()).isEqualTo("Overlæge");
		assertThat(a.get("Karin Skov").onBehalfOf()).isEqualTo("Center for Akutmedicin");
		assertThat(a.get("Karin Skov").agendaItems()).containsExactly(1);
		assertThat(a.get("Jens Bo Krag").title()).isEqualTo("Afdelingschef");
		assertThat(a.get("Jens Bo Krag").onBehalfOf()).isEqualTo("Økonomiafdelingen");
		assertThat(a.get("Jens Bo Krag").agendaItems()).containsExactly(2, 3);
		assertThat(a.get("Ida Lyng").title()).isEqualTo("specialkonsulent");
		assertThat(a.get("Ida Lyng").agendaItems()).containsExactly(2, 3);
		assertThat(a.get("Tine Vang").agendaItems()).containsExactly(3);
		assertThat(x.people()).extracting(p -> p.name())
			.containsExactlyInAnyOrder("Anne Holm", "Bo Lund", "Karin Skov", "Jens Bo Krag", "Ida Lyng", "Tine Vang");
		assertThat(x.affiliations()).extracting(f -> f.person() + " | " + f.organisation() + " | " + f.title())
			.contains("Karin Skov | Center for Akutmedicin | Overlæge", "Jens Bo Krag | Økonomiafdelingen | Afdelingschef");
	}

	@Test
	void a_job_title_or_an_organisation_is_never_taken_for_a_name() {
		assertThat(Names.looksLikeName("Chefkonsulent Nanna Krogh")).isFalse();
		assertThat(Names.looksLikeName("Hospitalsenheden Midt")).isFalse();
		assertThat(Names.looksLikeName("Regionssekretariatet Nord")).isFalse();
		assertThat(Names.looksLikeName("Center Syd")).isFalse();
		assertThat(Names.titledName("Chefkonsulent Nanna Krogh")).containsExactly("Chefkonsulent", "Nanna Krogh");
		assertThat(Names.titledName("konstitueret direktør Bo Lind")).containsExactly("konstitueret direktør", "Bo Lind");
		assertThat(Names.titledName("Centerchef Ulla Bak Friis")).containsExactly("Centerchef", "Ulla Bak Friis");
		assertThat(Names.titledName("Hospitalsenheden Midt")).isNull();
		assertThat(Names.looksLikeOrganisation("Afdelingschef Sune Bjerregaard")).isFalse();
		assertThat(Names.looksLikeOrganisation("Center for Økonomi og Personale")).isTrue();
	}

	@Test
	void substitutes_written_in_prose_are_present_as_suppleant_for_the_absent_member() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "", "Kultur- og Fritidsudvalget",
				"Dato: 2. maj 2025 kl. 16.00", "", "Til stede: Anne Holm (A), Bo Lund (V), Eva Kro (B), Lis Nørby (F)",
				"Fraværende: Per Dal (C)", "Som suppleant for Per Dal deltog Kim Bak (C).",
				"Ulla Vinther (O) deltog som suppleant for Jens Rud.",
				"Eva Kro var fraværende, Mads Hjort (B) mødte som stedfortræder.", "",
				"Punkt 1. Godkendelse af dagsorden", "Beslutning: Godkendt."), "Kultur");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Kim Bak").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Kim Bak").role()).isEqualTo("suppleant");
		assertThat(a.get("Kim Bak").substituteFor()).isEqualTo("Per Dal");
		assertThat(a.get("Kim Bak").onBehalfOf()).isEqualTo("Det Konservative Folkeparti");
		assertThat(a.get("Per Dal").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Ulla Vinther").substituteFor()).isEqualTo("Jens Rud");
		assertThat(a.get("Jens Rud").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Mads Hjort").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Mads Hjort").substituteFor()).isEqualTo("Eva Kro");
		assertThat(a.get("Eva Kro").status()).isEqualTo(Status.ABSENT);
		assertThat(x.memberships()).extracting(m -> m.person() + " " + m.role()).contains("Kim Bak suppleant", "Mads Hjort suppleant");

		Extraction y = MinutesParser.parse(String.join("\n", "Referat", "", "Ældrerådet", "Dato: 2. maj 2025", "",
				"Deltagere: Hanne Lyk, Ole Smed", "Gerda Balle (suppleant for Hans Ravn) deltog i hele mødet."), "Ældreråd");
		assertThat(byPerson(y).get("Gerda Balle").substituteFor()).isEqualTo("Hans Ravn");
		assertThat(byPerson(y).get("Gerda Balle").status()).isEqualTo(Status.PRESENT);
		assertThat(byPerson(y).get("Hans Ravn").status()).isEqualTo(Status.ABSENT);
	}

	@Test
	void an_item_about_a_partnership_with_named_organisations_is_a_partnership_initiative_they_take_part_in() {
		Extraction x = MinutesParser.parse(resource("regionsraad-beslutningsprotokol.txt"), "Regionsråd");

		String title = "Partnerskab om sundhedsuddannelser med VIA University College og Aarhus Kommune";
		assertThat(x.initiatives()).filteredOn(i -> i.name().equals(title))
			.singleElement()
			.satisfies(i -> assertThat(i.kind()).isEqualTo("partnership"));
		assertThat(x.meetings().get(0).items().get(2).initiatives()).containsExactly(title);
		assertThat(x.participations()).filteredOn(p -> title.equals(p.initiative()))
			.extracting(p -> p.organisation())
			.containsExactlyInAnyOrder("VIA University College", "Aarhus Kommune");
	}

	@Test
	void reads_a_regional_council_protocol_with_a_titled_guest_and_a_substitute_in_prose() {
		Extraction x = MinutesParser.parse(resource("regionsraad-beslutningsprotokol.txt"), "Regionsråd");

		// "Regionsrådet, Region Midtjylland": the forum, and the region it belongs to (not a second forum)
		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Regionsrådet");
			assertThat(m.date()).isEqualTo(LocalDate.of(2025, 3, 12));
			assertThat(m.start()).isEqualTo(LocalTime.of(14, 0));
			assertThat(m.items()).extracting(i -> i.number()).containsExactly(1, 2, 3);
		});
		assertThat(x.participations()).extracting(p -> p.organisation() + " | " + p.forum() + " | " + p.role())
			.contains("Region Midtjylland | Regionsrådet | host");
		Map<String, Attendance> a = byPerson(x);
		assertThat(a).containsOnlyKeys("Marianne Folkmann", "Bjarke Lund Thomsen", "Signe Holt-Madsen", "Kristoffer Ågaard",
				"Pia Rønnow", "Henrik Vestergård", "Lise Dam", "Ole Brøndum", "Nanna Krogh");
		assertThat(a.get("Marianne Folkmann").role()).isEqualTo("formand");
		assertThat(a.get("Marianne Folkmann").onBehalfOf()).isEqualTo("Socialdemokratiet");
		assertThat(a.get("Henrik Vestergård").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Lise Dam").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Lise Dam").role()).isEqualTo("suppleant");
		assertThat(a.get("Lise Dam").substituteFor()).isEqualTo("Henrik Vestergård");
		assertThat(a.get("Lise Dam").onBehalfOf()).isEqualTo("Det Konservative Folkeparti");
		assertThat(a.get("Nanna Krogh").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Nanna Krogh").title()).isEqualTo("Chefkonsulent");
		assertThat(a.get("Nanna Krogh").onBehalfOf()).isEqualTo("Hospitalsenheden Midt");
		assertThat(a.get("Nanna Krogh").agendaItems()).containsExactly(2);
		assertThat(a.get("Ole Brøndum").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Ole Brøndum").role()).isEqualTo("referent");
		assertThat(a.get("Ole Brøndum").onBehalfOf()).isEqualTo("Regionssekretariatet");
		// no organisation became a person
		assertThat(x.people()).extracting(p -> p.name())
			.noneMatch(n -> Names.looksLikeOrganisation(n) || n.startsWith("Chefkonsulent"));
		assertThat(x.organisations()).extracting(o -> o.name()).contains("Hospitalsenheden Midt", "Regionssekretariatet");
		assertThat(x.affiliations()).extracting(f -> f.person() + " | " + f.organisation() + " | " + f.title())
			.contains("Nanna Krogh | Hospitalsenheden Midt | Chefkonsulent");
	}

	@Test
	void reads_a_municipal_committee_referat_with_afbud_comma_lists_prose_substitutes_and_titled_guests() {
		Extraction x = MinutesParser.parse(resource("oekonomiudvalg-referat.txt"), "Økonomiudvalget");

		assertThat(x.meetings()).singleElement().satisfies(m -> {
			assertThat(m.forums()).containsExactly("Økonomiudvalget");
			assertThat(m.date()).isEqualTo(LocalDate.of(2025, 6, 3));
			assertThat(m.start()).isEqualTo(LocalTime.of(8, 30));
			assertThat(m.items()).extracting(i -> i.number()).containsExactly(1, 2, 3, 4);
		});
		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Tove Skovsgaard").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Tove Skovsgaard").role()).isEqualTo("formand");
		assertThat(a.get("Anders Bækgaard").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Mogens Aalund").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Julie Brink-Nissen").status()).isEqualTo(Status.ABSENT);
		assertThat(a.get("Rasmus Kjeldgaard").status()).isEqualTo(Status.PRESENT);
		assertThat(a.get("Rasmus Kjeldgaard").substituteFor()).isEqualTo("Julie Brink-Nissen");
		assertThat(a.get("Rasmus Kjeldgaard").onBehalfOf()).isEqualTo("Enhedslisten");
		assertThat(a.get("Carl Mørup").substituteFor()).isEqualTo("Mogens Aalund");
		assertThat(a.get("Carl Mørup").role()).isEqualTo("suppleant");
		assertThat(a.get("Helle Sandvad").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Helle Sandvad").title()).isEqualTo("kommunaldirektør");
		assertThat(a.get("Per Vinding").onBehalfOf()).isEqualTo("Center for Økonomi");
		assertThat(a.get("Sune Bjerregaard").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Sune Bjerregaard").title()).isEqualTo("Afdelingschef");
		assertThat(a.get("Sune Bjerregaard").onBehalfOf()).isEqualTo("Center for Økonomi og Personale");
		assertThat(a.get("Sune Bjerregaard").agendaItems()).containsExactly(2, 3);
		assertThat(a.get("Maja Friis").agendaItems()).containsExactly(2, 3);
		assertThat(x.people()).extracting(p -> p.name()).noneMatch(Names::looksLikeOrganisation);
		assertThat(x.initiatives()).extracting(i -> i.name() + " | " + i.kind())
			.contains("Anlægsprogram for skoler 2026 | anlægsforslag",
					"Samarbejdsaftale med Vesterby Forsyning A/S og Erhvervshus Midtvest | partnership");
	}

	@Test
	void a_guest_sentence_may_name_the_organisation_or_the_item_first_and_a_titled_speaker_is_the_name() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "", "Ældrerådet", "Dato: 7. oktober 2025 kl. 10.00", "",
				"Til stede: Gerda Lund, Poul Kragh", "", "Punkt 1. Sundhedsaftalen",
				"Fra Center for Sundhed og Omsorg deltog sygeplejerske Bente Holm og centerchef Arne Mølby under punkt 1.",
				"Centerchef Arne Mølby orienterede om aftalen.", "Beslutning: Taget til efterretning.", "",
				"Punkt 2. Trafik", "Under punkt 2 deltog vejingeniør Lars Eskildsen, Teknisk Forvaltning.",
				"Beslutning: Drøftet."), "Ældreråd");

		Map<String, Attendance> a = byPerson(x);
		assertThat(a.get("Bente Holm").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Bente Holm").onBehalfOf()).isEqualTo("Center for Sundhed og Omsorg");
		assertThat(a.get("Bente Holm").agendaItems()).containsExactly(1);
		assertThat(a.get("Arne Mølby").status()).isEqualTo(Status.GUEST);
		assertThat(a.get("Arne Mølby").title()).isEqualTo("centerchef");
		assertThat(a.get("Arne Mølby").onBehalfOf()).isEqualTo("Center for Sundhed og Omsorg");
		assertThat(a.get("Lars Eskildsen").agendaItems()).containsExactly(2);
		assertThat(a.get("Lars Eskildsen").onBehalfOf()).isEqualTo("Teknisk Forvaltning");
		assertThat(x.people()).extracting(p -> p.name())
			.containsExactlyInAnyOrder("Gerda Lund", "Poul Kragh", "Bente Holm", "Arne Mølby", "Lars Eskildsen");
	}

	@Test
	void a_list_entry_may_say_it_took_part_in_the_treatment_of_some_items() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "", "HMU", "12-06-2024 kl. 9.00-10.30", "",
				"Til stede:", "• Anne Holm (formand)", "• Karen Bro, deltog i behandlingen af punkt 2 og 3", "",
				"Punkt 1. Budget", "Punkt 2. Trivsel", "Punkt 3. Eventuelt"), "HMU");
		assertThat(byPerson(x).get("Karen Bro").status()).isEqualTo(Status.GUEST);
		assertThat(byPerson(x).get("Karen Bro").agendaItems()).containsExactly(2, 3);
	}

	@Test
	void a_party_written_as_its_letter_keeps_the_letter_as_an_alias() {
		Extraction x = MinutesParser.parse(String.join("\n", "Referat", "", "Kultur- og Fritidsudvalget",
				"Dato: 2. maj 2031 kl. 16.00", "", "Til stede: Anne Holm (A), Bo Lund (Ø)", "Fraværende: Per Dal (C)", "",
				"Punkt 1. Godkendelse af dagsorden", "Beslutning: Godkendt."), "Kultur");
		assertThat(x.organisations()).filteredOn(o -> o.name().equals("Enhedslisten"))
			.singleElement()
			.satisfies(o -> assertThat(o.aliases()).contains("Ø"));
	}
}
