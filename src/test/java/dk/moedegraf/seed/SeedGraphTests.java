package dk.moedegraf.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Facts of the curated seed graph (cypher/seed), read straight from Neo4j with Cypher. Each test states one
 * fact from the five seed documents, or one property of the seed as a whole (provenance, idempotence).
 */
abstract class SeedGraphTests extends GraphTest {

	static final String D000 = "document:cf6ccfb19fde0c2c";
	static final String D001 = "document:3dcae9275e4baeff";
	static final String D002 = "document:84423de965432c33";
	static final String D003 = "document:64f1c8e78dbe42cc";
	static final String D004 = "document:de20476768e09235";

	static final String HOVEDMED_2026 = "meeting:hovedmed-sof-2026-04-24";

	// ---------------------------------------------------------------- helpers

	long count(String cypher) {
		return neo4j.query(cypher).fetchAs(Long.class).mappedBy((t, r) -> r.get(0).asLong()).one().orElseThrow();
	}

	List<String> strings(String cypher) {
		return new ArrayList<>(neo4j.query(cypher).fetchAs(String.class).mappedBy((t, r) -> r.get(0).asString(null)).all());
	}

	/** First column to second column, both as strings (null stays null), in query order. */
	Map<String, String> pairs(String cypher) {
		var map = new LinkedHashMap<String, String>();
		neo4j.query(cypher).fetch().all().forEach(row -> {
			var it = row.values().iterator();
			Object k = it.next();
			Object v = it.next();
			map.put(String.valueOf(k), v == null ? null : String.valueOf(v));
		});
		return map;
	}

	Value value(String cypher) {
		return neo4j.query(cypher).fetchAs(Value.class).mappedBy((t, r) -> r.get(0)).one().orElseThrow();
	}

	List<String> personIdsWithAlias(String... aliases) {
		return strings("MATCH (p:Person) WHERE any(a IN p.aliases WHERE a IN ['" + String.join("','", aliases)
				+ "']) RETURN DISTINCT p.id ORDER BY p.id");
	}

	// ---------------------------------------------------------------- documents

	@Test
	void five_documents_with_hash_ids_and_their_own_dates() {
		assertThat(pairs("MATCH (d:Document) WHERE d.id STARTS WITH 'document:' AND d.source STARTS WITH 'seed/' "
				+ "RETURN d.id, d.date ORDER BY d.id")).containsExactly(
						entry(D001, "2021-08-17"), entry(D003, "2026-04-13"), entry(D002, null),
						entry(D000, "2026-02-13"), entry(D004, null));
		assertThat(strings("MATCH (d:Document {id: '" + D000 + "'}) RETURN d.sha256"))
				.containsExactly("cf6ccfb19fde0c2c39a77e4ca294048d722b34c05b31d7eb9f289c060633cb51");
		assertThat(count("MATCH (d:Document) WHERE d.source STARTS WITH 'seed/' AND d.text IS NOT NULL RETURN count(d)")).isZero();
	}

	@Test
	void document_case_numbers_are_labelled() {
		assertThat(value("MATCH (d:Document {id: '" + D000 + "'}) RETURN d.caseNumbers").asList(Value::asString))
				.containsExactly("Sagsnummer i F2: 2026-996", "Dokumentnummer i F2: 10071447", "Sagsnummer i eDoc: 2026-0014521");
		assertThat(value("MATCH (d:Document {id: '" + D003 + "'}) RETURN d.caseNumbers").asList(Value::asString))
				.containsExactly("Sagsnummer i F2: 2026-8340", "Dokumentnummer i F2: 10643749", "Sagsnummer i eDoc: 2026-0139410");
		assertThat(value("MATCH (d:Document {id: '" + D001 + "'}) RETURN d.caseNumbers").asList(Value::asString))
				.containsExactly("Sag: 21/061078", "Sag: 21/061078-3");
	}

	@Test
	void case_handlers_are_people_affiliated_with_their_unit() {
		assertThat(pairs("MATCH (d:Document) UNWIND d.caseHandlers AS h MATCH (p:Person {id: h})-[:AFFILIATED_WITH]->(o) "
				+ "RETURN p.name, o.name ORDER BY p.name")).containsExactly(
						entry("Alberte Hamann Gade", "Ledelse og Arbejdsmiljø"),
						entry("Axel Nordqvist", "Børne- og Ungdomsforvaltningen"),
						entry("Jane Kortnum", "Personale"),
						entry("Jens Møller Hald", "Pædagogik og Forebyggelse"));
	}

	// ---------------------------------------------------------------- entity resolution

	@Test
	void ole_kiil_and_okj_are_one_person() {
		assertThat(personIdsWithAlias("Ole Kiil", "Ole Kiil Jacobsen", "OKJ")).containsExactly("person:ole-kiil-jacobsen");
		assertThat(value("MATCH (p:Person {id: 'person:ole-kiil-jacobsen'}) RETURN p.initials").asList(Value::asString))
				.containsExactly("OKJ");
	}

