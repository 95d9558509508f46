package dk.moedegraf.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals at the HTTP level as JSON: 401 without a valid credential, 403 with one that lacks the role. A GraphQL
 * client gets the GraphQL error shape with the same classification the API uses inside a response
 * ({@code UNAUTHORIZED} / {@code FORBIDDEN}); anyone else {@code {"error": …}} like the upload's other errors.
 */
final class AccessErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String graphQlPath;

	AccessErrors(String graphQlPath) {
		this.graphQlPath = graphQlPath;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String message = ex.getMessage() != null && !ex.getMessage().startsWith("Full authentication")
				? ex.getMessage()
				: "This needs a credential: an X-API-Key header (or a bearer token where OIDC is configured).";
		write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", message);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
				"The credential is valid but lacks the role this needs.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String classification,
			String message) throws IOException {
		Object body = request.getRequestURI().equals(request.getContextPath() + graphQlPath)
				? Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", classification))))
				: Map.of("error", message);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(body));
	}
}
