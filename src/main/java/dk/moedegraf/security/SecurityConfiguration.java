package dk.moedegraf.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Anonymous callers read; writes need a credential. What needs which role is said on the controller methods
 * ({@code @PreAuthorize}), so a new mutation states its own requirement next to its code. Here: how callers are
 * identified (API keys; bearer tokens when an issuer is configured) and the few URL rules for Actuator.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** ADMIN implies EDITOR; method security and the URL rules both use it. Static: method security needs it early. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return Roles.HIERARCHY;
	}

	/**
	 * No observations of the filter chain, authentication or authorization: with an observation registry present,
	 * Spring Security otherwise wraps each filter of the chain in an observing decorator on every request, about
	 * a quarter of a read's CPU in a profile at national scale; http.server.requests already times the request.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Web requests only: the {@code import} command runs without a web server and calls the importer itself. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessProperties properties,
			ObjectProvider<JwtDecoder> jwtDecoder, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath)
			throws Exception {
		var errors = new AccessErrors(graphQlPath);
		http
			// Credentials travel in headers, never cookies: no session, so cross-site request forgery has nothing to ride on.
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.addFilterBefore(new ApiKeyFilter(new ApiKeys(properties.apiKeys()), errors), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(EndpointRequest.to("health")).permitAll();
				if (properties.publicPrometheus()) {
					requests.requestMatchers(EndpointRequest.to("prometheus")).permitAll();
				}
				requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.ADMIN)
					// reads (GraphQL queries, GraphiQL, the explorer's static files); writes are guarded per method
					.anyRequest().permitAll();
			});
		// Only when spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri is set does Boot define a
		// decoder; without one, bearer tokens are not looked at.
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer(o -> o.authenticationEntryPoint(errors).accessDeniedHandler(errors)
				.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(jwtRoles(properties.jwtRolesClaim()))));
		}
		return http.build();
	}

	/** A token's subject is the caller's name; its roles come from the configured claim, {@code ROLE_} prefixed. */
	static JwtAuthenticationConverter jwtRoles(String claimPath) {
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> roles(jwt, claimPath));
		return converter;
	}

	/** The roles at a dotted claim path ({@code roles}, {@code realm_access.roles}): a list, or a space-separated string. */
	static Collection<GrantedAuthority> roles(Jwt jwt, String claimPath) {
		Object value = jwt.getClaims();
		for (String part : claimPath.split("\\.")) {
			value = value instanceof Map<?, ?> map ? map.get(part) : null;
		}
		List<?> roles = value instanceof Collection<?> c ? List.copyOf(c)
				: value instanceof String s ? List.of(s.split("\\s+")) : List.of();
		return roles.stream()
			.map(r -> String.valueOf(r).strip())
			.filter(r -> !r.isEmpty())
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(Locale.ROOT)))
			.toList();
	}
}
