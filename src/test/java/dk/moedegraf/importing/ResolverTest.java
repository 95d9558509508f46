package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.moedegraf.importing.Resolver.Decision;
import dk.moedegraf.importing.Resolver.Known;

/** Matching against what the graph holds: merge on evidence, explain, warn when unsure. */
class ResolverTest {

	private static Known person(String id, String name, String... aliases) {
		return new Known(id, name, List.of(aliases), null);
	}

	private final Resolver resolver = new Resolver(
			new ArrayList<>(List.of(person("person:ida-marie-vang", "Ida Marie Vang", "Ida Marie Vang", "IMV"),
					person("person:poul-vang", "Poul Vang"), person("person:soeren-kjaergaard", "Søren Kjærgaard"),
					person("person:lars-petersen", "Lars Petersen"), person("person:tine-kock-nielsen", "Tine Kock Nielsen"),
					person("person:helle-nielsen-a", "Helle Bach Nielsen"), person("person:helle-nielsen-b", "Helle Dam Nielsen"))),
			new ArrayList<>(List.of(new Known("org:via-uc", "VIA UC", List.of("VIA UC"), null))),
			new ArrayList<>(List.of(new Known("forum:hovedmed-sof", "HovedMED (SOF)", List.of("HovedMED"), null),
					new Known("forum:hovedmed-buf", "HovedMED (BUF)", List.of("HovedMED"), null))),
			new ArrayList<>(List.of(new Known("initiative:loft", "Nyt intensivt døgnstøttetilbud", List.of("LOFT"), "UD/SI01"))));

	@Test
	void the_same_name_folded_or_ocr_damaged_is_the_same_person() {
		assertThat(resolver.person("POUL VANG", List.of()).id()).isEqualTo("person:poul-vang");
		Decision ocr = resolver.person("Sgren Kjeergaard", List.of());
		assertThat(ocr.matched()).isTrue();
		assertThat(ocr.id()).isEqualTo("person:soeren-kjaergaard");
		assertThat(ocr.reason()).contains("OCR");
	}

	@Test
	void a_name_without_its_middle_name_matches_and_one_without_its_surname_is_matched_with_a_warning() {
		Decision ida = resolver.person("Ida Vang", List.of());
		assertThat(ida.id()).isEqualTo("person:ida-marie-vang");
		assertThat(resolver.warnings).isEmpty();

		Decision tine = resolver.person("Tine Kock", List.of());
		assertThat(tine.id()).isEqualTo("person:tine-kock-nielsen");
		assertThat(resolver.warnings).singleElement().asString().startsWith("uncertain");
	}

	@Test
	void a_shared_surname_is_no_evidence_and_a_near_miss_is_created_with_a_warning() {
		Decision anna = resolver.person("Anna Vang", List.of());
		assertThat(anna.matched()).isFalse();
		assertThat(anna.id()).isEqualTo("person:anna-vang");

		Decision pedersen = resolver.person("Lars Pedersen", List.of());
		assertThat(pedersen.matched()).isFalse();
		assertThat(resolver.warnings).anySatisfy(w -> assertThat(w).contains("Lars Petersen"));
	}

	@Test
	void a_short_name_that_fits_two_people_is_not_merged() {
		Decision helle = resolver.person("Helle Nielsen", List.of());
		assertThat(helle.matched()).isFalse();
		assertThat(resolver.warnings).anySatisfy(w -> assertThat(w).contains("person:helle-nielsen-a").contains("person:helle-nielsen-b"));
	}

	@Test
	void a_new_person_whose_slug_is_taken_gets_a_fresh_id() {
		Resolver r = new Resolver(new ArrayList<>(List.of(person("person:anna-holm", "Anna Holm-Sørensen"))), List.of(),
				List.of(), List.of());
		// "Anna Holm" is a short form of nobody (the surname differs), but its slug is in use
		assertThat(r.person("Anna Holm", List.of()).id()).isEqualTo("person:anna-holm-2");
	}