	@Test
	void thomas_medom_tm_and_thomas_medom_hansen_are_one_person() {
		assertThat(personIdsWithAlias("Thomas Medom", "Thomas Medom Hansen", "TM")).containsExactly("person:thomas-medom");
	}

	@Test
	void rikke_slot_helle_klinge_and_lisbeth_s_andersen_resolve_to_their_full_names() {
		assertThat(personIdsWithAlias("Rikke Slot", "Rikke Slot Johnsen")).containsExactly("person:rikke-slot-johnsen");
		assertThat(personIdsWithAlias("Helle Klinge", "Helle Wrang Klinge")).containsExactly("person:helle-wrang-klinge");
		assertThat(personIdsWithAlias("Lisbeth S. Andersen", "Lisbeth Schmidt Andersen", "LSA"))
				.containsExactly("person:lisbeth-schmidt-andersen");
	}

	@Test
	void maria_van_binsbergen_is_one_person_and_not_hvb() {
		assertThat(personIdsWithAlias("Maria van Binsbergen", "Maria Luisa Galán van Binsbergen"))
				.containsExactly("person:maria-luisa-galan-van-binsbergen");
		assertThat(personIdsWithAlias("HvB", "Hans van Binsbergen")).containsExactly("person:hans-van-binsbergen");
	}

	@Test
	void jack_hougaard_marianne_gilbert_and_the_birgittte_typo_resolve() {
		assertThat(personIdsWithAlias("Jack Hougaard", "Jack Hougaard Kristensen")).containsExactly("person:jack-hougaard-kristensen");
		assertThat(personIdsWithAlias("Marianne Gilbert", "Marianne Gilbert Nielsen")).containsExactly("person:marianne-gilbert-nielsen");
		assertThat(personIdsWithAlias("Birgittte Østergaard Lykke", "Birgitte Østergaard Lykke"))
				.containsExactly("person:birgitte-oestergaard-lykke");
	}

	@Test
	void hyphenated_groulef_and_tine_kock_are_one_person_each() {
		assertThat(personIdsWithAlias("Jan Deleurand Grou- lef", "Jan Deleurand Groulef")).containsExactly("person:jan-deleurand-groulef");
		assertThat(personIdsWithAlias("Tine Kock", "Tine Kock Nielsen")).containsExactly("person:tine-kock-nielsen");
	}

	@Test
	void initials_in_the_minutes_resolve_to_participants() {
		assertThat(pairs("UNWIND ['HBL','HP','SMC','SH','MS','LHB','HvB','LSA','OKJ','TM'] AS i "
				+ "MATCH (p:Person) WHERE i IN p.initials RETURN i, p.name")).containsExactly(
						entry("HBL", "Helle Bach Lauridsen"), entry("HP", "Hardy Pedersen"),
						entry("SMC", "Stefan Møller Christiansen"), entry("SH", "Susanne Holst"),
						entry("MS", "Mette Søberg"), entry("LHB", "Louise Heltborg Budde"),
						entry("HvB", "Hans van Binsbergen"), entry("LSA", "Lisbeth Schmidt Andersen"),
						entry("OKJ", "Ole Kiil Jacobsen"), entry("TM", "Thomas Medom Hansen"));
	}

	@Test
	void mbj_is_not_invented() {
		assertThat(count("MATCH (p:Person) WHERE 'MBJ' IN p.aliases OR 'MBJ' IN p.initials RETURN count(p)")).isZero();
	}

	@Test
	void no_written_form_belongs_to_two_people() {
		assertThat(strings("MATCH (p:Person) UNWIND p.aliases AS a WITH a, count(DISTINCT p) AS n WHERE n > 1 RETURN a")).isEmpty();
	}

	@Test
	void lars_and_elizabeth_petersen_stay_apart() {
		assertThat(strings("MATCH (p:Person) WHERE p.name ENDS WITH ' Petersen' RETURN p.id ORDER BY p.id"))
				.containsExactly("person:elizabeth-petersen", "person:lars-petersen");
	}

	@Test
	void the_seven_helles_stay_apart() {
		assertThat(strings("MATCH (p:Person) WHERE p.name STARTS WITH 'Helle ' RETURN p.name ORDER BY p.name")).containsExactly(
				"Helle Bach Lauridsen", "Helle Ebsen", "Helle Haslund", "Helle Holm", "Helle Hummelgaard Nielsen",
				"Helle Mølgaard", "Helle Wrang Klinge");
	}

	@Test
	void roed_karina_and_kiil_namesakes_stay_apart() {
		assertThat(personIdsWithAlias("Ingrid Roed", "Karen Brix Roed")).containsExactly("person:ingrid-roed", "person:karen-brix-roed");
		assertThat(personIdsWithAlias("Karina Møller", "Karina Corneliusen")).containsExactly("person:karina-corneliusen", "person:karina-moeller");
		assertThat(personIdsWithAlias("Stine Stougaard Kiil", "Ole Kiil")).containsExactly("person:ole-kiil-jacobsen", "person:stine-stougaard-kiil");
	}

	// ---------------------------------------------------------------- HovedMED SOF, 24 April 2026

