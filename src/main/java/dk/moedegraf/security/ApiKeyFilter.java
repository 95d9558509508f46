package dk.moedegraf.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that sends {@code X-API-Key}. A key that matches no configured key is refused at once
 * (401), also for reads: a mistyped key must not quietly become anonymous access.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	private final ApiKeys keys;
	private final AuthenticationEntryPoint refuse;
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
	// kept per request, so the async dispatch that writes a GraphQL answer still knows the caller
	private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

	ApiKeyFilter(ApiKeys keys, AuthenticationEntryPoint refuse) {
		this.keys = keys;
		this.refuse = refuse;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(ApiKeys.HEADER);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		Authentication caller = keys.authenticate(presented.strip()).orElse(null);
		if (caller == null) {
			holder.clearContext();
			refuse.commence(request, response, new BadCredentialsException("The " + ApiKeys.HEADER + " is not a valid key."));
			return;
		}
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(caller);
		holder.setContext(context);
		repository.saveContext(context, request, response);
		chain.doFilter(request, response);
	}
}
