package dk.moedegraf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class ApiKeysTest {

	private record Minted(int status, String key, AccessProperties.ApiKey entry, String out, String err) {
	}

	private static Minted mint(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int status = MintKeyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		var key = Pattern.compile("^  (mg_\\S+)$", Pattern.MULTILINE).matcher(printed);
		var entry = Pattern.compile("- \\{name: (\\S+), sha256: ([0-9a-f]{64}), roles: \\[(.*)]}").matcher(printed);
		if (!key.find() || !entry.find()) {
			return new Minted(status, null, null, printed, err.toString(StandardCharsets.UTF_8));
		}
		return new Minted(status, key.group(1), new AccessProperties.ApiKey(entry.group(1), entry.group(2),
				List.of(entry.group(3).split(", "))), printed, err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void a_minted_key_admits_its_holder_by_name_with_its_roles_once_its_printed_entry_is_configured() {
		Minted anna = mint("--name", "anna", "--roles", "editor,ADMIN");
		assertThat(anna.status()).isZero();
		assertThat(anna.out()).doesNotContain("sha256: " + anna.key());
		assertThat(anna.entry().roles()).containsExactly("EDITOR", "ADMIN");

		var keys = new ApiKeys(List.of(anna.entry(), mint("--name", "bo", "--roles", "EDITOR").entry()));

		assertThat(keys.authenticate(anna.key())).hasValueSatisfying(caller -> {
			assertThat(caller.getName()).isEqualTo("anna");
			assertThat(caller.isAuthenticated()).isTrue();
			assertThat(caller.getAuthorities()).extracting(GrantedAuthority::getAuthority)
				.containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ADMIN");
			assertThat(caller.getCredentials()).isNull();
		});
		assertThat(keys.authenticate(anna.key() + "x")).isEmpty();
		assertThat(keys.authenticate("")).isEmpty();
	}

	@Test
	void two_mints_never_give_the_same_key() {
		assertThat(mint("--name", "a", "--roles", "EDITOR").key()).isNotEqualTo(mint("--name", "a", "--roles", "EDITOR").key());
	}

	@Test
	void mint_key_refuses_a_missing_name_or_an_unknown_role_with_usage() {
		Minted noName = mint("--roles", "EDITOR");
		assertThat(noName.status()).isEqualTo(2);
		assertThat(noName.err()).contains("--name is required").contains("usage:");
		Minted badRole = mint("--name", "anna", "--roles", "SUPERUSER");
		assertThat(badRole.status()).isEqualTo(2);
		assertThat(badRole.err()).contains("--roles must name");
		assertThat(badRole.out()).isEmpty();
	}

	@Test
	void a_configuration_holding_a_key_in_clear_or_an_unknown_role_is_refused_at_start_saying_where() {
		assertThatThrownBy(() -> new ApiKeys(List.of(new AccessProperties.ApiKey("anna", "mg_the-key-itself", List.of("EDITOR")))))
			.hasMessageContaining("moedegraf.security.api-keys[0].sha256").hasMessageContaining("not the key itself");
		String hash = "a".repeat(64);
		assertThatThrownBy(() -> new ApiKeys(List.of(new AccessProperties.ApiKey("anna", hash, List.of("EDITOR")),
				new AccessProperties.ApiKey("bo", hash, List.of("OWNER")))))
			.hasMessageContaining("api-keys[1].roles").hasMessageContaining("OWNER");
		assertThatThrownBy(() -> new ApiKeys(List.of(new AccessProperties.ApiKey("anna", hash, List.of()),
				new AccessProperties.ApiKey("anna", "b".repeat(64), List.of()))))
			.hasMessageContaining("used by two keys");
	}
}