	@Test
	void hovedmed_sof_members_present_on_24_april_2026() {
		assertThat(strings("MATCH (p:Person)-[r:PARTICIPATED_IN {status: 'PRESENT'}]->(:Meeting {id: '" + HOVEDMED_2026 + "'}) "
				+ "RETURN p.name ORDER BY p.name")).containsExactly(
						"Anders Jacobsen", "Elizabeth Petersen", "Helle Haslund", "Helle Holm", "Jack Cassina",
						"Jan Deleurand Groulef", "Katrine Ring", "Lars Petersen", "Laura Pode", "Leon Engly Honoré",
						"Mie Ejdesgaard Böhm", "Pernille Robertson Gaff", "Tine Kock Nielsen", "Trine Ambrosius Svenstrup");
	}

	@Test
	void hovedmed_sof_members_with_afbud_on_24_april_2026() {
		assertThat(pairs("MATCH (p:Person)-[r:PARTICIPATED_IN {status: 'ABSENT'}]->(:Meeting {id: '" + HOVEDMED_2026 + "'}) "
				+ "WHERE r.role IS NOT NULL RETURN p.name, r.onBehalfOf ORDER BY p.name")).containsExactly(
						entry("Eughtina Birkedahl", "org:dsr"), entry("Helle Hummelgaard Nielsen", "org:sof-cbu"),
						entry("Jacob Hess", "org:sof-direktionen"), entry("Karin Munch Ravn", "org:sof-cabs"),
						entry("Karoline Winther-Lund", "org:sof-cmsb"), entry("Marie Sølling", "org:sof-dsi"),
						entry("Simon Pasquali", "org:sof-direktionen"), entry("Sissel Bennedikte Agergaard Jensen", "org:ac"),
						entry("Susanne Winsløw", "org:foa-sosu"));
	}

	@Test
	void hovedmed_members_have_position_and_represent_an_organisation() {
		assertThat(pairs("MATCH (p:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:hovedmed-sof'}) "
				+ "MATCH (o:Organisation {id: m.onBehalfOf}) WHERE p.name IN ['Katrine Ring','Helle Haslund','Pernille Robertson Gaff','Tine Kock Nielsen'] "
				+ "RETURN p.name, m.role + ' | ' + o.name + coalesce(' | ' + m.office, '') ORDER BY p.name")).containsExactly(
						entry("Helle Haslund", "Organisations- og medarbejderrepræsentant | LFS | næstformand"),
						entry("Katrine Ring", "Adm. direktør | Direktionen | formand"),
						entry("Pernille Robertson Gaff", "Fællestillidsrepræsentant | HK Kommunal"),
						entry("Tine Kock Nielsen", "Centerchef | CHRO"));
		assertThat(count("MATCH (:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:hovedmed-sof'}) RETURN count(m)")).isEqualTo(23);
	}

	@Test
	void sub_unions_are_part_of_their_main_organisation() {
		assertThat(pairs("MATCH (c:Organisation)-[:PART_OF]->(p:Organisation) WHERE p.id IN ['org:lo','org:ftf','org:ac'] "
				+ "RETURN c.name, p.name ORDER BY c.name")).containsExactly(
						entry("DJØF", "AC"), entry("DM", "AC"), entry("DS", "FTF"), entry("DSR", "FTF"),
						entry("FOA-SOSU", "LO"), entry("HK Kommunal", "LO"), entry("LFS", "LO"), entry("SL", "LO"));
	}

	@Test
	void sissel_represents_ac_for_djoef_and_dm() {
		Value units = value("MATCH (:Person {id: 'person:sissel-bennedikte-agergaard-jensen'})-[m:MEMBER_OF]->(:Forum {id: 'forum:hovedmed-sof'}) RETURN m.onBehalfOfUnits");
		assertThat(units.asList(Value::asString)).containsExactly("org:djoef", "org:dm");
	}

	@Test
	void mie_ejdesgaard_boehm_substitutes_for_eughtina_birkedahl() {
		assertThat(strings("MATCH (:Person {id: 'person:mie-ejdesgaard-boehm'})-[r:PARTICIPATED_IN]->(:Meeting {id: '" + HOVEDMED_2026 + "'}) RETURN r.substituteFor"))
				.containsExactly("person:eughtina-birkedahl");
	}

	@Test
	void helle_holm_leaves_hovedmed_before_june_2026() {
		assertThat(pairs("MATCH (p:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:hovedmed-sof'}) WHERE m.`to` IS NOT NULL "
				+ "RETURN p.name, m.`to` ORDER BY p.name")).containsExactly(
						entry("Helle Holm", "2026-05-31"), entry("Karin Munch Ravn", "2026-05-31"));
	}

	@Test
	void hovedmed_membership_on_a_date_respects_inclusive_bounds() {
		String onDate = "MATCH (:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:hovedmed-sof'}) WHERE (m.`from` IS NULL OR m.`from` <= date('%s')) "
				+ "AND (m.`to` IS NULL OR m.`to` >= date('%s')) RETURN count(m)";
		assertThat(count(onDate.formatted("2026-05-31", "2026-05-31"))).isEqualTo(23);
		assertThat(count(onDate.formatted("2026-06-01", "2026-06-01"))).isEqualTo(21);
	}

