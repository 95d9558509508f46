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

/**
 * GraphQL answers leave the server whole: buffered, with a {@code Content-Length}, in one write, on a socket
 * with Nagle's algorithm off. Streamed as chunks, an answer went out as several small TCP segments, and a
 * client that delays its ACKs (Linux: 40 ms) while it waits for the rest of a response held each request up by
 * 40 ms on a keep-alive connection. Tomcat's own response buffer holds the answer ({@link #WHOLE}); a response
 * that closes uncommitted gets its {@code Content-Length} from Tomcat. (Spring's message converters end with a
 * flush, but since Spring Framework 6.1 that flush no longer reaches the servlet response, so nothing commits it
 * early. A copy in a buffer of our own, as before, cost a copy of every answer and ~3 % of the request thread.)
 * The other direction — a request written in two pieces — is {@link QuickAckProtocol}'s.
 */
@Configuration(proxyBeanMethods = false)
class WholeResponses {

	/**
	 * Answers up to this size go in one piece (the query limits keep nearly all far below it); a larger one goes as
	 * chunks of this size. Tomcat keeps a response buffer of up to 16 × its 8 KB default from one request to the
	 * next, so this size costs no allocation per request.
	 */
	static final int WHOLE = 128 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> wholeGraphQlResponses() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				// a subscription's event stream never ends: it goes out as its events come
				String accept = request.getHeader("Accept");
				if ((accept == null || !accept.contains("text/event-stream")) && !response.isCommitted()) {
					response.setBufferSize(Math.max(WHOLE, response.getBufferSize()));
				}
				chain.doFilter(request, response);
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
