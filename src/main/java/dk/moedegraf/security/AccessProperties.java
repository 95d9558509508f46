package dk.moedegraf.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write ({@code moedegraf.security.*}).
 *
 * @param apiKeys          the API keys: a name, the SHA-256 of the key (never the key itself) and roles
 * @param jwtRolesClaim    where a bearer token carries its roles: a claim name, or a dotted path into nested
 *                         claims such as {@code realm_access.roles} (Keycloak)
 * @param publicPrometheus whether {@code /actuator/prometheus} is open to anyone (for a scraper that sends no key)
 */
@ConfigurationProperties("moedegraf.security")
record AccessProperties(@DefaultValue List<ApiKey> apiKeys, @DefaultValue("roles") String jwtRolesClaim,
		@DefaultValue("false") boolean publicPrometheus) {

	/** One configured key, as {@code mint-key} prints it. */
	record ApiKey(String name, String sha256, @DefaultValue List<String> roles) {
	}
}