	@Test
	void helle_holm_and_karin_munch_ravn_join_suf_from_june_2026() {
		assertThat(pairs("MATCH (p:Person)-[a:AFFILIATED_WITH]->(:Organisation {id: 'org:kk-suf'}) RETURN p.name, a.`from` ORDER BY p.name"))
				.containsExactly(entry("Helle Holm", "2026-06-01"), entry("Karin Munch Ravn", "2026-06-01"));
	}

	@Test
	void hovedmed_2026_meeting_time_place_and_nine_items() {
		Map<String, Object> m = neo4j.query("MATCH (m:Meeting {id: '" + HOVEDMED_2026 + "'}) RETURN m.date AS d, m.startsAt AS s, m.location AS l").fetch().one().orElseThrow();
		assertThat(m.get("d")).isEqualTo(LocalDate.of(2026, 4, 24));
		assertThat(((ZonedDateTime) m.get("s")).toOffsetDateTime().toString()).isEqualTo("2026-04-24T10:00+02:00");
		assertThat(m.get("l")).isEqualTo("Bernstorffsgade 17, 4. sal, vær. 4.00");
		assertThat(count("MATCH (:Meeting {id: '" + HOVEDMED_2026 + "'})-[:HAS_ITEM]->(i:AgendaItem) RETURN count(i)")).isEqualTo(9);
	}

	// ---------------------------------------------------------------- undated HovedMED SOF (002)

	@Test
	void undated_hovedmed_referat_has_no_date_and_its_speakers_were_present() {
		String m = "meeting:hovedmed-sof-undated-budget-2026";
		assertThat(value("MATCH (m:Meeting {id: '" + m + "'})-[:OF]->(:Forum {id: 'forum:hovedmed-sof'}) RETURN m.date").isNull()).isTrue();
		assertThat(strings("MATCH (p:Person)-[:PARTICIPATED_IN {status: 'PRESENT'}]->(:Meeting {id: '" + m + "'}) RETURN p.name ORDER BY p.name"))
				.containsExactly("Bettina Ruben", "Eughtina Birkedahl", "Helle Haslund", "Helle Holm", "Helle Hummelgaard Nielsen",
						"Jack Cassina", "Katrine Ring", "Pernille Robertson Gaff", "Simon Pasquali", "Tine Kock Nielsen");
	}

	@Test
	void budget_proposals_carry_their_codes_and_kinds() {
		assertThat(pairs("MATCH (i:Initiative) WHERE i.code IS NOT NULL RETURN i.code, coalesce(i.kind, '-') + ' | ' + i.name ORDER BY i.code"))
				.containsExactly(
						entry("TV01", "budgetforslag | Digitalt Samtykke i Socialforvaltningens fagsystemer"),
						entry("TV02", "- | TV02"),
						entry("UD/SI01", "investeringsforslag | Nyt intensivt §85 døgnstøttetilbud (\"LOFT\")"),
						entry("ØK44", "overførselssag | ØK44"));
		assertThat(personIdsWithAlias("TVO01")).isEmpty();
		assertThat(strings("MATCH (i:Initiative) WHERE 'TVO01' IN i.aliases OR 'UD/S101' IN i.aliases RETURN i.code ORDER BY i.code"))
				.containsExactly("TV01", "UD/SI01");
	}

	@Test
	void innovationsforslag_and_budgetnotater_are_discussed_in_hovedmed() {
		assertThat(pairs("MATCH (m:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:CONCERNS]->(i:Initiative) WHERE i.kind IN ['innovationsforslag','budgetnotat'] "
				+ "RETURN i.name, m.id ORDER BY i.name")).containsExactly(
						entry("Analyse af indsamling, deling og anvendelse af data ml. SOF og BIF", "meeting:hovedmed-sof-undated-budget-2026"),
						entry("Flere faguddannede i Socialforvaltningen", HOVEDMED_2026),
						entry("Rekruttering af flere faguddannede medarbejdere i Socialforvaltningen", HOVEDMED_2026));
	}

	// ---------------------------------------------------------------- MBU rådmandsmøder (001)

	@Test
	void raadmandsmoede_11_august_2021_participants_and_guests() {
		String m = "meeting:mbu-raadmandsmoede-2021-08-11";
		assertThat(count("MATCH (:Person)-[r:PARTICIPATED_IN {status: 'PRESENT'}]->(:Meeting {id: '" + m + "'}) RETURN count(r)")).isEqualTo(12);
		assertThat(pairs("MATCH (p:Person)-[r:PARTICIPATED_IN {status: 'GUEST'}]->(:Meeting {id: '" + m + "'}) "
				+ "RETURN p.name, reduce(s = '', x IN r.agendaItems | s + toString(x) + ' ') ORDER BY p.name")).containsExactly(
						entry("Charlotte Mariane Buchhave", "2 "), entry("Louise Heltborg Budde", "2 "), entry("Mette Søberg", "2 "));
	}