	@Test
	void budget_codes_words_in_another_order_and_context_settle_other_entities() {
		assertThat(resolver.initiative("Døgnstøttetilbud", List.of(), "UD/S101").id()).isEqualTo("initiative:loft");
		assertThat(resolver.organisation("UC VIA", List.of()).id()).isEqualTo("org:via-uc");

		Resolver withContext = resolver.withContext((kind, id) -> id.endsWith("buf") ? 3 : 0);
		assertThat(withContext.forum("HovedMED", List.of()).id()).isEqualTo("forum:hovedmed-buf");
	}

	@Test
	void a_generic_name_two_forums_share_without_context_or_host_makes_a_new_forum_with_a_warning() {
		Decision d = resolver.forum("HovedMED", List.of());
		assertThat(d.matched()).isFalse();
		assertThat(d.id()).isEqualTo("forum:hovedmed");
		assertThat(resolver.warnings).anySatisfy(w -> assertThat(w).contains("many bodies").contains("forum:hovedmed-sof"));
	}

	private static Resolver.PersonTies ties(String forumId, String forumName, String orgName) {
		return new Resolver.PersonTies(false, java.util.Set.of(forumId), java.util.Set.of(forumName),
				orgName == null ? java.util.Set.of() : java.util.Set.of("org:" + orgName), orgName == null ? java.util.Set.of() : java.util.Set.of(orgName));
	}

	/** Jens Jensen of Vestby's Ældreråd, Eva Holm beside him; Anne Marie Holm of a school board. */
	private static Resolver namesakes() {
		return new Resolver(new ArrayList<>(List.of(person("person:jens-jensen", "Jens Jensen"), person("person:eva-holm", "Eva Holm"),
				person("person:anne-marie-holm", "Anne Marie Holm"))), List.of(), List.of(), List.of());
	}

	private static final java.util.Map<String, Resolver.PersonTies> TIES = java.util.Map.of(
			"person:jens-jensen", ties("forum:aeldreraad-vestby", "Ældrerådet", "Vestby Kommune"),
			"person:eva-holm", ties("forum:aeldreraad-vestby", "Ældrerådet", null),
			"person:anne-marie-holm", ties("forum:bestyrelse-vestby-skole", "Skolebestyrelsen ved Vestby Skole", null));

	@Test
	void a_name_alone_is_the_existing_person_only_with_something_the_document_shares_with_them() {
		// another body's minutes, nobody else in common: a namesake, with a warning
		Resolver alone = namesakes().withDocument(TIES, List.of("Jens Jensen", "Ulla Berg"), List.of("Handicaprådet"), List.of());
		Decision d = alone.person("Jens Jensen", List.of());
		assertThat(d.matched()).isFalse();
		assertThat(alone.warnings).anySatisfy(w -> assertThat(w).contains("person:jens-jensen").contains("mergeEntities"));
		// a fellow member of a forum he sits in
		assertThat(namesakes().withDocument(TIES, List.of("Jens Jensen", "Eva Holm"), List.of("Handicaprådet"), List.of())
			.person("Jens Jensen", List.of()).id()).isEqualTo("person:jens-jensen");
		// an organisation he sits for, named by the document
		assertThat(namesakes().withDocument(TIES, List.of("Jens Jensen"), List.of(), List.of("Vestby Kommune"))
			.person("Jens Jensen", List.of()).id()).isEqualTo("person:jens-jensen");
		// a forum of his, named by the document: a name of its own counts, a name every kommune has does not
		assertThat(namesakes().withDocument(TIES, List.of("Anne Holm"), List.of("Skolebestyrelsen ved Vestby Skole"), List.of())
			.person("Anne Holm", List.of()).id()).isEqualTo("person:anne-marie-holm");
		assertThat(namesakes().withDocument(TIES, List.of("Jens Jensen"), List.of("Ældrerådet"), List.of())
			.person("Jens Jensen", List.of()).matched()).isFalse();
		// a name of three words, written alike, is taken on its own
		assertThat(namesakes().withDocument(TIES, List.of("Anne Marie Holm"), List.of(), List.of())
			.person("Anne Marie Holm", List.of()).id()).isEqualTo("person:anne-marie-holm");
	}

