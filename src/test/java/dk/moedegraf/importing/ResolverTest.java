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