	@Test
	void raadmandsmoede_17_august_2021_guests_per_agenda_item() {
		String m = "meeting:mbu-raadmandsmoede-2021-08-17";
		assertThat(pairs("MATCH (p:Person)-[r:PARTICIPATED_IN {status: 'GUEST'}]->(:Meeting {id: '" + m + "'}) "
				+ "WHERE p.name IN ['Mette Søberg','Helle Mølgaard','Anita Frost','Jens Møller Hald'] "
				+ "RETURN p.name, reduce(s = '', x IN r.agendaItems | s + toString(x) + ' ') ORDER BY p.name")).containsExactly(
						entry("Anita Frost", "8 "), entry("Helle Mølgaard", "6 "), entry("Jens Møller Hald", "3 "), entry("Mette Søberg", "3 7 "));
		assertThat(count("MATCH (:Person)-[r:PARTICIPATED_IN {status: 'GUEST'}]->(:Meeting {id: '" + m + "'}) RETURN count(r)")).isEqualTo(20);
	}

	@Test
	void both_raadmandsmoeder_are_of_mbu_at_their_times() {
		assertThat(pairs("MATCH (m:Meeting)-[:OF {primary: true}]->(:Forum {id: 'forum:mbu-raadmandsmoede'})<-[:PARTICIPATES_IN {role: 'host'}]-(:Organisation {id: 'org:mbu'}) "
				+ "RETURN m.id, toString(m.startsAt) + ' / ' + toString(m.endsAt) ORDER BY m.id")).containsExactly(
						entry("meeting:mbu-raadmandsmoede-2021-08-11", "2021-08-11T09:15:00+02:00 / 2021-08-11T10:15:00+02:00"),
						entry("meeting:mbu-raadmandsmoede-2021-08-17", "2021-08-17T08:00:00+02:00 / 2021-08-17T10:00:00+02:00"));
	}

	@Test
	void tm_approved_the_tilsyn_process_plan() {
		assertThat(pairs("MATCH (:Meeting {id: 'meeting:mbu-raadmandsmoede-2021-08-11'})-[:HAS_ITEM]->(i:AgendaItem {number: 2}) RETURN i.title, i.decision"))
				.containsExactly(entry("Procesplan for udmøntning af ny lovgivning om tilsyn i dagtilbud", "TM godkendte procesplanen."));
	}

	// ---------------------------------------------------------------- collaboration forums (001, bilag 5)

	@Test
	void strategisk_forum_members_with_their_organisations() {
		assertThat(pairs("MATCH (p:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:strategisk-forum'}) RETURN p.name, m.onBehalfOf ORDER BY p.name"))
				.containsExactly(entry("Birgitte Østergaard Lykke", "org:mbu"), entry("Britta Riishede", "org:via-uc"),
						entry("Elsebeth Jensen", "org:via-uc"), entry("Helle Wrang Klinge", "org:mbu"), entry("Mette Søberg", "org:mbu"),
						entry("Ole Kiil Jacobsen", "org:mbu"), entry("Poul Erik Philipsen", "org:via-uc"),
						entry("Rikke Slot Johnsen", "org:mbu"), entry("Sari Senger", "org:via-uc"), entry("Susanne Tellerup", "org:via-uc"));
	}

	@Test
	void praktikcase_working_group_is_part_of_strategisk_forum() {
		assertThat(strings("MATCH (:Forum {id: 'forum:praktikcase-arbejdsgruppe'})-[:PART_OF]->(f:Forum) RETURN f.name")).containsExactly("Strategisk Forum");
		assertThat(pairs("MATCH (p:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:praktikcase-arbejdsgruppe'}) WHERE m.onBehalfOf = 'org:via-uc' "
				+ "RETURN p.name, m.role ORDER BY p.name")).containsExactly(
						entry("Anne Birthe Due Bendixen", "praktikkoordinator, pædagoguddannelsen i Aarhus"),
						entry("Dorte Ladefoged Dinnesen", "pædagogisk leder, Efter- og videreuddannelse Pædagogik og CFU"),
						entry("Kathrine Tannebæk Pedersen", "studerende, pædagoguddannelsen i Aarhus"));
	}

	@Test
	void alliancen_has_twelve_members_from_six_organisations() {
		assertThat(count("MATCH (:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:alliancen-paedagogiske-grundlag'}) RETURN count(m)")).isEqualTo(12);
		assertThat(strings("MATCH (o:Organisation)-[:PARTICIPATES_IN]->(:Forum {id: 'forum:alliancen-paedagogiske-grundlag'}) RETURN o.name ORDER BY o.name"))
				.containsExactly("Aalborg Universitet", "BUPL", "Børn og Unge", "FOA", "SOSU Østjylland", "VIA UC");
		assertThat(pairs("MATCH (p:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:alliancen-paedagogiske-grundlag'}) "
				+ "WHERE p.name IN ['Marianne Gilbert Nielsen','Jack Hougaard Kristensen'] RETURN p.name, m.onBehalfOf ORDER BY p.name"))
				.containsExactly(entry("Jack Hougaard Kristensen", "org:foa-aarhus"), entry("Marianne Gilbert Nielsen", "org:bupl-aarhus"));
	}