	@Test
	void of_two_namesakes_the_one_the_document_shares_a_forum_with_is_taken() {
		Resolver r = new Resolver(new ArrayList<>(List.of(person("person:jens-jensen", "Jens Jensen"), person("person:jens-jensen-2", "Jens Jensen"),
				person("person:eva-holm", "Eva Holm"))), List.of(), List.of(), List.of());
		java.util.Map<String, Resolver.PersonTies> ties = java.util.Map.of("person:jens-jensen", ties("forum:a", "Ældrerådet", null),
				"person:jens-jensen-2", ties("forum:b", "Ældrerådet", null), "person:eva-holm", ties("forum:b", "Ældrerådet", null));
		assertThat(r.withDocument(ties, List.of("Jens Jensen", "Eva Holm"), List.of(), List.of()).person("Jens Jensen", List.of()).id())
			.isEqualTo("person:jens-jensen-2");
	}

	private static Known forum(String id, String name, String... hosts) {
		return new Known(id, name, List.of(name), null, List.of(hosts));
	}

	private static Resolver forums(Known... forums) {
		return new Resolver(List.of(), List.of(), new ArrayList<>(List.of(forums)), List.of());
	}

	@Test
	void a_generic_name_is_the_existing_forum_only_with_its_host_or_its_people() {
		Known aarhus = forum("forum:byraadet", "Byrådet", "org:aarhus-kommune");
		assertThat(forums(aarhus).forum("Byrådet", List.of(), java.util.Set.of("org:aarhus-kommune")).id())
			.isEqualTo("forum:byraadet");
		assertThat(forums(aarhus).withContext((kind, id) -> 2).forum("Byrådet", List.of()).id()).isEqualTo("forum:byraadet");
		Decision odense = forums(aarhus).forum("Byrådet", List.of());
		assertThat(odense.matched()).isFalse();
		assertThat(odense.id()).isEqualTo("forum:byraadet-2");
	}

	@Test
	void a_forum_another_host_owns_is_never_taken_even_with_a_name_of_its_own() {
		Resolver r = forums(forum("forum:bar-jord-til-bord", "BAR Jord til Bord", "org:bar"));
		Decision d = r.withContext((kind, id) -> 5).forum("BAR Jord til Bord", List.of(), java.util.Set.of("org:other"));
		assertThat(d.matched()).isFalse();
		assertThat(d.reason()).contains("other hosts");
		// a name of its own needs no host or people to be the same forum
		assertThat(forums(forum("forum:bar-jord-til-bord", "BAR Jord til Bord")).forum("BAR Jord til Bord", List.of()).matched())
			.isTrue();
	}

	@Test
	void names_any_body_could_have_are_told_from_names_that_say_whose_body_it_is() {
		for (String generic : List.of("Kommunalbestyrelsen", "KOMMUNALBESTYRELSEN", "Børne- og Skoleudvalget", "Akademisk Råd",
				"LAMU", "HovedMED", "MED-udvalget", "bestyrelsen", "Partnermøde", "Repræsentantskab", "Integrationsrådet -",
				"Regionskontaktudvalget (REKU)")) {
			assertThat(Vocabulary.isGenericForumName(generic)).as(generic).isTrue();
		}
		for (String own : List.of("Nørrebro Lokaludvalg", "Amager Øst Lokaludvalg", "KL's bestyrelse", "Gefion Gymnasiums bestyrelse",
				"BAR Jord til Bord", "skolebestyrelsen på Fjerritslev Gymnasium", "Strategisk Partnerskab om Uddannelse",
				"Byrådet 2022-2025", "KKR Hovedstaden")) {
			assertThat(Vocabulary.isGenericForumName(own)).as(own).isFalse();
		}
	}
}
