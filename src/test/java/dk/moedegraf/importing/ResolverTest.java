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
	void a_name_two_forums_share_without_context_is_taken_with_a_warning() {
		Decision d = resolver.forum("HovedMED", List.of());
		assertThat(d.matched()).isTrue();
		assertThat(resolver.warnings).anySatisfy(w -> assertThat(w).startsWith("uncertain").contains("forum:hovedmed-sof"));
	}
}
