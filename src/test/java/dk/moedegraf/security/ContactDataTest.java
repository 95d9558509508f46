package dk.moedegraf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** One row per written form: what an anonymous reader sees. Invented addresses and numbers only. */
class ContactDataTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# e-mail addresses keep their first letter and domain
			Kontakt: anna.berg@example.dk                | Kontakt: a…@example.dk
			<jens_ole-42@kommune.example.dk>             | <j…@kommune.example.dk>
			Mail søren@eksempel.dk eller ib@eks.dk.      | Mail s…@eksempel.dk eller i…@eks.dk.
			# phone numbers keep their last two digits and their layout
			Tlf. 12 34 56 78                             | Tlf. •• •• •• 78
			tlf. 1234 5678                               | tlf. •••• ••78
			+45 12345678                                 | +45 ••••••78
			+4512345678                                  | +45••••••78
			0045 12 34 56 78                             | 0045 •• •• •• 78
			telefon: 87654321                            | telefon: ••••••21
			mobil +45 20 30 40 50                        | mobil +45 •• •• •• 50
			Ring på 12.34.56.78 i dag                    | Ring på ••.••.••.78 i dag
			Direkte 2345 6789, omstilling 8765 4321      | Direkte •••• ••89, omstilling •••• ••21
			# not contact data: left as written
			Mødedato: 17-08-2021 kl. 11:30               | Mødedato: 17-08-2021 kl. 11:30
			den 12.03.2025 kl. 10.00-12.00               | den 12.03.2025 kl. 10.00-12.00
			Sagsnr.: 17/44812, dokumentnummer 12345678   | Sagsnr.: 17/44812, dokumentnummer 12345678
			Budget 2025 2026 i alt 1.234.567 kr.         | Budget 2025 2026 i alt 1.234.567 kr.
			Ramme 12 34 56 789 (ti cifre)                | Ramme 12 34 56 789 (ti cifre)
			Punkt 4. @alle: husk materialet              | Punkt 4. @alle: husk materialet
			""")
	void contact_data_is_masked_and_nothing_else(String written, String anonymousSees) {
		assertThat(ContactData.mask(written)).isEqualTo(anonymousSees);
	}

	@Test
	void masking_works_line_by_line_and_never_across_lines() {
		assertThat(ContactData.mask("Deltagere:\nAnna (anna@example.dk, 12 34 56 78)\n12\n34 56 78"))
			.isEqualTo("Deltagere:\nAnna (a…@example.dk, •• •• •• 78)\n12\n34 56 78");
		assertThat(ContactData.mask(null)).isNull();
	}

	@Test
	void editors_and_admins_read_contact_data_anonymous_callers_and_keys_without_a_role_do_not() {
		assertThat(ContactData.mayReadContactData(new TestingAuthenticationToken("e", null, "ROLE_EDITOR"))).isTrue();
		assertThat(ContactData.mayReadContactData(new TestingAuthenticationToken("a", null, "ROLE_ADMIN"))).isTrue();
		assertThat(ContactData.mayReadContactData(new TestingAuthenticationToken("r", null, List.of()))).isFalse();
		assertThat(ContactData.mayReadContactData(new AnonymousAuthenticationToken("k", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isFalse();
		assertThat(ContactData.mayReadContactData(null)).isFalse();
	}
}
