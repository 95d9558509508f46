package dk.moedegraf.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * GraphQL answers leave the server whole: buffered, with a {@code Content-Length}, in one write, on a socket
 * with Nagle's algorithm off. Streamed as chunks, an answer went out as several small TCP segments, and a
 * client that delays its ACKs (Linux: 40 ms) while it waits for the rest of a response held each request up by
 * 40 ms on a keep-alive connection. Answers are small (the limits bound them), so buffering costs nothing.
 * The other direction — a request written in two pieces — is {@link QuickAckProtocol}'s.
 */
@Configuration(proxyBeanMethods = false)
class WholeResponses {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> wholeGraphQlResponses() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				// a subscription's event stream never ends: it goes out as its events come
				String accept = request.getHeader("Accept");
				if (accept != null && accept.contains("text/event-stream")) {
					chain.doFilter(request, response);
					return;
				}
				HttpServletResponse buffered = isAsyncDispatch(request) || response instanceof ContentCachingResponseWrapper
						? response : new ContentCachingResponseWrapper(response);
				chain.doFilter(request, buffered);
				// Spring for GraphQL answers asynchronously: write on the dispatch that completes the response.
				if (!isAsyncStarted(request)) {
					var wrapper = WebUtils.getNativeResponse(buffered, ContentCachingResponseWrapper.class);
					if (wrapper != null) {
						wrapper.copyBodyToResponse();
					}
				}
			}

			@Override
			protected boolean shouldNotFilterAsyncDispatch() {
				return false;
			}
		});
		registration.addUrlPatterns("/graphql");
		return registration;
	}

	/** Requests written in two pieces are acknowledged at once (see {@link QuickAckProtocol}). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> quickAcknowledgements() {
		return factory -> factory.setProtocol(QuickAckProtocol.class.getName());
	}

	/** Tomcat's default, stated here because the framing above relies on it. */
	@Bean
	TomcatConnectorCustomizer noDelay() {
		return connector -> connector.setProperty("tcpNoDelay", "true");
	}
}