	@Test
	void meritpaedagog_foelgegruppe_members() {
		assertThat(pairs("MATCH (p:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:meritpaedagoguddannelsen-foelgegruppe'}) RETURN p.name, m.onBehalfOf ORDER BY p.name"))
				.containsExactly(entry("Anne Birthe Due Bendixen", "org:via-uc"), entry("Carin Weibull", "org:bupl"),
						entry("Ingrid Roed", "org:aarhus-jobcenter"), entry("Jack Hougaard Kristensen", "org:foa"),
						entry("Maria Luisa Galán van Binsbergen", "org:mbu"), entry("Rikke Slot Johnsen", "org:mbu"),
						entry("Torsten Thorstensen", "org:via-uc"));
	}

	@Test
	void faelles_rekrutteringsindsats_was_initiated_by_bupl_aarhus() {
		assertThat(pairs("MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(:Forum {id: 'forum:faelles-rekrutteringsindsats'}) RETURN o.id, r.role ORDER BY o.id"))
				.containsExactly(entry("org:aarhus-jobcenter", "member"), entry("org:bupl", "member"), entry("org:bupl-a-kasse", "member"),
						entry("org:bupl-aarhus", "initiator"), entry("org:mbu", "member"), entry("org:via-uc", "member"));
		assertThat(count("MATCH (:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:faelles-rekrutteringsindsats'}) RETURN count(m)")).isEqualTo(14);
	}

	@Test
	void six_city_network_members_come_from_six_kommuner_and_mbu_chairs() {
		assertThat(pairs("MATCH (p:Person)-[m:MEMBER_OF]->(:Forum {id: 'forum:6-by-netvaerk'}) MATCH (o:Organisation {id: m.onBehalfOf}) "
				+ "RETURN p.name, o.name ORDER BY p.name")).containsExactly(
						entry("Gitte Abildlund", "Københavns Kommune"), entry("Hans Christian Mariegaard", "Aalborg Kommune"),
						entry("Helle Wrang Klinge", "Aarhus Kommune"), entry("Inger Suppli", "Københavns Kommune"),
						entry("Lars Lynghøj", "Randers Kommune"), entry("Lisbeth Schmidt Andersen", "Aarhus Kommune"),
						entry("Mette Hviid Lausten", "Odense Kommune"), entry("Mette Lindkær", "Esbjerg Kommune"));
		assertThat(count("MATCH (o:Organisation {kind: 'kommune'})-[:PARTICIPATES_IN {role: 'member'}]->(:Forum {id: 'forum:6-by-netvaerk'}) RETURN count(o)")).isEqualTo(6);
		assertThat(count("MATCH (:Organisation {id: 'org:mbu'})-[:PARTICIPATES_IN {role: 'chair'}]->(:Forum {id: 'forum:6-by-netvaerk'}) RETURN count(*)")).isEqualTo(1);
	}

	@Test
	void stefan_moeller_christiansen_represents_mbu_in_kkr_uddannelsesstyregruppen() {
		assertThat(pairs("MATCH (:Person {id: 'person:stefan-moeller-christiansen'})-[m:MEMBER_OF]->(f:Forum)-[:PART_OF]->(k:Forum) "
				+ "RETURN f.name + ' / ' + k.name, m.onBehalfOf")).containsExactly(entry("Uddannelsesstyregruppen / KKR Midtjylland", "org:mbu"));
	}

	@Test
	void people_are_affiliated_with_titles() {
		assertThat(pairs("MATCH (p:Person)-[a:AFFILIATED_WITH]->(o:Organisation) WHERE p.id IN "
				+ "['person:thomas-medom','person:ole-kiil-jacobsen','person:elisa-rimpler','person:marianne-gilbert-nielsen','person:karen-brix-roed'] "
				+ "RETURN p.name, a.title + ' | ' + o.name ORDER BY p.name")).containsExactly(
						entry("Elisa Rimpler", "Formand | BUPL"), entry("Karen Brix Roed", "Uddannelseschef | SOSU Østjylland"),
						entry("Marianne Gilbert Nielsen", "Formand | BUPL Århus"),
						entry("Ole Kiil Jacobsen", "Forvaltningschef | Pædagogik og Forebyggelse"),
						entry("Thomas Medom Hansen", "Rådmand | Børn og Unge"));
	}

	// ---------------------------------------------------------------- BUPL partnership

	@Test
	void bupl_partnership_has_seven_organisations() {
		String orgs = "MATCH (o:Organisation)-[:PARTICIPATES_IN]->(:%s {id: '%s'}) RETURN o.name ORDER BY o.name";
		List<String> seven = List.of("Aarhus Kommune", "BUPL", "BUPL Hovedstaden", "BUPL Århus", "KP", "Københavns Kommune", "VIA UC");
		assertThat(strings(orgs.formatted("Forum", "forum:bupl-partnerskab"))).containsExactlyElementsOf(seven);
		assertThat(strings(orgs.formatted("Initiative", "initiative:bupl-partnerskab"))).containsExactlyElementsOf(seven);
		assertThat(strings("MATCH (o:Organisation)-[:PARTICIPATES_IN {role: 'initiator'}]->(:Forum {id: 'forum:bupl-partnerskab'}) RETURN o.id"))
				.containsExactly("org:bupl");
	}

