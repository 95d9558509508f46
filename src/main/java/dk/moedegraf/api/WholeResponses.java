package dk.moedegraf.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.OutputBuffer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GraphQL answers leave the server whole: buffered, with a {@code Content-Length}, on a socket with Nagle's
 * algorithm off. Streamed as chunks, an answer went out as several small TCP segments, and a client that delays
 * its ACKs (Linux: 40 ms) while it waits for the rest of a response held each request up by 40 ms on a keep-alive
 * connection. Tomcat's own response buffer holds the answer ({@link #WHOLE}); a response that closes uncommitted
 * gets its {@code Content-Length} from Tomcat. Spring's message converters end with a flush, but since Spring
 * Framework 7.0.6 that flush does not reach the servlet response (unless {@code spring.http.response.flush.enabled}
 * is set, which {@code ResponseFramingTest} would catch), so nothing commits the answer early. (A copy in a buffer
 * of our own, as before, cost a copy of every answer and ~3 % of the request thread.) A subscription's event
 * stream flushes each event itself. Errors rendered by Spring MVC before GraphQL runs (malformed JSON, an
 * unsupported media type) are flushed by their own handler and may still go as chunks.
 * The other direction — a request written in two pieces — is {@link QuickAckProtocol}'s.
 */
@Configuration(proxyBeanMethods = false)
class WholeResponses {

	/**
	 * Answers up to this size go whole; a larger one goes as chunks of this size. 16 × Tomcat's 8 KB default is the
	 * largest response buffer Tomcat keeps from one request to the next ({@code OutputBuffer.recycle}), so it costs
	 * no allocation per request: at most this much per cached connection processor.
	 */
	static final int WHOLE = 16 * OutputBuffer.DEFAULT_BUFFER_SIZE;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> wholeGraphQlResponses() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!response.isCommitted()) {
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
