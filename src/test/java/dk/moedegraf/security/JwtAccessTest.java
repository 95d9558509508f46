package dk.moedegraf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens, as when an OIDC issuer is configured: here a local decoder for a key pair made by the test,
 * so no network is needed. Roles are read from Keycloak's {@code realm_access.roles}, as configured below.
 * This context also opens Prometheus to anyone, as {@code moedegraf.security.public-prometheus} promises.
 */
@Import(JwtAccessTest.LocalIssuer.class)
@TestPropertySource(properties = { "moedegraf.security.jwt-roles-claim=realm_access.roles",
		"moedegraf.security.public-prometheus=true" })
class JwtAccessTest extends GraphTest {

	private static final KeyPair ISSUER = rsa();
	private static final KeyPair STRANGER = rsa();
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String IMPORT = "mutation { importDocument(input: {title: \"Jwt\", source: \"test-jwt\", dryRun: true, "
			+ "text: \"Referat\\nUdvalget for Tokenprøver\\nMødedato: den 6. november 2017\\nTil stede:\\nTove Token\\n\"}) { created } }";

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalIssuer {

		@Bean
		JwtDecoder jwtDecoder() {
			return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
		}
	}

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void a_token_with_the_editor_role_may_import_one_without_it_is_forbidden_and_a_forged_or_expired_one_is_refused()
			throws Exception {
		Map<String, Object> editor = Map.of("realm_access", Map.of("roles", List.of("editor", "offline_access")));
		Map<?, ?> allowed = call(token(ISSUER, "kc-user-1", editor, 300), IMPORT, 200);
		assertThat(allowed.get("errors")).isNull();
		assertThat(((Number) ((Map<?, ?>) ((Map<?, ?>) allowed.get("data")).get("importDocument")).get("created")).intValue())
			.isPositive();

		Map<?, ?> admin = call(token(ISSUER, "kc-admin", Map.of("realm_access", Map.of("roles", List.of("ADMIN"))), 300),
				IMPORT, 200);
		assertThat(admin.get("errors")).isNull();

		assertThat(classification(call(token(ISSUER, "kc-user-2", Map.of(), 300), IMPORT, 200))).isEqualTo("FORBIDDEN");
		assertThat(classification(call(token(STRANGER, "kc-user-1", editor, 300), IMPORT, 401))).isEqualTo("UNAUTHORIZED");
		assertThat(classification(call(token(ISSUER, "kc-user-1", editor, -300), IMPORT, 401))).isEqualTo("UNAUTHORIZED");
		assertThat(classification(call(null, IMPORT, 200))).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void the_subject_names_the_caller_and_roles_come_from_the_configured_claim_path() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("kc-user-1")
			.claim("realm_access", Map.of("roles", List.of("editor"))).claim("roles", List.of("ADMIN")).build();

		var nested = SecurityConfiguration.jwtRoles("realm_access.roles").convert(jwt);
		assertThat(nested.getName()).isEqualTo("kc-user-1");
		assertThat(roles(nested)).containsExactly("ROLE_EDITOR");
		assertThat(roles(SecurityConfiguration.jwtRoles("roles").convert(jwt))).containsExactly("ROLE_ADMIN");
		assertThat(roles(SecurityConfiguration.jwtRoles("groups").convert(jwt))).isEmpty();
	}

	/** The role authorities only; Spring Security 7 adds a FACTOR_BEARER authority of its own. */
	private static List<String> roles(Authentication caller) {
		return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).toList();
	}

	@Test
	void prometheus_is_open_to_anyone_when_configured_so() throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_");
	}

	private Map<?, ?> call(String token, String document, int status) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readValue(response.body(), Map.class);
	}

	private static String classification(Map<?, ?> answer) {
		var errors = (List<?>) answer.get("errors");
		assertThat(errors).hasSize(1);
		return String.valueOf(((Map<?, ?>) ((Map<?, ?>) errors.get(0)).get("extensions")).get("classification"));
	}

	private static String token(KeyPair keys, String subject, Map<String, Object> claims, long secondsValid) {
		var jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).build();
		var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
		Instant now = Instant.now();
		var claimSet = JwtClaimsSet.builder().subject(subject).issuedAt(now.minusSeconds(600))
			.expiresAt(now.plusSeconds(secondsValid)).claims(c -> c.putAll(claims)).build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claimSet))
			.getTokenValue();
	}

	private static KeyPair rsa() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