	@Test
	void bupl_partnership_runs_august_2021_to_june_2022_and_first_met_virtually_on_23_august() {
		assertThat(pairs("MATCH (f:Forum {id: 'forum:bupl-partnerskab'}) RETURN f.kind, toString(f.`from`) + ' - ' + toString(f.`to`)"))
				.containsExactly(entry("partnership", "2021-08-01 - 2022-06-30"));
		assertThat(pairs("MATCH (m:Meeting)-[:OF]->(:Forum {id: 'forum:bupl-partnerskab'}) RETURN toString(m.startsAt) + ' - ' + toString(m.endsAt), m.location"))
				.containsExactly(entry("2021-08-23T11:45:00+02:00 - 2021-08-23T13:15:00+02:00", "virtuelt"));
		assertThat(strings("MATCH (i:AgendaItem)-[:CONCERNS]->(:Initiative {id: 'initiative:bupl-partnerskab'}) RETURN i.id"))
				.containsExactly("item:mbu-raadmandsmoede-2021-08-17-2");
	}

	// ---------------------------------------------------------------- BUU–HovedMED dialogue (000)

	@Test
	void buu_hovedmed_dialogue_discussed_ten_initiatives_at_three_stations() {
		String m = "meeting:buu-hovedmed-buf-2026-02-04";
		assertThat(value("MATCH (m:Meeting {id: '" + m + "'}) RETURN m.date").asLocalDate()).isEqualTo(LocalDate.of(2026, 2, 4));
		assertThat(strings("MATCH (:Meeting {id: '" + m + "'})-[:OF]->(f:Forum) RETURN f.id ORDER BY f.id")).containsExactly("forum:hovedmed-buf", "forum:kk-buu");
		assertThat(pairs("MATCH (:Meeting {id: '" + m + "'})-[:HAS_ITEM]->(:AgendaItem)-[:CONCERNS]->(i:Initiative) "
				+ "RETURN i.kind, count(DISTINCT i) ORDER BY i.kind")).containsExactly(entry("investeringsforslag", "7"), entry("udløb", "3"));
		assertThat(strings("MATCH (a:AgendaItem)-[:CONCERNS]->(:Initiative {name: 'Pulje til fastholdelse og rekruttering'}) RETURN a.title ORDER BY a.order"))
				.containsExactly("Station 1 - Undervisning", "Station 2 - Dagtilbud");
	}

	// ---------------------------------------------------------------- KKR Hovedstaden (004)

	@Test
	void kkr_hovedstaden_taskforce_ran_aug_2022_to_jan_2026_with_29_kommuner() {
		assertThat(pairs("MATCH (t:Forum {id: 'forum:kkr-hovedstaden-taskforce'})-[:PART_OF]->(k:Forum) "
				+ "RETURN k.name, toString(t.`from`) + ' - ' + toString(t.`to`) + ' / ' + toString(t.participatingMunicipalities)"))
				.containsExactly(entry("KKR Hovedstaden", "2022-08-01 - 2026-01-31 / 29"));
		assertThat(pairs("MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(f:Forum {id: 'forum:spu'}) RETURN o.name, f.name + ' (' + r.role + ')'"))
				.containsExactly(entry("KP", "Strategisk Partnerskab om Uddannelse (host)"));
	}

	// ---------------------------------------------------------------- organisation hierarchy

	@Test
	void organisation_hierarchy_reaches_the_kommune() {
		assertThat(strings("MATCH p = (:Organisation {id: 'org:mbu-paedagogik-og-forebyggelse'})-[:PART_OF*]->(:Organisation {id: 'org:aarhus-kommune'}) "
				+ "RETURN reduce(s = '', n IN nodes(p) | s + n.name + ' > ')")).containsExactly("Pædagogik og Forebyggelse > Børn og Unge > Aarhus Kommune > ");
		assertThat(strings("MATCH (c:Organisation)-[:PART_OF]->(:Organisation {id: 'org:kk-sof'}) WHERE c.kind = 'centre' RETURN c.name ORDER BY c.name"))
				.containsExactly("CABS", "CBU", "CHRO", "CLB", "CMSB", "Center for Rusmiddelbehandling", "DSI");
		assertThat(strings("MATCH (c:Organisation)-[:PART_OF]->(:Organisation {id: 'org:koebenhavns-kommune'}) RETURN c.name ORDER BY c.name"))
				.containsExactly("BIF", "Børne- og Ungdomsforvaltningen", "SUF", "Socialforvaltningen");
		assertThat(strings("MATCH (c:Organisation)-[:PART_OF]->(:Organisation {id: 'org:bupl'}) RETURN c.name ORDER BY c.name"))
				.containsExactly("BUPL Hovedstaden", "BUPL Århus");
	}

	// ---------------------------------------------------------------- provenance and idempotence

	@Test
	void every_seed_node_is_sourced_from_a_document() {
		assertThat(strings("MATCH (n) WHERE NOT n:Document AND NOT n:SeedInfo AND n.id IS NOT NULL AND NOT n.id STARTS WITH 'person:test-' "
				+ "AND NOT (n)-[:SOURCED_FROM]->(:Document) RETURN n.id")).isEmpty();
		assertThat(count("MATCH ()-[s:SOURCED_FROM]->(:Document) WHERE s.fromLine IS NULL OR s.toLine IS NULL OR s.fromLine < 1 OR s.toLine < s.fromLine "
				+ "RETURN count(s)")).isZero();
	}

	@Test
	void every_relationship_has_sources_pointing_at_existing_documents() {
		assertThat(count("MATCH ()-[r]->() WHERE NOT type(r) IN ['SOURCED_FROM','MIGRATED_TO'] AND (r.sources IS NULL OR size(r.sources) = 0) RETURN count(r)")).isZero();
		assertThat(strings("MATCH ()-[r]->() WHERE NOT type(r) IN ['SOURCED_FROM','MIGRATED_TO'] UNWIND r.sources AS s "
				+ "WITH DISTINCT s WHERE NOT s =~ 'document:[0-9a-f]{16}@[0-9]+-[0-9]+' "
				+ "OR NOT EXISTS { MATCH (d:Document) WHERE d.id = split(s, '@')[0] } RETURN s")).isEmpty();
		assertThat(count("MATCH ()-[r]->() WHERE type(r) IN ['AFFILIATED_WITH','CONCERNS','HAS_ITEM','MEMBER_OF','OF','PARTICIPATED_IN','PARTICIPATES_IN','PART_OF'] RETURN count(r)")).isEqualTo(408);
	}

	@Test
	void on_behalf_of_and_substitute_ids_point_at_existing_nodes() {
		assertThat(strings("MATCH ()-[r:MEMBER_OF|PARTICIPATED_IN]->() WHERE r.onBehalfOf IS NOT NULL "
				+ "AND NOT EXISTS { MATCH (o:Organisation {id: r.onBehalfOf}) } RETURN r.onBehalfOf")).isEmpty();
		assertThat(strings("MATCH ()-[r:PARTICIPATED_IN]->() WHERE r.substituteFor IS NOT NULL "
				+ "AND NOT EXISTS { MATCH (p:Person {id: r.substituteFor}) } RETURN r.substituteFor")).isEmpty();
	}

	@Test
	void seed_graph_has_the_curated_counts() {
		assertThat(pairs("MATCH (n) WHERE NOT n:SeedInfo AND NOT n.id STARTS WITH 'person:test-' "
				+ "RETURN labels(n)[0] AS l, count(*) ORDER BY l")).containsExactly(
						entry("AgendaItem", "28"), entry("Document", "5"), entry("Forum", "22"), entry("Initiative", "20"),
						entry("Meeting", "8"), entry("Organisation", "50"), entry("Person", "106"));
		assertThat(pairs("MATCH ()-[r]->() WHERE type(r) <> 'MIGRATED_TO' RETURN type(r) AS t, count(*) ORDER BY t")).containsExactly(
				entry("AFFILIATED_WITH", "78"), entry("CONCERNS", "20"), entry("HAS_ITEM", "28"), entry("MEMBER_OF", "95"),
				entry("OF", "9"), entry("PARTICIPATED_IN", "82"), entry("PARTICIPATES_IN", "59"), entry("PART_OF", "37"),
				entry("SOURCED_FROM", String.valueOf(count("MATCH ()-[s:SOURCED_FROM]->() RETURN count(s)"))));
	}

	@Test
	void loading_the_seed_twice_changes_no_counts() throws IOException {
		String fingerprint = "MATCH (n) WHERE NOT n:SeedInfo OPTIONAL MATCH (n)-[r]->() "
				+ "RETURN toString(count(DISTINCT n)) + '/' + toString(count(r)) + '/' + toString(sum(size(coalesce(r.sources, [])))) "
				+ "+ '/' + toString(sum(size(keys(r))))";
		String before = strings(fingerprint).get(0);
		long propsBefore = count("MATCH (n) WHERE NOT n:SeedInfo RETURN sum(size(keys(n)))");

		for (String statement : seedStatements()) {
			neo4j.query(statement).run();
		}

		assertThat(strings(fingerprint).get(0)).isEqualTo(before);
		assertThat(count("MATCH (n) WHERE NOT n:SeedInfo RETURN sum(size(keys(n)))")).isEqualTo(propsBefore);
	}

	/** The seed statements as the loader runs them: split on a ';' ending a line, '//' comment lines dropped. */
	static List<String> seedStatements() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/seed/*.cypher");
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		var statements = new ArrayList<String>();
		for (Resource r : resources) {
			var current = new StringBuilder();
			for (String line : r.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
				String t = line.strip();
				if (t.startsWith("//")) {
					continue;
				}
				if (t.endsWith(";")) {
					current.append(line, 0, line.lastIndexOf(';'));
					statements.add(current.toString());
					current.setLength(0);
				}
				else {
					current.append(line).append('\n');
				}
			}
		}
		assertThat(statements).hasSizeGreaterThan(40);
		return statements;
	}
}
